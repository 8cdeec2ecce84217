import { serviceAnchor } from '../routes.ts';

/** Guides per page of a provider listing: about 20 KB of gzipped HTML, whatever the corpus size. */
export const LISTING_PAGE_SIZE = 100;

export interface ListingGroup<T> {
	/** `undefined` for a provider without services: its guides form one group without a heading. */
	serviceId: string | undefined;
	serviceName: string | undefined;
	/** The heading's id, on the page where the service's guides start. */
	anchor: string | undefined;
	/** True on pages after the first that the service's guides span. */
	continued: boolean;
	items: T[];
}

export interface ListingPage<T> {
	/** From 1. */
	number: number;
	groups: Array<ListingGroup<T>>;
}

export interface ProviderListing<T> {
	pages: Array<ListingPage<T>>;
	/** The page each service's guides start on, for links to `/aws/#service-s3`. */
	servicePage: Map<string, number>;
	/** How many guides each service has. */
	serviceCount: Map<string, number>;
}

/**
 * A provider's guides grouped under their first (primary) service, in the order the provider
 * lists its services and by title within a service, cut into pages of `pageSize`. Services
 * without guides are left out. Pure, so the page, the breadcrumb links and the link checker all
 * agree on where each service's guides are.
 */
export function providerListing<T>(
	items: readonly T[],
	services: Readonly<Record<string, string>>,
	/** The item's services (the first is its group) and title (its order in the group). */
	describe: (item: T) => { services: readonly string[]; title: string },
	pageSize = LISTING_PAGE_SIZE
): ProviderListing<T> {
	const order = new Map(Object.keys(services).map((id, i) => [id, i]));
	const serviceOf = (item: T) => describe(item).services[0];
	const sorted = [...items].sort(
		(a, b) =>
			(order.get(serviceOf(a) ?? '') ?? -1) - (order.get(serviceOf(b) ?? '') ?? -1) ||
			describe(a).title.localeCompare(describe(b).title)
	);
	const pages: Array<ListingPage<T>> = [];
	const servicePage = new Map<string, number>();
	const serviceCount = new Map<string, number>();
	sorted.forEach((item, index) => {
		const number = Math.floor(index / pageSize) + 1;
		if (pages.length < number) pages.push({ number, groups: [] });
		const page = pages[number - 1]!;
		const serviceId = serviceOf(item);
		let group = page.groups.at(-1);
		if (!group || group.serviceId !== serviceId) {
			const starts = serviceId !== undefined && !servicePage.has(serviceId);
			if (starts) servicePage.set(serviceId, number);
			group = {
				serviceId,
				serviceName: serviceId === undefined ? undefined : services[serviceId],
				anchor: starts ? serviceAnchor(serviceId) : undefined,
				continued: serviceId !== undefined && !starts,
				items: [],
			};
			page.groups.push(group);
		}
		group.items.push(item);
		if (serviceId !== undefined)
			serviceCount.set(serviceId, (serviceCount.get(serviceId) ?? 0) + 1);
	});
	if (pages.length === 0) pages.push({ number: 1, groups: [] });
	return { pages, servicePage, serviceCount };
}

/** The anchors of each page of a provider listing, keyed by page number, for the link checker. */
export function listingAnchors(listing: ProviderListing<unknown>): Map<number, Set<string>> {
	return new Map(
		listing.pages.map((page) => [
			page.number,
			new Set(['main', ...page.groups.flatMap((group) => (group.anchor ? [group.anchor] : []))]),
		])
	);
}
