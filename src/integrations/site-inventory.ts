import { readFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { compareInventory } from '../content-checks/inventory.ts';
import { formatProblem } from '../content-checks/problem.ts';
import { readContentFiles } from '../content-checks/validate.ts';
import { classifyFiles } from '../content-checks/files.ts';

const GUIDE_PATH = /^\/[a-z0-9-]+\/[a-z0-9-]+\/$/;

const locations = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!));

/** Every page path the sitemap lists, following the index to each of its sitemap files. */
async function sitemapLocations(dir: URL): Promise<string[]> {
	const index = await readFile(new URL('sitemap-index.xml', dir), 'utf8');
	const files = locations(index).map((url) => new URL(`.${url.pathname}`, dir));
	const pages = await Promise.all(files.map(async (file) => locations(await readFile(file, 'utf8'))));
	return pages.flat().map((url) => url.pathname);
}

/**
 * After the build, checks that the guides in `content/`, the guide pages in `dist/` and the
 * guide URLs in the sitemap are the same set, so no guide is ever dropped on the way.
 * Must come after `@astrojs/sitemap`, which writes the sitemap in the same hook.
 */
export function siteInventory() {
	let root: URL;
	return {
		name: 'fixerror:site-inventory',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.root;
			},
			'astro:build:done': async ({ dir, pages, logger }) => {
				const { guides } = classifyFiles(await readContentFiles(root));
				const sitemapPaths = await sitemapLocations(dir);
				const problems = compareInventory({
					content: guides.map((g) => `/${g.id}/`),
					pages: pages.map((p) => `/${p.pathname}`).filter((p) => GUIDE_PATH.test(p)),
					sitemap: sitemapPaths.filter((p) => GUIDE_PATH.test(p)),
				});
				if (problems.length > 0) throw new Error(`the built site does not match the content:\n${problems.map(formatProblem).join('\n')}`);
				logger.info(`${guides.length} guides: ${guides.length} pages, ${guides.length} sitemap entries`);
			},
		},
	} satisfies AstroIntegration;
}
