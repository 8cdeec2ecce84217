import { expect, test } from 'vitest';
import { formatProblem } from '../../src/content-checks/problem.ts';
import { validateFiles } from '../../src/content-checks/validate.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { providerSchema } from '../../src/schemas/provider.ts';
import { textFields, textLeaves } from '../../src/schemas/schema-walk.ts';
import { EXAMPLE, baseContent } from '../fixtures/content.ts';
import { validGuide } from './valid-guide.ts';

test('every text field of a guide and a provider declares its kind of text', () => {
	for (const schema of [guideSchema, providerSchema]) {
		const leaves = textLeaves(schema);
		expect(leaves.length).toBeGreaterThan(0);
		expect(leaves.filter((leaf) => leaf.kind === undefined).map((leaf) => leaf.path)).toEqual([]);
	}
});

const markdownPaths = textLeaves(guideSchema)
	.filter((leaf) => leaf.kind === 'inline-markdown' || leaf.kind === 'block-markdown')
	.map((leaf) => leaf.path);

test('the Markdown fields are the ones the page renders as Markdown', () => {
	expect(markdownPaths.sort()).toEqual(
		[
			'lead',
			'causes[].title',
			'causes[].body',
			'fixes[].title',
			'fixes[].body',
			'fixes[].samples[].caption',
			'fixes[].samples[].awsCliV2Only',
			'detection',
			'faqs[].question',
			'faqs[].answer',
			'escalation',
		].sort()
	);
});

test('textFields finds each value with its path, and only the kinds asked for', () => {
	const guide = guideSchema.parse(validGuide());
	const fields = textFields(guideSchema, guide, new Set(['inline-markdown', 'block-markdown']));
	expect(fields.map((f) => f.field)).toContain('fixes[0].body');
	expect(fields.find((f) => f.field === 'causes[0].title')?.text).toBe(guide.causes[0]!.title);
	expect(fields.every((f) => f.kind.endsWith('markdown'))).toBe(true);
	expect(textFields(guideSchema, guide, new Set(['code'])).map((f) => f.field)).toEqual([
		'messages[0].text',
		'fixes[0].samples[0].code',
		'fixes[2].samples[0].code',
	]);
});

test('every Markdown field is checked: a broken link in each one is reported at its path', () => {
	// Fill every Markdown field the schema declares with a link to a page that does not exist,
	// by walking the guide's own data, so a field added to the schema is covered here unchanged.
	const { data } = validateFiles(baseContent()).guides.find((g) => g.path === EXAMPLE)!;
	const fields = textFields(guideSchema, data, new Set(['inline-markdown', 'block-markdown']));
	const broken = structuredClone(data) as unknown as Record<string, unknown>;
	for (const { field } of fields) setAt(broken, field, 'See [this](/no/such-page/).');
	// Optional Markdown fields the fixture leaves out get one too.
	broken.escalation = 'See [this](/no/such-page/).';
	const sample = (broken.fixes as Array<{ samples: Array<Record<string, unknown>> }>)[0]!
		.samples[0]!;
	sample.caption = 'See [this](/no/such-page/).';
	sample.awsCliV2Only = 'See [this](/no/such-page/).';
	broken.updated = '2026-01-15';

	const files = baseContent().map((file) =>
		file.path === EXAMPLE
			? { ...file, source: `---\n${JSON.stringify(broken)}\n---\n\nBody.\n` }
			: file
	);
	const reported = validateFiles(files)
		.problems.filter((p) => p.message.includes('/no/such-page/'))
		.map((p) => p.field.replace(/\[\d+\]/g, '[]'));
	expect([...new Set(reported)].sort()).toEqual(markdownPaths.sort());
	// And nothing else is wrong with the guide: the links are the only problems.
	expect(
		validateFiles(files)
			.problems.filter((p) => !p.message.includes('/no/such-page/'))
			.map(formatProblem)
	).toEqual([]);
});

/** Sets `value` at a path such as `fixes[0].body`. */
function setAt(target: Record<string, unknown>, path: string, value: string): void {
	const keys = path.split(/\.|\[(\d+)\]/).filter((key) => key !== undefined && key !== '');
	let node: Record<string, unknown> = target;
	for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
	node[keys.at(-1)!] = value;
}
