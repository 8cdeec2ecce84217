import { z } from 'astro/zod';
import { causeSchema } from './cause.ts';
import { errorMessageSchema } from './error-message.ts';
import { faqSchema } from './faq.ts';
import { fixSchema } from './fix.ts';
import { guideIdSchema, slugSchema } from './ids.ts';
import { sourceSchema } from './source.ts';
import { blockMarkdownSchema, inlineMarkdownSchema } from './text.ts';
import { uniqueList } from './unique-list.ts';

/** Longest title that still shows whole in a search engine's result. */
export const TITLE_MAX = 70;
/** Longest meta description search engines show without cutting it. */
export const DESCRIPTION_MAX = 160;

const DATE_ERROR = 'expected a date as YYYY-MM-DD';

/** Last moment of the current UTC day: a fact cannot have been checked after it. */
function endOfTodayUtc(): Date {
	const now = new Date();
	return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 23, 59, 59, 999));
}

/**
 * The frontmatter of one error guide (`content/errors/<provider>/<slug>.mdx`).
 * The guide's provider is the folder it lives in; its id is `<provider>/<slug>`.
 * Lists marked "in order" are rendered in the order written.
 */
export const guideSchema = () =>
	z.strictObject({
		/** Page title and `<h1>`, e.g. "AWS AccessDeniedException: IAM permission denied". */
		title: z
			.string({ error: 'expected the page title as text' })
			.trim()
			.min(1, { error: 'must not be empty' })
			.max(TITLE_MAX, {
				error: (issue) =>
					`must be at most ${TITLE_MAX} characters to show whole in search results; it has ${String(issue.input).trim().length}`,
			}),
		/** Meta description: what the error is and what fixes it, in one or two plain sentences. */
		description: z
			.string({ error: 'expected a plain-text description' })
			.trim()
			.min(1, { error: 'must not be empty' })
			.max(DESCRIPTION_MAX, {
				error: (issue) =>
					`must be at most ${DESCRIPTION_MAX} characters (search engines cut longer ones); it has ${String(issue.input).trim().length}`,
			}),
		/** The error code exactly as the provider spells it, e.g. `AccessDeniedException`. */
		code: z.string({ error: 'expected the error code as text' }).trim().min(1, { error: 'must not be empty' }),
		/** Other spellings a reader may paste: codes from other SDKs, message fragments. Defaults to none. */
		aliases: uniqueList(z.string().trim().min(1, { error: 'must not be empty' }), { ignoreCase: true }).default([]),
		/** Service ids from the provider's `services`, most specific first. The first one is the breadcrumb. */
		services: uniqueList(slugSchema('s3')).min(1, { error: 'must name at least one service of the provider' }),
		/** HTTP status the API answers with, when there is one. */
		httpStatus: z.int({ error: 'expected an HTTP status code such as 403' }).min(100).max(599).optional(),
		/** Topic tags shown as badges, e.g. `permissions`. Defaults to none. */
		tags: uniqueList(slugSchema('permissions')).default([]),
		/** The error as readers see it, shown first. At least one. */
		messages: z.array(errorMessageSchema()).min(1, { error: 'must show the error message at least once' }),
		/** The one sentence that tells the reader what to do first. Inline Markdown. */
		lead: inlineMarkdownSchema(),
		/** Why the error happens, most likely first. At least one. */
		causes: z.array(causeSchema()).min(1, { error: 'must list at least one cause' }),
		/** How to fix it, in the order to try. At least one. */
		fixes: z.array(fixSchema()).min(1, { error: 'must list at least one fix' }),
		/** How to notice the error in production before readers report it. Markdown. */
		detection: blockMarkdownSchema().optional(),
		/** Questions readers ask, in order. Defaults to none. */
		faqs: z.array(faqSchema()).default([]),
		/** When the reader cannot fix it alone, and whom to ask. Markdown. */
		escalation: blockMarkdownSchema().optional(),
		/** Ids of related guides, closest first; these are the edges of the related-errors graph. */
		related: uniqueList(guideIdSchema()).default([]),
		/** Official documentation the facts were checked against. At least one. */
		sources: z.array(sourceSchema()).min(1, { error: 'must cite at least one official source' }),
		/** The date the facts were last checked against the sources (YYYY-MM-DD). Not the file's git date. */
		// A YAML date (`2026-11-28`) or the same as a quoted string; nothing looser, so a number or
		// "Nov 28" cannot slip through as some other day.
		updated: z
			.union([z.date({ error: DATE_ERROR }), z.iso.date({ error: DATE_ERROR })], { error: DATE_ERROR })
			.transform((value) => (typeof value === 'string' ? new Date(value) : value))
			.refine((date) => date <= endOfTodayUtc(), { error: 'must not be in the future' }),
	});

export type GuideInput = z.input<ReturnType<typeof guideSchema>>;
export type GuideData = z.output<ReturnType<typeof guideSchema>>;
