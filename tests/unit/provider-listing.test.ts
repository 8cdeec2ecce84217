import { expect, test } from 'vitest';
import { listingAnchors, providerListing } from '../../src/utils/provider-listing.ts';

const services = { s3: 'Amazon S3', iam: 'IAM', kms: 'AWS KMS' };
const guide = (title: string, ...ids: string[]) => ({ title, services: ids });
const same = (g: { title: string; services: string[] }) => g;

test("groups guides under their first service, in the provider's order of services, by title within a group", () => {
	const { pages } = providerListing(
		[guide('b', 'iam'), guide('a', 's3', 'iam'), guide('c', 'iam', 's3')],
		services,
		same
	);
	expect(pages).toHaveLength(1);
	expect(pages[0]!.groups.map((g) => [g.serviceName, g.items.map((i) => i.title)])).toEqual([
		['Amazon S3', ['a']],
		['IAM', ['b', 'c']],
	]);
	// KMS has no guides: no group, no anchor.
	expect([...listingAnchors(providerListing([guide('a', 's3')], services, same)).get(1)!]).toEqual([
		'main',
		'service-s3',
	]);
});

test('pages of a fixed size; a service that spans two pages is marked as continued, with its anchor on the first', () => {
	const items = [
		...Array.from({ length: 3 }, (_, i) => guide(`s${i}`, 's3')),
		...Array.from({ length: 4 }, (_, i) => guide(`i${i}`, 'iam')),
	];
	const listing = providerListing(items, services, same, 5);
	expect(
		listing.pages.map((p) =>
			p.groups.map(
				(g) => `${g.serviceId}:${g.items.length}${g.continued ? '+' : ''}:${g.anchor ?? '-'}`
			)
		)
	).toEqual([['s3:3:service-s3', 'iam:2:service-iam'], ['iam:2+:-']]);
	expect(listing.servicePage).toEqual(
		new Map([
			['s3', 1],
			['iam', 1],
		])
	);
	expect(listing.serviceCount).toEqual(
		new Map([
			['s3', 3],
			['iam', 4],
		])
	);
	expect([...listingAnchors(listing).get(2)!]).toEqual(['main']);
});

test('a provider without services lists its guides in one group without a heading', () => {
	const { pages } = providerListing([guide('b'), guide('a')], {}, same);
	expect(pages[0]!.groups).toEqual([
		{
			serviceId: undefined,
			serviceName: undefined,
			anchor: undefined,
			continued: false,
			items: [guide('a'), guide('b')],
		},
	]);
});

test('a provider without guides still has its first page', () => {
	expect(providerListing([], services, same).pages).toEqual([{ number: 1, groups: [] }]);
});
