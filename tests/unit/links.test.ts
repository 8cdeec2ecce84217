import { expect, test } from 'vitest';
import { checkLinks, type LinkTarget } from '../../src/content-checks/links.ts';

const pages = new Map<string, LinkTarget>([
	['/', { anchors: new Set(['main']) }],
	['/aws/', { anchors: new Set(['main', 'service-s3']) }],
	['/aws/a/', { anchors: new Set(['main', 'fix-1', 'faq']) }],
]);
const check = (...urls: string[]) =>
	checkLinks(
		'f.mdx',
		'/aws/a/',
		urls.map((url) => ({ field: 'lead', url })),
		pages
	).map((p) => p.message);

test('accepts links to pages and anchors that exist, and ignores other sites', () => {
	expect(
		check(
			'/aws/a/#fix-1',
			'#faq',
			'/aws/#service-s3',
			'https://docs.aws.amazon.com/x',
			'mailto:x@example.com',
			'//cdn.example.com/x'
		)
	).toEqual([]);
});

test('reports missing pages, missing anchors, missing trailing slashes and relative links', () => {
	expect(check('/aws/b/')).toEqual(['link "/aws/b/" points to no page — did you mean "/aws/a/"?']);
	expect(check('#fix-2')).toEqual([
		'link "#fix-2": /aws/a/ has no anchor "#fix-2" — did you mean "fix-1"?',
	]);
	expect(check('/aws/a')).toEqual(['link "/aws/a" needs a trailing slash: "/aws/a/"']);
	expect(check('../b/')).toEqual([
		'link "../b/" is relative: write it from the site root, e.g. "/aws/s3-access-denied/"',
	]);
});

test('a page whose anchors are unknown (its guide has other problems) accepts any anchor', () => {
	const withBroken = new Map([...pages, ['/aws/broken/', { anchors: undefined }]]);
	expect(
		checkLinks('f.mdx', '/aws/a/', [{ field: 'lead', url: '/aws/broken/#fix-3' }], withBroken)
	).toEqual([]);
});

test('a query string does not hide the page, and an encoded anchor is decoded', () => {
	expect(check('/aws/a/?ref=x#fix-1', '#fix%2D1')).toEqual([]);
	expect(check('#%E0%A4%A')[0]).toContain('has no anchor');
});
