/**
 * The one place pages read content from. Loads both collections and checks the references
 * between them. The build has validated everything before this runs (content-validation
 * integration); the dev server only logs problems, so this check keeps a page from rendering
 * with a reference that does not resolve while an author is mid-edit.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from './content-checks/problem.ts';
import { checkReferences, providerIdOf } from './content-checks/references.ts';

export type GuideEntry = CollectionEntry<'errors'>;
export type ProviderEntry = CollectionEntry<'providers'>;

export interface Guide {
	/** `<provider>/<slug>` */
	id: string;
	slug: string;
	url: string;
	entry: GuideEntry;
	data: GuideEntry['data'];
	provider: ProviderEntry;
	/** The first service: the breadcrumb and the provider page's group. */
	service: { id: string; name: string };
}

export interface Catalog {
	guides: Guide[];
	providers: ProviderEntry[];
	guideById: Map<string, Guide>;
}

const fileOf = (entry: { id: string; filePath?: string | undefined }, fallback: string) =>
	entry.filePath ?? fallback;

async function loadCatalog(): Promise<Catalog> {
	const [guideEntries, providers] = await Promise.all([getCollection('errors'), getCollection('providers')]);
	const problems = checkReferences(
		guideEntries.map((e) => ({ id: e.id, file: fileOf(e, `content/errors/${e.id}.mdx`), data: e.data })),
		providers.map((p) => ({ id: p.id, file: fileOf(p, `content/providers/${p.id}.json`), data: p.data }))
	);
	if (problems.length > 0) throw new ContentError(problems);

	const providerById = new Map(providers.map((p) => [p.id, p]));
	const guides = guideEntries
		.map((entry): Guide => {
			const provider = providerById.get(providerIdOf(entry.id))!;
			const serviceId = entry.data.services[0]!;
			return {
				id: entry.id,
				slug: entry.id.slice(provider.id.length + 1),
				url: guideUrl(entry.id),
				entry,
				data: entry.data,
				provider,
				service: { id: serviceId, name: provider.data.services[serviceId]! },
			};
		})
		.sort((a, b) => a.data.title.localeCompare(b.data.title));
	return { guides, providers, guideById: new Map(guides.map((g) => [g.id, g])) };
}

let catalog: Promise<Catalog> | undefined;

/** Every guide and provider, checked. Loaded once per build. */
export function getCatalog(): Promise<Catalog> {
	catalog ??= loadCatalog();
	return catalog;
}

export function guideUrl(id: string): string {
	return `/${id}/`;
}

export function providerUrl(id: string): string {
	return `/${id}/`;
}

/** The guides a guide lists as related, in its order. References are checked at load. */
export function relatedGuides(guide: Guide, { guideById }: Catalog): Guide[] {
	return guide.data.related.map((id) => guideById.get(id)!);
}
