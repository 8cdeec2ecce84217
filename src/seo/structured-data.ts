/**
 * The JSON-LD of a guide: what a search engine reads, built from the same data as the visible
 * page so the two cannot disagree. Typed with schema-dts: a field schema.org does not define for
 * a type fails type checking.
 */
import type { BreadcrumbList, FAQPage, Graph, HowTo, Organization, TechArticle } from 'schema-dts';
import { itemAnchor, GUIDE_SECTIONS } from '../schemas/guide-sections.ts';
import type { GuideData } from '../schemas/guide.ts';
import { isoDate } from '../utils/dates.ts';
import { plainText } from './plain-text.ts';

/** What a guide's structured data needs besides its frontmatter. */
export interface GuidePageFacts {
	data: GuideData;
	/** Absolute URL of the page. */
	url: URL;
	/** Absolute URL of its social image. */
	image: URL;
	/** The breadcrumb as the page shows it: name and absolute URL, home first. */
	breadcrumb: ReadonlyArray<{ name: string; url: URL }>;
	providerName: string;
	site: URL;
}

/** The section of a list field, with the anchor prefix of its items. */
const sectionOf = (field: 'fixes' | 'faqs') => {
	const section = GUIDE_SECTIONS.find((s) => s.field === field)!;
	return { id: section.id, label: section.label, item: 'item' in section ? section.item : field };
};

const publisher = (site: URL): Organization => ({
	'@type': 'Organization',
	name: 'fixerror',
	url: site.href,
});

export function techArticle({ data, url, image, providerName, site }: GuidePageFacts): TechArticle {
	return {
		'@type': 'TechArticle',
		'@id': `${url.href}#article`,
		headline: data.title,
		description: data.description,
		url: url.href,
		image: image.href,
		inLanguage: 'en',
		dateModified: isoDate(data.updated),
		about: {
			'@type': 'Thing',
			name: data.code,
			...(data.aliases.length > 0 ? { alternateName: data.aliases } : {}),
			description: `${providerName} error ${data.code}`,
		},
		author: publisher(site),
		publisher: publisher(site),
		citation: data.sources.map((source) => ({
			'@type': 'CreativeWork',
			name: source.title,
			url: source.url,
		})),
	};
}

/** The first sentence of a plain text: up to a full stop followed by a new sentence. */
export function firstSentence(text: string): string {
	return /^.+?[.!?](?=\s+[A-Z`"(]|$)/.exec(text)?.[0] ?? text;
}

/** The fixes, in the order the page gives them. */
export function howTo({ data, url }: GuidePageFacts): HowTo {
	const fixes = sectionOf('fixes');
	return {
		'@type': 'HowTo',
		'@id': `${url.href}#${fixes.id}`,
		name: `${fixes.label}: ${data.title}`,
		step: data.fixes.map((fix, i) => ({
			'@type': 'HowToStep',
			position: i + 1,
			name: plainText(fix.title),
			// The step's first sentence: what to do, as the page opens the step. The whole text is on
			// the page; repeating it here would double the bytes of every guide.
			text: firstSentence(plainText(fix.body)),
			url: `${url.href}#${itemAnchor(fixes, i)}`,
		})),
	};
}

export function faqPage({ data, url }: GuidePageFacts): FAQPage {
	const faqs = sectionOf('faqs');
	return {
		'@type': 'FAQPage',
		'@id': `${url.href}#${faqs.id}`,
		mainEntity: data.faqs.map((faq) => ({
			'@type': 'Question',
			name: plainText(faq.question),
			acceptedAnswer: { '@type': 'Answer', text: plainText(faq.answer) },
		})),
	};
}

export function breadcrumbList({ breadcrumb }: GuidePageFacts): BreadcrumbList {
	return {
		'@type': 'BreadcrumbList',
		itemListElement: breadcrumb.map((crumb, i) => ({
			'@type': 'ListItem',
			position: i + 1,
			name: crumb.name,
			item: crumb.url.href,
		})),
	};
}

/** Every node of a guide's structured data, as one document. */
export function guideStructuredData(facts: GuidePageFacts): Graph {
	return {
		'@context': 'https://schema.org',
		'@graph': [
			techArticle(facts),
			breadcrumbList(facts),
			howTo(facts),
			...(facts.data.faqs.length > 0 ? [faqPage(facts)] : []),
		],
	};
}

/**
 * JSON for an inline `<script type="application/ld+json">`: `<` is written `\u003c`, so no text
 * in a guide can close the script element.
 */
export function jsonLdText(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}
