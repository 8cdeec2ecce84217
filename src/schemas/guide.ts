import { z } from 'astro/zod';
import { errorMessageSchema } from './error-message.ts';
import { fillSchema } from './fill.ts';
import { redirectFromSchema } from './redirect-from.ts';
import { GUIDE_BAR, sectionShape } from './guide-sections.ts';
import { slugSchema } from './ids.ts';
import { tagSchema } from './tags.ts';
import { inlineMarkdownSchema, ofKind, plainTextSchema } from './text.ts';
import { uniqueList } from './unique-list.ts';

/** Longest title that still shows whole in a search engine's result. */
export const TITLE_MAX = 70;
/** Longest meta description search engines show without cutting it. */
export const DESCRIPTION_MAX = 160;

const DATE_ERROR = 'expected a date as YYYY-MM-DD';

/** Last moment of the current UTC day: a fact cannot have been checked after it. */
function endOfTodayUtc(): Date {
	const now = new Date();
	return new Date(
		Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 23, 59, 59, 999)
	);
}

const tooLong = (max: number, why: string) => (issue: { input?: unknown }) =>
	`must be at most ${max} characters ${why}; it has ${String(issue.input).trim().length}`;

/**
 * The frontmatter of one error guide (`content/errors/<provider>/<slug>.mdx`): the fields of the
 * page's header here, the fields of its sections from `GUIDE_SECTIONS`. The guide's provider is
 * the folder it lives in; its id is `<provider>/<slug>`.
 */
export const guideSchema = z
	.strictObject({
		/** Page title and `<h1>`, e.g. "AWS AccessDeniedException: IAM permission denied". */
		title: plainTextSchema({
			type: 'expected the page title as text',
			max: [TITLE_MAX, tooLong(TITLE_MAX, 'to show whole in search results')],
		}),
		/** Meta description: what the error is and what fixes it, in one or two plain sentences. */
		description: plainTextSchema({
			type: 'expected a plain-text description',
			max: [DESCRIPTION_MAX, tooLong(DESCRIPTION_MAX, '(search engines cut longer ones)')],
		}),
		/** The error code exactly as the provider spells it, e.g. `AccessDeniedException`. */
		code: ofKind(
			'identifier',
			z
				.string({ error: 'expected the error code as text' })
				.trim()
				.min(1, { error: 'must not be empty' })
		),
		/** Other spellings a reader may paste: codes from other SDKs, message fragments. Defaults to none. */
		aliases: uniqueList(
			ofKind('identifier', z.string().trim().min(1, { error: 'must not be empty' })),
			{ ignoreCase: true }
		).default([]),
		/**
		 * Service ids from the provider's `services`, most specific first; the first one is the
		 * breadcrumb and the guide's group on the provider page. Required when the provider lists
		 * services, absent when it has none (git, npm).
		 */
		services: uniqueList(slugSchema('s3')).default([]),
		/** HTTP status the API answers with, when there is one. */
		httpStatus: z
			.int({ error: 'expected an HTTP status code such as 403' })
			.min(100)
			.max(599)
			.optional(),
		/** Topic tags from the vocabulary in tags.ts, e.g. `permissions`: badges that link to their tag pages. Defaults to none. */
		tags: uniqueList(tagSchema).default([]),
		/** The error as readers see it, shown first. At least one. */
		messages: z
			.array(errorMessageSchema)
			.min(1, { error: 'must show the error message at least once' }),
		/** The one sentence that tells the reader what to do first. Inline Markdown. */
		lead: inlineMarkdownSchema,
		/** Paths the guide used to have: each redirects here (`_redirects` and a page). Optional. */
		redirectFrom: redirectFromSchema,
		/** Slots of the samples that reading the messages cannot find, or must not fill. Optional. */
		fill: fillSchema,
		...sectionShape,
		/** The date the facts were last checked against the sources (YYYY-MM-DD). Not the file's git date. */
		// A YAML date (`2026-11-28`) or the same as a quoted string; nothing looser, so a number or
		// "Nov 28" cannot slip through as some other day.
		updated: ofKind(
			'date',
			z
				.union([z.date({ error: DATE_ERROR }), z.iso.date({ error: DATE_ERROR })], {
					error: DATE_ERROR,
				})
				.transform((value) => (typeof value === 'string' ? new Date(value) : value))
				.refine((date) => date <= endOfTodayUtc(), { error: 'must not be in the future' })
		),
	})
	.superRefine((guide, ctx) => {
		const samples = guide.fixes.reduce((count, fix) => count + fix.samples.length, 0);
		// An empty list of fixes is reported by its own schema.
		if (guide.fixes.length > 0 && samples < GUIDE_BAR.samples)
			ctx.addIssue({
				code: 'custom',
				path: ['fixes'],
				message: `must give at least ${GUIDE_BAR.samples} code samples to copy across the fixes; it has ${samples}`,
			});
		if (guide.detection === undefined && guide.escalation === undefined)
			ctx.addIssue({
				code: 'custom',
				path: ['detection'],
				message:
					'a guide needs detection (how to notice the error) or escalation (whom to ask), or both',
			});
	});

export type GuideInput = z.input<typeof guideSchema>;
export type GuideData = z.output<typeof guideSchema>;
