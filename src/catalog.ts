/**
 * The one place pages read content from: both collections, loaded once per build, with each
 * guide's URL, provider and primary service resolved, and each provider's paged listing.
 * Content reaching this module has passed the validator (see `src/loaders/content-loaders.ts`).
 */
import { getCollection } from 'astro:content';
import { createHash } from 'node:crypto';
import { buildGraph, rankedNeighbours, type Graph } from './graph/graph.ts';
import {
	NEIGHBOURHOOD,
	neighbourhoodRows,
	type NeighbourhoodOptions,
} from './graph/neighbourhood-svg.ts';
import { guideUrl, homeUrl, providerIdOf, providerUrl, serviceUrl } from './routes.ts';
import type { Tag } from './schemas/tags.ts';
import { SITE_CONFIG } from './site-config.ts';
import { staleAge } from './utils/dates.ts';
import type { GuideData } from './schemas/guide.ts';
import type { Provider as ProviderData } from './schemas/provider.ts';
import { providerListing, type ProviderListing } from './utils/provider-listing.ts';

export interface Guide {
	/** `<provider>/<slug>` */
	id: string;
	slug: string;
	url: string;
	data: GuideData;
	/** The MDX body, as Markdown; line N is line N of the file. */
	body: string;
	/** The content file's digest: it changes whenever the file does. */
	digest: string;
	provider: Provider;
	/** The first service: the breadcrumb and the provider page's group. None for a provider without services. */
	service: { id: string; name: string; url: string } | undefined;
}

export interface Provider {
	id: string;
	url: string;
	data: ProviderData;
	/** Its guides, by title. */
	guides: Guide[];
	listing: ProviderListing<Guide>;
}

export interface Catalog {
	/** Every guide, by title. */
	guides: Guide[];
	/** Every provider, by name. */
	providers: Provider[];
	guideById: ReadonlyMap<string, Guide>;
	/** The related-errors graph: symmetric edges from every guide's `related` list. */
	graph: Graph;
	/** What the neighbourhood pictures need: how many guides, links, provider names and colours. */
	neighbourhood: NeighbourhoodOptions;
	/** Each tag's guides, by title; the tags most used first. */
	tags: ReadonlyMap<Tag, Guide[]>;
	/** Changes when anything every page shows changes (the providers in the header). */
	siteKey: string;
}

const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) =>
	a.data.title.localeCompare(b.data.title);

async function loadCatalog(): Promise<Catalog> {
	const [guideEntries, providerEntries] = await Promise.all([
		getCollection('errors'),
		getCollection('providers'),
	]);
	const providers = providerEntries
		.map((entry): Provider => ({
			id: entry.id,
			url: providerUrl(entry.id),
			data: entry.data,
			guides: [],
			listing: providerListing<Guide>([], {}, (guide) => guide.data),
		}))
		.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en', { sensitivity: 'base' }));
	const providerById = new Map(providers.map((p) => [p.id, p]));

	const guides = guideEntries.flatMap((entry): Guide[] => {
		const provider = providerById.get(providerIdOf(entry.id));
		if (!provider) return []; // the dev server logs this; a build never gets here with it
		const guide: Guide = {
			id: entry.id,
			slug: entry.id.slice(provider.id.length + 1),
			url: guideUrl(entry.id),
			data: entry.data,
			body: entry.body ?? '',
			digest: String(entry.digest ?? ''),
			provider,
			service: undefined,
		};
		provider.guides.push(guide);
		return [guide];
	});
	guides.sort(byTitle);

	for (const provider of providers) {
		provider.guides.sort(byTitle);
		provider.listing = providerListing(
			provider.guides,
			provider.data.services,
			(guide) => guide.data
		);
		for (const guide of provider.guides) {
			const serviceId = guide.data.services[0];
			const name = serviceId === undefined ? undefined : provider.data.services[serviceId];
			if (serviceId !== undefined && name !== undefined)
				guide.service = {
					id: serviceId,
					name,
					url: serviceUrl(provider.id, serviceId, provider.listing.servicePage.get(serviceId) ?? 1),
				};
		}
	}

	const siteKey = digestOf(providers.map((p) => `${p.id}:${p.data.name}`));
	const graph = buildGraph(
		guides.map((g) => ({
			id: g.id,
			title: g.data.title,
			code: g.data.code,
			provider: g.provider.id,
			services: g.data.services,
			related: g.data.related,
		}))
	);
	const guideById = new Map(guides.map((g) => [g.id, g]));
	const tagged = new Map<Tag, Guide[]>();
	for (const guide of guides)
		for (const tag of guide.data.tags) {
			const list = tagged.get(tag) ?? [];
			list.push(guide);
			tagged.set(tag, list);
		}
	const tags = new Map(
		[...tagged].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
	);
	return {
		tags,
		guides,
		providers,
		guideById,
		graph,
		neighbourhood: {
			...NEIGHBOURHOOD,
			url: guideUrl,
			providers: providerColours(providers),
			detail: (id) => {
				const guide = guideById.get(id);
				return guide?.service?.name ?? guide?.provider.data.name;
			},
		},
		siteKey,
	};
}

