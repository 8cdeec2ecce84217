import { resolveLanguage } from '../utils/code-languages.ts';
import { fenceLanguages } from '../utils/fences.ts';
import type { Problem } from './problem.ts';

/**
 * Checks the language of every fenced code block in a Markdown text, nested ones included:
 * Shiki must know it, or the block would silently lose its highlighting. For the MDX body
 * (`field` "body"), whose lines are the file's lines, the field is reported as `body:<line>`.
 */
export function checkFenceLanguages(file: string, field: string, text: string): Problem[] {
	return fenceLanguages(text)
		.filter(({ lang }) => resolveLanguage(lang) === undefined)
		.map(({ lang, line }) => ({
			file,
			field: field === 'body' ? `body:${line}` : field,
			message: `unknown code language "${lang}" on a code fence: use a language Shiki knows (json, bash, sh, yaml, hcl, python, text, ...)`,
		}));
}
