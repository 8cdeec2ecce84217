import { readdirSync, readFileSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import { splitFrontmatter } from '../../src/content-checks/frontmatter.ts';
import { buildGraph, type Graph } from '../../src/graph/graph.ts';
import { guideUrl } from '../../src/routes.ts';
import { guideSchema, type GuideData } from '../../src/schemas/guide.ts';

const contentDir = new URL('../../content/', import.meta.url);
const distDir = new URL('../../dist/', import.meta.url);

/** Guide ids (`aws/s3-access-denied`) as they are on disk: the pages the build must produce. */
export function guideIds(): string[] {
	return readdirSync(new URL('errors/', contentDir), { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.mdx'))
		.map((file) => file.replace(/\.mdx$/, ''))
		.sort();
}

/** A guide's frontmatter read straight from its source file, to compare the page against. */
export function readGuide(id: string): GuideData {
	const source = readFileSync(new URL(`errors/${id}.mdx`, contentDir), 'utf8');
	return guideSchema.parse(splitFrontmatter(source).data);
}

/** The short name of a guide's provider (`AWS`), from its provider file. */
export function providerName(guideId: string): string {
	const provider = guideId.slice(0, guideId.indexOf('/'));
	return (
		JSON.parse(readFileSync(new URL(`providers/${provider}.json`, contentDir), 'utf8')) as {
			name: string;
		}
	).name;
}

/** The related-errors graph of the content on disk, as the build makes it. */
export function siteGraph(): Graph {
	return buildGraph(
		guideIds().map((id) => {
			const guide = readGuide(id);
			return {
				id,
				title: guide.title,
				code: guide.code,
				provider: id.split('/')[0]!,
				services: guide.services,
				related: guide.related,
			};
		})
	);
}

/** The file in dist/ that a path is served from. */
export const distFile = (path: string) =>
	new URL(`.${path.endsWith('/') ? `${path}index.html` : path}`, distDir);

/** Every page of the built site: the sitemap's pages and the 404 page. */
export function builtPages(): string[] {
	const locations = (xml: string) =>
		[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
	const index = readFileSync(new URL('sitemap-index.xml', distDir), 'utf8');
	const pages = locations(index).flatMap((path) => locations(readFileSync(distFile(path), 'utf8')));
	return [...pages.sort(), '/404.html'];
}

/** While the site is this small, browser checks visit every page; beyond it, a sample. */
const EVERY_PAGE_UP_TO = 150;
const SAMPLE_GUIDES = 100;

/**
 * The pages the browser checks (axe, 360 px) visit: every page of a small site; for a large one,
 * every page that is not a guide plus 100 guides picked by a seed, printed so a failure can be
 * replayed with `SAMPLE_SEED=<seed>`.
 */
export function samplePages(): string[] {
	const pages = builtPages();
	if (pages.length <= EVERY_PAGE_UP_TO) return pages;
	const guides = new Set(guideIds().map(guideUrl));
	const seed = Number(process.env.SAMPLE_SEED ?? Date.now() % 100_000);
	console.log(`sampling ${SAMPLE_GUIDES} of ${guides.size} guides with SAMPLE_SEED=${seed}`);
	let state = seed;
	const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
	const pool = pages.filter((p) => guides.has(p));
	const picked = new Set<string>();
	while (picked.size < Math.min(SAMPLE_GUIDES, pool.length))
		picked.add(pool[Math.floor(next() * pool.length)]!);
	return [...pages.filter((p) => !guides.has(p)), ...picked];
}

export const IAM_GUIDE = guideUrl('aws/access-denied-exception');

/**
 * Every test fails if the page logs an error (a CSP violation is one) or sends a request
 * anywhere but our own origin: no analytics, fonts or CDN scripts, and nothing a reader pastes
 * leaves the browser.
 */
export const test = base.extend<{ expectedConsoleErrors: RegExp[]; pageProblems: void }>({
	/** Console errors a test provokes on purpose, such as the 404 status of a missing page. */
	expectedConsoleErrors: [[], { option: true }],
	pageProblems: [
		async ({ page, baseURL, expectedConsoleErrors }, use) => {
			const problems: string[] = [];
			const origin = new URL(baseURL!).origin;
			page.on('console', (message) => {
				if (message.type() !== 'error') return;
				if (expectedConsoleErrors.some((pattern) => pattern.test(message.text()))) return;
				problems.push(`console error: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
			page.on('request', (request) => {
				const url = request.url();
				if (!url.startsWith(origin) && !url.startsWith('data:'))
					problems.push(`request left the origin: ${url}`);
			});
			await use();
			expect(problems).toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };
