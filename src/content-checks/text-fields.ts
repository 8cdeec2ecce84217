import type { GuideData } from '../schemas/guide.ts';

export interface TextField {
	/** Path in the frontmatter, e.g. `fixes[2].body`. */
	field: string;
	text: string;
}

type TextFieldsOf = Partial<Pick<GuideData, 'lead' | 'causes' | 'fixes' | 'detection' | 'faqs' | 'escalation'>>;

/**
 * Every Markdown text field of a guide, with its path, for checks that read prose. Takes the
 * fields that passed the schema, so prose is checked even when another field is wrong.
 */
export function guideTextFields(data: TextFieldsOf): TextField[] {
	const fields: Array<TextField | undefined> = [
		data.lead === undefined ? undefined : { field: 'lead', text: data.lead },
		...(data.causes ?? []).flatMap((cause, i) => [
			{ field: `causes[${i}].title`, text: cause.title },
			{ field: `causes[${i}].body`, text: cause.body },
		]),
		...(data.fixes ?? []).flatMap((fix, i) => [
			{ field: `fixes[${i}].title`, text: fix.title },
			{ field: `fixes[${i}].body`, text: fix.body },
			...fix.samples.map((sample, j) =>
				sample.caption === undefined ? undefined : { field: `fixes[${i}].samples[${j}].caption`, text: sample.caption }
			),
		]),
		data.detection === undefined ? undefined : { field: 'detection', text: data.detection },
		...(data.faqs ?? []).flatMap((faq, i) => [
			{ field: `faqs[${i}].question`, text: faq.question },
			{ field: `faqs[${i}].answer`, text: faq.answer },
		]),
		data.escalation === undefined ? undefined : { field: 'escalation', text: data.escalation },
	];
	return fields.filter((field): field is TextField => field !== undefined);
}
