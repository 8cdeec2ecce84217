// Every piece of code the guides print, with where it sits: the fixes' samples, the messages, and
// the code fences in the prose and the body. The sample tests of this folder read it from here.
import { validateContent } from '../../src/content-checks/validate.ts';
import type { CodeSample } from '../../src/schemas/code-sample.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { textFields } from '../../src/schemas/schema-walk.ts';
import { resolveLanguage } from '../../src/utils/code-languages.ts';
import { scanMarkdown } from '../../src/utils/markdown.ts';

export interface CodeUnit {
	/** `content/errors/aws/foo.mdx: fixes[1].samples[0]`, or `...: body:41` for a fence. */
	where: string;
	/** The guide's id, `aws/foo`. */
	guide: string;
	/** Shiki's id for the language (`bash`, `json`, `yaml`, `hcl`, ...). */
	lang: string;
	code: string;
	/** The sample itself, for the fields only samples have (`filename`, `awsCliV2Only`). */
	sample?: CodeSample;
}

const { guides } = await validateContent(new URL('../../', import.meta.url));

/** The valid guides of the corpus. */
export const corpus = guides;

/** Every code unit of every guide. */
export const codeUnits: CodeUnit[] = guides.flatMap((guide) => {
	const units: CodeUnit[] = [];
	const add = (where: string, lang: string, code: string, sample?: CodeSample) =>
		units.push({
			where: `${guide.path}: ${where}`,
			guide: guide.id,
			lang: resolveLanguage(lang)?.id ?? lang,
			code,
			sample,
		});
	guide.data.fixes.forEach((fix, i) =>
		fix.samples.forEach((sample, j) =>
			add(`fixes[${i}].samples[${j}]`, sample.lang, sample.code, sample)
		)
	);
	const texts = [
		...textFields(guideSchema, guide.data, new Set(['block-markdown'])),
		{ field: 'body', text: guide.body },
	];
	for (const { field, text } of texts)
		for (const fence of scanMarkdown(text).fences)
			add(field === 'body' ? `body:${fence.line}` : field, fence.lang, fence.code);
	return units;
});

/** Shell languages: their code is commands. */
export const SHELLS = new Set(['bash', 'sh', 'shell', 'zsh', 'console', 'shellsession']);
