/** What decides a guide's sections: which optional parts it has, and how many items. */
export interface SectionShape {
	detection?: unknown;
	escalation?: unknown;
	related: readonly unknown[];
	faqs: readonly unknown[];
}

export interface GuideSection {
	/** The anchor: `/aws/foo/#how-to-fix-it`. Stable, so links from elsewhere keep working. */
	id: string;
	/** The heading readers see. */
	label: string;
}

/**
 * The sections of a guide page in reading order (the seed's order), leaving out optional ones
 * the guide does not have. The page and its table of contents both read this list.
 */
export function guideSections(data: SectionShape): GuideSection[] {
	const sections: Array<GuideSection | false> = [
		{ id: 'why-this-happens', label: 'Why this happens' },
		{ id: 'how-to-fix-it', label: 'How to fix it' },
		data.detection !== undefined && { id: 'detection', label: 'Detection and monitoring' },
		data.related.length > 0 && { id: 'related-errors', label: 'Related errors' },
		data.faqs.length > 0 && { id: 'faq', label: 'Frequently asked questions' },
		data.escalation !== undefined && { id: 'when-to-escalate', label: 'When to escalate' },
		{ id: 'sources', label: 'Sources' },
	];
	return sections.filter((section): section is GuideSection => section !== false);
}

/** Anchors of the items inside a section: `cause-1`, `fix-2`, `faq-3`. Numbered from 1, like the page. */
export const itemAnchor = (kind: 'cause' | 'fix' | 'faq', index: number) => `${kind}-${index + 1}`;

/**
 * Every anchor a guide page has, for checking links into it: its sections, each cause, fix and
 * FAQ, and the main content. Built from the same helpers the page uses.
 */
export function guideAnchors(data: SectionShape & { causes: readonly unknown[]; fixes: readonly unknown[] }): Set<string> {
	return new Set([
		'main',
		...guideSections(data).map((section) => section.id),
		...data.causes.map((_, i) => itemAnchor('cause', i)),
		...data.fixes.map((_, i) => itemAnchor('fix', i)),
		...data.faqs.map((_, i) => itemAnchor('faq', i)),
	]);
}
