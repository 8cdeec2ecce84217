import { resolveLanguage } from '../utils/code-languages.ts';
import { splitFences } from '../utils/fences.ts';
import type { Problem } from './problem.ts';

/**
 * Checks the language of every fenced code block in a Markdown text: Shiki must know it, or the
 * block would silently lose its highlighting. `bodyLine` turns a fence's line into a file line
 * for the MDX body, whose field is then reported as `body:<line>`.
 */
export function checkFenceLanguages(file: string, field: string, text: string, bodyLine?: number): Problem[] {
	return splitFences(text)
		.filter((part) => part.kind === 'code' && resolveLanguage(part.lang) === undefined)
		.map((part) => {
			const line = part.kind === 'code' ? part.line : 0;
			const lang = part.kind === 'code' ? part.lang : '';
			return {
				file,
				field: bodyLine === undefined ? field : `body:${bodyLine + line - 1}`,
				message: `unknown code language "${lang}" on a code fence: use a language Shiki knows (json, bash, sh, yaml, hcl, python, text, ...)`,
			};
		});
}
