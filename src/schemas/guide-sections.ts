import { z } from 'astro/zod';
import { causeSchema } from './cause.ts';
import { faqSchema } from './faq.ts';
import { fixSchema } from './fix.ts';
import { guideIdSchema } from './ids.ts';
import { sourceSchema } from './source.ts';
import { blockMarkdownSchema } from './text.ts';
import { uniqueList } from './unique-list.ts';

/** How the page renders a section's field; each kind is one component in `GuideSectionBody`. */
export type SectionRender = 'causes' | 'fixes' | 'markdown' | 'related' | 'faqs' | 'sources';

export interface SectionSpec {
	/** The heading's anchor, e.g. `/aws/foo/#how-to-fix-it`. Stable: links from elsewhere rely on it. */
	id: string;
	/** The heading readers see, also the table of contents entry. */
	label: string;
	/** The frontmatter field the section shows. */
	field: string;
	/** The field's schema; the guide schema is assembled from these. */
	schema: z.ZodType;
	render: SectionRender;
	/** One muted line under the heading, e.g. how the list below is ordered. */
	intro?: string;
	/** For lists: the prefix of each item's anchor (`fix` → `#fix-1`, `#fix-2`, ...). */
	item?: string;
}

/**
 * The least every guide gives its reader, whatever the provider: enough causes to find theirs,
 * enough fixes to try, code to copy, the questions readers ask, where to go next, and more than
 * one official source. The schema enforces it.
 */
export const GUIDE_BAR = {
	causes: 3,
	fixes: 3,
	samples: 2,
	faqs: 4,
	related: 3,
	sources: 2,
} as const;

/**
 * The sections of a guide page, in reading order (the seed's order), each with the frontmatter
 * field it shows. This list is the one description of a guide's body: the schema, the table of
 * contents, the anchors, the link checker and the page all derive from it. A section is shown
 * when its field has content; required fields are required by their schema.
 */
export const GUIDE_SECTIONS = [
	{
		id: 'why-this-happens',
		label: 'Why this happens',
		field: 'causes',
		/** Why the error happens, most likely first. At least three. */
		schema: z.array(causeSchema).min(GUIDE_BAR.causes, {
			error: `must list at least ${GUIDE_BAR.causes} causes, most likely first`,
		}),
		render: 'causes',
		intro: 'Most likely first.',
		item: 'cause',
	},
	{
		id: 'how-to-fix-it',
		label: 'How to fix it',
		field: 'fixes',
		/** How to fix it, in the order to try. At least three. */
		schema: z.array(fixSchema).min(GUIDE_BAR.fixes, {
			error: `must list at least ${GUIDE_BAR.fixes} fixes, in the order to try them`,
		}),
		render: 'fixes',
		intro: 'In the order to try them: start with the first one that matches your situation.',
		item: 'fix',
	},
	{
		id: 'detection',
		label: 'Detection and monitoring',
		field: 'detection',
		/** How to notice the error in production before readers report it. Markdown. */
		schema: blockMarkdownSchema.optional(),
		render: 'markdown',
	},
	{
		id: 'related-errors',
		label: 'Related errors',
		field: 'related',
		/** Ids of related guides, closest first; these are the edges of the related-errors graph. At least three. */
		schema: uniqueList(guideIdSchema).min(GUIDE_BAR.related, {
			error: `must name at least ${GUIDE_BAR.related} related guides, so a reader who landed on the wrong one finds the right one`,
		}),
		render: 'related',
	},
	{
		id: 'faq',
		label: 'Frequently asked questions',
		field: 'faqs',
		/** Questions readers ask, in order. At least four. */
		schema: z.array(faqSchema).min(GUIDE_BAR.faqs, {
			error: `must answer at least ${GUIDE_BAR.faqs} questions readers ask`,
		}),
		render: 'faqs',
		item: 'faq',
	},
	{
		id: 'when-to-escalate',
		label: 'When to escalate',
		field: 'escalation',
		/** When the reader cannot fix it alone, and whom to ask. Markdown. */
		schema: blockMarkdownSchema.optional(),
		render: 'markdown',
	},
	{
		id: 'sources',
		label: 'Sources',
		field: 'sources',
		/** Official documentation the facts were checked against. At least two. */
		schema: z.array(sourceSchema).min(GUIDE_BAR.sources, {
			error: `must cite at least ${GUIDE_BAR.sources} official sources`,
		}),
		render: 'sources',
	},
] as const satisfies readonly SectionSpec[];

export type GuideSection = (typeof GUIDE_SECTIONS)[number];

/** The frontmatter fields of the sections, for the guide schema: `{ causes: ..., fixes: ... }`. */
export type SectionShape = { [S in GuideSection as S['field']]: S['schema'] };

export const sectionShape = Object.fromEntries(
	GUIDE_SECTIONS.map((section) => [section.field, section.schema])
) as SectionShape;

/** Whether a field has anything to show: a missing field, an empty list or an empty string has not. */
export function hasContent(value: unknown): boolean {
	if (value === undefined || value === null) return false;
	if (Array.isArray(value)) return value.length > 0;
	if (typeof value === 'string') return value.trim().length > 0;
	return true;
}

/** Sections whose field is required: every guide has them, even one whose field is still missing. */
const REQUIRED = new Set<GuideSection>(
	GUIDE_SECTIONS.filter((section) => !section.schema.safeParse(undefined).success)
);

/**
 * The sections a guide shows, in order. Works on raw frontmatter too, so links into a guide with
 * problems are still checked (and a missing required field is one problem, not one per link).
 */
export function presentSections(data: Readonly<Record<string, unknown>>): GuideSection[] {
	return GUIDE_SECTIONS.filter(
		(section) => REQUIRED.has(section) || hasContent(data[section.field])
	);
}

/** The anchor of a list section's n-th item (from 0): `fix-1`, `faq-3`. Numbered from 1, like the page. */
export const itemAnchor = (section: { item: string }, index: number) =>
	`${section.item}-${index + 1}`;

/** Every anchor a guide page has: `main`, its sections, and each item of its list sections. */
export function guideAnchors(data: Readonly<Record<string, unknown>>): Set<string> {
	const anchors = new Set(['main']);
	for (const section of presentSections(data)) {
		anchors.add(section.id);
		const value = data[section.field];
		if ('item' in section && Array.isArray(value))
			value.forEach((_, i) => anchors.add(itemAnchor(section, i)));
	}
	return anchors;
}
