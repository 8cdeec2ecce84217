// What a search engine, a feed reader, a browser's address bar and a link preview see, read from
// the built site in Node: the head of every page, each guide's structured data against what the
// page shows, and the discovery files. Run after `npm run build` (`npm run test:site`).
import { existsSync, readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { guideUrl, socialImageUrl } from '../../src/routes.ts';
import { isoDate } from '../../src/utils/dates.ts';
import { builtPages, distFile, guideIds, readGuide } from '../e2e/site.ts';

const SITE = 'https://fixerror.dev';
const pages = builtPages();
const read = (path: string) => readFileSync(distFile(path), 'utf8');
const documentOf = (path: string) => parse(read(path));
const meta = (doc: HTMLElement, key: string) =>
	doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
const text = (element: HTMLElement | null | undefined) =>
	(element?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A file of dist/ for an absolute URL of the site. */
const fileOf = (url: string) => distFile(new URL(url).pathname);

describe('the head of every page', () => {
	test('has its language, a unique title and description, the theme colours, icons, search and feed', () => {
		const titles = new Map<string, string>();
		const descriptions = new Map<string, string>();
		for (const path of pages) {
			const doc = documentOf(path);
			expect(doc.querySelector('html')?.getAttribute('lang'), path).toBe('en');
			const title = text(doc.querySelector('title'));
			const description = meta(doc, 'description')!;
			expect(description, path).toBeTruthy();
			expect(
				titles.get(title),
				`${path} repeats the title of ${titles.get(title)}`
			).toBeUndefined();
			expect(descriptions.get(description), `${path} repeats a description`).toBeUndefined();
			titles.set(title, path);
			descriptions.set(description, path);
			expect(
				doc.querySelectorAll('meta[name="theme-color"]').map((m) => m.getAttribute('media')),
				path
			).toEqual(['(prefers-color-scheme: light)', '(prefers-color-scheme: dark)']);
			for (const icon of ['/favicon.ico', '/favicon.svg', '/apple-touch-icon.png']) {
				expect(doc.querySelector(`link[href="${icon}"]`), `${path} ${icon}`).not.toBeNull();
				expect(existsSync(distFile(icon)), icon).toBe(true);
			}
			const search = doc.querySelector('link[rel="search"]');
			expect(search?.getAttribute('type'), path).toBe('application/opensearchdescription+xml');
			expect(existsSync(distFile(search!.getAttribute('href')!))).toBe(true);
			const feed = doc.querySelector('link[rel="alternate"][type="application/rss+xml"]');
			expect(existsSync(distFile(feed!.getAttribute('href')!)), path).toBe(true);
		}
	});

	test('gives link previews a title, a description and a 1200x630 image that exists', () => {
		for (const path of pages) {
			const doc = documentOf(path);
			expect(meta(doc, 'og:title'), path).toBeTruthy();
			expect(meta(doc, 'og:description'), path).toBe(meta(doc, 'description'));
			expect(meta(doc, 'og:locale'), path).toBe('en_US');
			expect(meta(doc, 'twitter:card'), path).toBe('summary_large_image');
			const image = meta(doc, 'og:image')!;
			expect(image.startsWith(`${SITE}/og/`), path).toBe(true);
			expect(meta(doc, 'twitter:image'), path).toBe(image);
			const png = readFileSync(fileOf(image));
			// The PNG header holds the width and height (IHDR, big-endian, at bytes 16 and 20).
			expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
		}
	});

	test('a guide is an article: its own image, and the day its facts were checked', () => {
		for (const id of guideIds()) {
			const doc = documentOf(guideUrl(id));
			expect(meta(doc, 'og:type'), id).toBe('article');
			expect(meta(doc, 'og:image'), id).toBe(`${SITE}${socialImageUrl(id)}`);
			expect(meta(doc, 'article:modified_time')?.slice(0, 10), id).toBe(
				isoDate(readGuide(id).updated)
			);
		}
	});
});

describe('structured data', () => {
	/** The JSON-LD nodes of a page, by type. */
	const nodes = (doc: HTMLElement) => {
		const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
		expect(scripts).toHaveLength(1);
		const raw = scripts[0]!.rawText;
		expect(raw).not.toContain('<');
		const graph = JSON.parse(raw) as { '@context': string; '@graph': Array<Record<string, any>> };
		expect(graph['@context']).toBe('https://schema.org');
		return new Map(graph['@graph'].map((node) => [node['@type'] as string, node]));
	};

	test('says what each guide page shows: headline, date, breadcrumb, fixes in order, FAQs', () => {
		for (const id of guideIds()) {
			const doc = documentOf(guideUrl(id));
			const data = readGuide(id);
			const ld = nodes(doc);
			const article = ld.get('TechArticle')!;
			expect(article.headline, id).toBe(text(doc.querySelector('h1')));
			expect(article.description, id).toBe(meta(doc, 'description'));
			expect(article.dateModified, id).toBe(isoDate(data.updated));
			expect(article.url, id).toBe(`${SITE}${guideUrl(id)}`);
			expect(article.about.name, id).toBe(data.code);
			expect(
				article.citation.map((c: { url: string }) => c.url),
				id
			).toEqual(data.sources.map((s) => s.url));

			const crumbs = doc.querySelectorAll('nav[aria-label="Breadcrumb"] a');
			expect(
				ld
					.get('BreadcrumbList')!
					.itemListElement.map((item: Record<string, string>) => [
						item.name,
						new URL(item.item!).pathname + new URL(item.item!).hash,
					]),
				id
			).toEqual(crumbs.map((a) => [text(a), a.getAttribute('href')]));

			const steps = ld.get('HowTo')!.step as Array<Record<string, string>>;
			expect(
				steps.map((s) => s.name),
				id
			).toEqual(doc.querySelectorAll('ol.fixes > li > h3 > span:not(.step)').map(text));
			for (const step of steps)
				expect(doc.getElementById(new URL(step.url!).hash.slice(1)), step.url).not.toBeNull();

			const faq = ld.get('FAQPage');
			const questions = doc.querySelectorAll('.faqs details > summary').map(text);
			expect(faq?.mainEntity.map((q: { name: string }) => q.name) ?? [], id).toEqual(questions);
			for (const q of faq?.mainEntity ?? [])
				expect(q.acceptedAnswer.text.length).toBeGreaterThan(0);
		}
	});

	test('is only on guides', () => {
		for (const path of pages.filter((p) => !guideIds().some((id) => guideUrl(id) === p)))
			expect(documentOf(path).querySelector('script[type="application/ld+json"]'), path).toBeNull();
	});
});

describe('discovery files', () => {
	test('robots.txt allows crawling and points at a sitemap that exists', () => {
		const robots = read('/robots.txt');
		expect(robots).toMatch(/^User-agent: \*$/m);
		expect(robots).not.toMatch(/^Disallow: \/$/m);
		const sitemap = /^Sitemap: (\S+)$/m.exec(robots)![1]!;
		expect(sitemap.startsWith(SITE)).toBe(true);
		expect(existsSync(fileOf(sitemap))).toBe(true);
	});

	test('the sitemap gives every guide the day it was checked as lastmod', () => {
		const xml = readFileSync(distFile('/sitemap-0.xml'), 'utf8');
		for (const id of guideIds()) {
			const entry = new RegExp(`<loc>${SITE}${guideUrl(id)}</loc><lastmod>([^<]+)</lastmod>`).exec(
				xml
			);
			expect(entry?.[1]?.slice(0, 10), id).toBe(isoDate(readGuide(id).updated));
		}
	});

	test('the feed lists the most recently checked guides, newest first, each a live page', () => {
		const feed = parse(read('/feed.xml'));
		const items = feed.querySelectorAll('item');
		expect(items.length).toBe(Math.min(50, guideIds().length));
		const dates = items.map((item) => new Date(text(item.querySelector('pubDate'))).getTime());
		expect(dates).toEqual([...dates].sort((a, b) => b - a));
		for (const item of items) {
			const link = text(item.querySelector('guid')) || text(item.querySelector('link'));
			expect(link.startsWith(`${SITE}/`), link).toBe(true);
			expect(existsSync(fileOf(link)), link).toBe(true);
		}
	});

	test('OpenSearch sends the address bar to /search/?q=', () => {
		const xml = read('/opensearch.xml');
		expect(xml).toContain(`template="${SITE}/search/?q={searchTerms}"`);
		expect(xml).toContain('<ShortName>fixerror</ShortName>');
	});

	test('llms.txt links every guide once, with its description', () => {
		const llms = read('/llms.txt');
		expect(llms.startsWith('# fixerror\n')).toBe(true);
		for (const id of guideIds()) {
			const url = `${SITE}${guideUrl(id)}`;
			expect(llms.split(`](${url}):`).length - 1, id).toBe(1);
			expect(llms).toContain(`](${url}): ${readGuide(id).description}`);
		}
	});

	test('the 404 page offers search, the guides most errors lead to, and every provider', () => {
		const doc = documentOf('/404.html');
		expect(doc.querySelector('fe-search-box textarea')).not.toBeNull();
		expect(doc.querySelectorAll('.card-grid a').length).toBeGreaterThanOrEqual(3);
	});
});
