import fc from 'fast-check';
import { expect, test } from 'vitest';
import { formatPath } from '../../src/content-checks/problem.ts';
import { SLOT_NAMES } from '../../src/fill/values.ts';
import { TAGS } from '../../src/schemas/tags.ts';
import { DESCRIPTION_MAX, TITLE_MAX, guideSchema } from '../../src/schemas/guide.ts';
import { GUIDE_BAR } from '../../src/schemas/guide-sections.ts';
import { requiredFields } from '../../src/schemas/schema-walk.ts';

// A one-line text field: not blank, no line break, and not starting like a Markdown list,
// heading or quote (the schema keeps those out of headings and summaries).
const line = (max: number) =>
	fc
		.string({ minLength: 1, maxLength: max })
		.filter(
			(s) =>
				s.trim().length > 0 && !/[\n\r]/.test(s) && !/^\s*([-*+]|\d+[.)]|#{1,6}|>)(\s|$)/.test(s)
		);
const text = fc.string({ minLength: 1, maxLength: 200 }).filter((s) => s.trim().length > 0);
const slug = fc.stringMatching(/^[a-z][a-z0-9]{0,7}(-[a-z0-9]{1,8}){0,2}$/);
const lang = fc.constantFrom('json', 'bash', 'sh', 'yaml', 'text', 'stderr', 'python', 'hcl');
const code = fc.string({ minLength: 1, maxLength: 120 }).filter((s) => s.trim().length > 0);
const pastDate = fc
	.date({ min: new Date('2000-01-01'), max: new Date(), noInvalidDate: true })
	.map((d) => d.toISOString().slice(0, 10));

const REQUIRED = requiredFields(guideSchema);

/** Any guide an author could write that follows every rule of the schema. */
const validGuide = fc.record(
	{
		title: line(TITLE_MAX),
		description: line(DESCRIPTION_MAX),
		code: line(40),
		aliases: fc.uniqueArray(line(30), { maxLength: 3, selector: (a) => a.trim().toLowerCase() }),
		services: fc.uniqueArray(slug, { minLength: 1, maxLength: 3 }),
		httpStatus: fc.integer({ min: 100, max: 599 }),
		tags: fc.uniqueArray(fc.constantFrom(...Object.keys(TAGS)), { maxLength: 3 }),
		messages: fc.array(fc.record({ label: line(20), lang, text: code }), {
			minLength: 1,
			maxLength: 2,
		}),
		lead: line(120),
		redirectFrom: fc.uniqueArray(fc.constantFrom('/aws/old-name/', '/old/guide/'), {
			maxLength: 2,
		}),
		fill: fc.record({ exclude: fc.uniqueArray(fc.constantFrom(...SLOT_NAMES), { maxLength: 3 }) }),
		causes: fc.array(fc.record({ title: line(60), body: text }), {
			minLength: GUIDE_BAR.causes,
			maxLength: 5,
		}),
		fixes: fc.array(
			fc.record({
				title: line(60),
				body: text,
				samples: fc.array(
					fc.oneof(
						fc.record({ lang, filename: fc.stringMatching(/^[\w.-]{1,20}$/), code }),
						// A terminal session: at least one `$ ` command, so there is something to copy.
						fc.record({ lang: fc.constant('console'), code: code.map((c) => `$ ${c}`) })
					),
					// One or two per fix: with three fixes or more, never fewer than the bar's two.
					{ minLength: 1, maxLength: 2 }
				),
			}),
			{ minLength: GUIDE_BAR.fixes, maxLength: 4 }
		),
		detection: text,
		faqs: fc.array(fc.record({ question: line(80), answer: text }), {
			minLength: GUIDE_BAR.faqs,
			maxLength: 5,
		}),
		escalation: text,
		related: fc.uniqueArray(
			fc.tuple(slug, slug).map(([p, s]) => `${p}/${s}`),
			{ minLength: GUIDE_BAR.related, maxLength: 4 }
		),
		sources: fc.array(fc.record({ title: line(60), url: fc.webUrl({ validSchemes: ['https'] }) }), {
			minLength: GUIDE_BAR.sources,
			maxLength: 3,
		}),
		updated: pastDate,
	},
	// Detection is one of the two a guide needs (detection or escalation).
	{ requiredKeys: [...REQUIRED, 'detection'] }
);

test('a valid guide never fails', () => {
	fc.assert(
		fc.property(validGuide, (guide) => {
			const result = guideSchema.safeParse(guide);
			if (!result.success)
				throw new Error(
					result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('\n')
				);
		}),
		{ numRuns: 300 }
	);
});

test('a guide missing any required field always fails, and the problem names that field', () => {
	fc.assert(
		fc.property(validGuide, fc.constantFrom(...REQUIRED), (guide, field) => {
			const broken: Record<string, unknown> = { ...guide };
			delete broken[field];
			const result = guideSchema.safeParse(broken);
			expect(result.success).toBe(false);
			expect(result.error!.issues.map((i) => formatPath(i.path))).toContain(field);
		}),
		{ numRuns: 300 }
	);
});
