/**
 * Search in the browser: the recogniser's index and Pagefind, both loaded on first use and never
 * before, and both in pieces: the recogniser's head, then the shards the text's words need
 * (src/search/index-shards.ts). `search()` reads a query or a whole pasted error: the recogniser
 * answers first, then Pagefind is asked for the code the recogniser found (a long paste as full
 * text finds little) or for what the reader typed. Nothing leaves the browser but requests for
 * the site's own static files.
 */
import { recogniserHeadUrl, recogniserShardUrl } from '../../routes.ts';
import { extractFacts } from '../../search/extract.ts';
import {
	indexFromShards,
	shardPicker,
	type IndexHead,
	type IndexShard,
} from '../../search/index-shards.ts';
import { createRecogniser, recognise, type Recognition } from '../../search/recognise.ts';

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
const MAX_HITS = 8;

let head: Promise<{ head: IndexHead; pick: ReturnType<typeof shardPicker> }> | undefined;
const shards = new Map<string, Promise<IndexShard>>();
let pagefind: Promise<Pagefind | undefined> | undefined;

const fetchJson = <T>(url: string) =>
	fetch(url).then((response) => {
		if (!response.ok) throw new Error(`${url}: ${response.status}`);
		return response.json() as Promise<T>;
	});

/** The recogniser's head, once. */
function loadHead() {
	head ??= fetchJson<IndexHead>(recogniserHeadUrl()).then((loaded) => ({
		head: loaded,
		pick: shardPicker(loaded),
	}));
	return head;
}

/**
 * What the recogniser makes of a text, with the providers' names. Loads the head and the shards
 * this text needs, each once; a guide asks it whether a paste is its error.
 */
export async function recogniseText(
	text: string
): Promise<{ recognition: Recognition; providerNames: Record<string, string> }> {
	const { head: loaded, pick } = await loadHead();
	const facts = extractFacts(text);
	const needed = pick(text, facts).map((number) => {
		const url = recogniserShardUrl(number, loaded.shardDigest);
		let shard = shards.get(url);
		if (!shard) shards.set(url, (shard = fetchJson<IndexShard>(url)));
		return shard;
	});
	const recogniser = createRecogniser(indexFromShards(loaded, await Promise.all(needed)));
	return {
		recognition: recognise(text, recogniser, facts),
		providerNames: Object.fromEntries(
			Object.entries(loaded.providers).map(([id, provider]) => [id, provider.name])
		),
	};
}

/** Pagefind, once; undefined where it is not built (`astro dev`). */
function loadPagefind() {
	pagefind ??= import(/* @vite-ignore */ PAGEFIND).then(
		async (module: Pagefind) => {
			await module.options({ excerptLength: 22, ranking: { metaWeights: { code: 10 } } });
			return module;
		},
		() => undefined
	);
	return pagefind;
}

/** Starts loading what every search needs, so the first one waits less: on opening search. */
export function prepareSearch(): void {
	loadSearch().catch(() => {
		// The search that follows reports it.
	});
}

/** Loads what a search needs before the first text arrives: the recogniser's head and Pagefind. */
async function loadSearch() {
	const [, module] = await Promise.all([loadHead(), loadPagefind()]);
	return {
		pagefind: module,
		unavailable: module ? undefined : 'Full-text search is built by `npm run build`.',
	};
}

/** Long or multi-line text is a pasted error, not a query. */
export const isPaste = (text: string) => text.length > 80 || text.includes('\n');

/** What to ask Pagefind: the reader's words, or for a paste the code the recogniser found. */
export function fullTextQuery(text: string, recognition: Recognition): string | undefined {
	if (!isPaste(text)) return text.trim() || undefined;
	return recognition.facts.codes[0] ?? recognition.candidates[0]?.guide.code;
}

/**
 * Searches, and calls `recognised` as soon as the recogniser has answered, before full-text
 * results: its few kilobytes arrive long before Pagefind's, and for a pasted error its answer is
 * the one that matters.
 */
export async function search(
	text: string,
	filters: Record<string, string[]> = {},
	recognised?: (answer: SearchAnswer) => void
): Promise<SearchAnswer> {
	const loading = loadSearch();
	const { recognition, providerNames } = await recogniseText(text);
	if (recognition.kind === 'confident') recognised?.({ recognition, providerNames, hits: [] });
	const { pagefind, unavailable } = await loading;
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
