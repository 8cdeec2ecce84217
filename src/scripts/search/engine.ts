/**
 * Search in the browser: the recogniser's guide index and Pagefind, both loaded on first use and
 * never before. `search()` reads a query or a whole pasted error: the recogniser answers first,
 * then Pagefind is asked for the code the recogniser found (a long paste as full text finds
 * little) or for what the reader typed. Nothing leaves the browser but requests for the site's
 * own static files.
 */
import { guideIndexUrl } from '../../routes.ts';
import {
	createRecogniser,
	recognise,
	type Recogniser,
	type Recognition,
} from '../../search/recognise.ts';
import type { GuideIndex } from '../../search/guide-index.ts';

/** The part of Pagefind's browser API used here (https://pagefind.app/docs/api/). */
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	search(
		term: string | null,
		options?: { filters?: Record<string, string[]> }
	): Promise<{ results: Array<{ id: string; data(): Promise<PagefindData> }> }>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

interface PagefindData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}

export interface SearchHit {
	url: string;
	title: string;
	code: string;
	provider: string;
	/** Pagefind's excerpt: page text with the matched words in `<mark>`; render with `excerptParts`. */
	excerpt: string;
}

export interface SearchAnswer {
	recognition: Recognition;
	/** Provider id → name, to label the recogniser's candidates. */
	providerNames: Record<string, string>;
	hits: SearchHit[];
	/** Why full-text search is missing, when it is (the index is not built in `astro dev`). */
	unavailable?: string;
}

const PAGEFIND = '/pagefind/pagefind.js';
const GUIDE_INDEX = guideIndexUrl();
const MAX_HITS = 8;

let engine:
	Promise<{ recogniser: Recogniser; pagefind?: Pagefind; unavailable?: string }> | undefined;
let recogniserOnly: Promise<Recogniser> | undefined;

/** Loads the recogniser's index alone, once: a guide asks it whether a paste is its error. */
export function loadRecogniser(): Promise<Recogniser> {
	recogniserOnly ??= fetch(GUIDE_INDEX)
		.then((response) => response.json() as Promise<GuideIndex>)
		.then(createRecogniser);
	return recogniserOnly;
}

/** Loads the recogniser's index and Pagefind, once. */
export function loadSearch() {
	engine ??= (async () => {
		const [recogniser, pagefind] = await Promise.all([
			loadRecogniser(),
			import(/* @vite-ignore */ PAGEFIND).then(
				async (module: Pagefind) => {
					await module.options({ excerptLength: 22, ranking: { metaWeights: { code: 10 } } });
					return module;
				},
				() => undefined
			),
		]);
		return {
			recogniser,
			pagefind,
			unavailable: pagefind ? undefined : 'Full-text search is built by `npm run build`.',
		};
	})();
	return engine;
}

/** Long or multi-line text is a pasted error, not a query. */
export const isPaste = (text: string) => text.length > 80 || text.includes('\n');

/** What to ask Pagefind: the reader's words, or for a paste the code the recogniser found. */
export function fullTextQuery(text: string, recognition: Recognition): string | undefined {
	if (!isPaste(text)) return text.trim() || undefined;
	return recognition.facts.codes[0] ?? recognition.candidates[0]?.guide.code;
}

export async function search(
	text: string,
	filters: Record<string, string[]> = {}
): Promise<SearchAnswer> {
	const { recogniser, pagefind, unavailable } = await loadSearch();
	const recognition = recognise(text, recogniser);
	const providerNames = Object.fromEntries(
		Object.entries(recogniser.index.providers).map(([id, p]) => [id, p.name])
	);
	const query = fullTextQuery(text, recognition);
	const filtering = Object.values(filters).some((values) => values.length > 0);
	if (!pagefind || (!query && !filtering))
		return { recognition, providerNames, hits: [], unavailable };
	const { results } = await pagefind.search(query ?? null, { filters });
	const data = await Promise.all(results.slice(0, MAX_HITS).map((result) => result.data()));
	return {
		recognition,
		providerNames,
		hits: data.map((hit) => ({
			url: hit.url,
			title: hit.meta.title ?? hit.url,
			code: hit.meta.code ?? '',
			provider: hit.meta.provider ?? '',
			excerpt: hit.excerpt,
		})),
	};
}

/** The filters Pagefind knows (provider, service, status, tag), with their counts. */
export async function searchFilters(): Promise<Record<string, Record<string, number>>> {
	const { pagefind } = await loadSearch();
	return pagefind ? pagefind.filters() : {};
}
