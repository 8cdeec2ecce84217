import { expect, test } from 'vitest';
import { compareInventory } from '../../src/content-checks/inventory.ts';
import { classifyFiles, toSlug } from '../../src/content-checks/files.ts';

test('the same set three ways is fine', () => {
	const set = ['/aws/a/', '/aws/b/'];
	expect(compareInventory({ content: set, pages: set, sitemap: set })).toEqual([]);
});

test('a guide missing from the pages or the sitemap is reported', () => {
	const problems = compareInventory({
		content: ['/aws/a/', '/aws/b/'],
		pages: ['/aws/a/'],
		sitemap: ['/aws/a/', '/aws/c/'],
	});
	expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
		'/aws/b/: in the content but not in the built pages',
		'/aws/b/: in the content but not in the sitemap',
		'/aws/c/: in the sitemap but not in the content',
		'/aws/c/: in the sitemap but not in the built pages',
	]);
});

test('every content file is classified or reported; hidden files are skipped', () => {
	const { guides, providers, problems } = classifyFiles([
		{ path: 'content/errors/aws/a.mdx', source: '' },
		{ path: 'content/errors/aws/deep/b.mdx', source: '' },
		{ path: 'content/errors/c.mdx', source: '' },
		{ path: 'content/errors/aws/.DS_Store', source: '' },
		{ path: 'content/providers/aws.json', source: '' },
		{ path: 'content/providers/gcp.yaml', source: '' },
	]);
	expect(guides.map((g) => g.id)).toEqual(['aws/a']);
	expect(providers.map((p) => p.id)).toEqual(['aws']);
	expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
		'content/errors/aws/deep/b.mdx: not a guide: guides are content/errors/<provider>/<slug>.mdx (no nested folders)',
		"content/errors/c.mdx: not a guide: guides are content/errors/<provider>/<slug>.mdx (put it in its provider's folder)",
		'content/providers/gcp.yaml: not a provider: providers are JSON files, content/providers/<provider>.json',
	]);
});

test('suggests a slug for a file name', () => {
	expect(toSlug('AccessDenied_Exception')).toBe('access-denied-exception');
	expect(toSlug('Éclair  v2')).toBe('eclair-v2');
});
