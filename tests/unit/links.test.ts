import { expect, test } from 'vitest';
import { checkLinks, extractLinks, type LinkTarget } from '../../src/content-checks/links.ts';

const pages = new Map<string, LinkTarget>([
	['/', { anchors: new Set(['main']) }],
	['/aws/', { anchors: new Set(['main', 'service-s3']) }],
	['/aws/a/', { anchors: new Set(['main', 'fix-1', 'faq']) }],
]);
const check = (text: string) => checkLinks('f.mdx', '/aws/a/', [{ field: 'lead', text }], pages).map((p) => p.message);

test('finds Markdown links, titled links and hrefs', () => {
	expect(extractLinks('[a](/x/) and [b](/y/ "Title") and <a href="/z/">z</a>')).toEqual(['/x/', '/y/', '/z/']);
});

test('accepts links to pages and anchors that exist, and ignores other sites', () => {
	expect(check('[a](/aws/a/#fix-1) [b](#faq) [c](/aws/#service-s3) [d](https://docs.aws.amazon.com/x) [e](mailto:x@example.com)')).toEqual([]);
});

test('reports missing pages, missing anchors, missing trailing slashes and relative links', () => {
	expect(check('[a](/aws/b/)')).toEqual(['link "/aws/b/" points to no page — did you mean "/aws/a/"?']);
	expect(check('[a](#fix-2)')).toEqual(['link "#fix-2": /aws/a/ has no anchor "#fix-2" — did you mean "fix-1"?']);
	expect(check('[a](/aws/a)')).toEqual(['link "/aws/a" needs a trailing slash: "/aws/a/"']);
	expect(check('[a](../b/)')[0]).toContain('is relative');
});

test('a page whose anchors are unknown (its guide has other problems) accepts any anchor', () => {
	const withBroken = new Map([...pages, ['/aws/broken/', { anchors: undefined }]]);
	expect(checkLinks('f.mdx', '/aws/a/', [{ field: 'lead', text: '[x](/aws/broken/#fix-3)' }], withBroken)).toEqual([]);
});

test('a query string does not hide the page, and an encoded anchor is decoded', () => {
	expect(check('[a](/aws/a/?ref=x#fix-1) [b](#fix%2D1)')).toEqual([]);
	expect(check('[a](#%E0%A4%A)')[0]).toContain('has no anchor');
});