let catalog: Promise<Catalog> | undefined;

/** The moment this build started: the one "now" every page's dates are measured from. */
export const BUILD_TIME = new Date();

/** Every guide and provider. Loaded once per build. */
export function getCatalog(): Promise<Catalog> {
	catalog ??= loadCatalog();
	return catalog;
}

/** Each provider's name and colour class (`provider-0` ... `provider-7`, src/styles/graph.css). */
export function providerColours(providers: readonly Provider[]) {
	return new Map(
		providers.map((p, i) => [
			p.id,
			{ name: p.data.name, colour: `provider-${i % PROVIDER_COLOURS}` },
		])
	);
}
const PROVIDER_COLOURS = 8;

/**
 * A guide's related guides, most relevant first: the ones it lists and the ones that list it
 * (the graph is symmetric), ordered by src/graph/graph.ts.
 */
/** A guide's breadcrumb, home first: the page shows it and its structured data repeats it. */
export function breadcrumbOf(guide: Guide): Array<{ name: string; url: string }> {
	return [
		{ name: 'Home', url: homeUrl() },
		{ name: guide.provider.data.name, url: guide.provider.url },
		...(guide.service ? [{ name: guide.service.name, url: guide.service.url }] : []),
	];
}

export function relatedGuides(guide: Guide, { graph, guideById }: Catalog): Guide[] {
	return rankedNeighbours(graph, guide.id).flatMap(({ guide: g }) => guideById.get(g.id) ?? []);
}

/** Every guide a guide's neighbourhood picture shows, itself first. */
export function neighbourhoodGuides(guide: Guide, catalog: Catalog): Guide[] {
	return neighbourhoodRows(catalog.graph, guide.id, catalog.neighbourhood).flatMap(
		(row) => catalog.guideById.get(row.guide.id) ?? []
	);
}

export function digestOf(parts: readonly string[]): string {
	return createHash('sha1').update(parts.join('\n')).digest('base64url');
}

/**
 * What a guide's page shows, as a key for incremental builds: its own file, the cards of its
 * related guides, the guides its neighbourhood picture draws and the site's header. An unchanged key means the page from the last build is
 * still right, so Astro copies it instead of rendering it again.
 */
export function guidePageKey(guide: Guide, catalog: Catalog): string {
	return digestOf([
		catalog.siteKey,
		guide.digest,
		String(staleAge(guide.data.updated, BUILD_TIME, SITE_CONFIG.staleAfterMonths) ?? ''),
		guide.service?.url ?? '',
		...relatedGuides(guide, catalog).map((g) => `${g.digest}:${g.service?.url}`),
		...neighbourhoodGuides(guide, catalog).map((g) => g.digest),
	]);
}
