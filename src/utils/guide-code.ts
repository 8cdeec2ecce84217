import type { CodeSample } from '../schemas/code-sample.ts';
import { guideSchema, type GuideData } from '../schemas/guide.ts';
import { textFields } from '../schemas/schema-walk.ts';
import { resolveLanguage } from './code-languages.ts';
import { scanMarkdown } from './markdown.ts';

/** One piece of code a guide prints for the reader to use (not its error messages). */
export interface GuideCode {
	/** Where it sits: `fixes[1].samples[0]`, a text field's path, or `body:41` for a fence. */
	where: string;
	/** Shiki's id for the language (`bash`, `json`, `yaml`, `hcl`, ...). */
	lang: string;
	code: string;
	/** The sample itself, for the fields only samples have (`filename`, `awsCliV2Only`). */
	sample?: CodeSample;
}

/** Every code sample of a guide: the fixes' samples and the code fences in its prose and body. */
export function guideCode(data: GuideData, body: string): GuideCode[] {
	const units: GuideCode[] = [];
	const add = (where: string, lang: string, code: string, sample?: CodeSample) =>
		units.push({ where, lang: resolveLanguage(lang)?.id ?? lang, code, sample });
	data.fixes.forEach((fix, i) =>
		fix.samples.forEach((sample, j) =>
			add(`fixes[${i}].samples[${j}]`, sample.lang, sample.code, sample)
		)
	);
	const texts = [
		...textFields(guideSchema, data, new Set(['block-markdown'])),
		{ field: 'body', text: body },
	];
	for (const { field, text } of texts)
		for (const fence of scanMarkdown(text).fences)
			add(field === 'body' ? `body:${fence.line}` : field, fence.lang, fence.code);
	return units;
}
