import { readFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { classifyFiles } from '../content-checks/files.ts';
import { compareInventory } from '../content-checks/inventory.ts';
import { formatProblem } from '../content-checks/problem.ts';
import { listContentFiles } from '../content-checks/validate.ts';
import { guideUrl, notFoundUrl } from '../routes.ts';

/** The route that renders guides, as Astro names it in `astro:build:done`'s `assets`. */
const GUIDE_ROUTE = '/[provider]/[slug]';

const locations = (xml: string) =>
	[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

/** Every page path the sitemap lists, following the index to each of its sitemap files. */
async function sitemapLocations(dir: URL): Promise<string[]> {
	const index = await readFile(new URL('sitemap-index.xml', dir), 'utf8');
	const files = locations(index).map((path) => new URL(`.${path}`, dir));
	return (
		await Promise.all(files.map(async (file) => locations(await readFile(file, 'utf8'))))
	).flat();
}

/** `dist/aws/foo/index.html` → `/aws/foo/` */
const pathOf = (file: URL, dir: URL) =>
	`/${file.href.slice(dir.href.length).replace(/index\.html$/, '')}`;

/**
 * After the build, checks that the guides in `content/`, the pages the guide route wrote and the
 * guide URLs in the sitemap are the same set, and that every other page but the 404 page is in
 * the sitemap too, so no page is ever dropped on the way. Must come after `@astrojs/sitemap`,
 * which writes the sitemap in the same hook.
 */
export function siteInventory() {
	let root: URL;
	return {
		name: 'fixerror:site-inventory',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.root;
			},
			'astro:build:done': async ({ dir, pages, assets, logger }) => {
				const guideRoute = assets.get(GUIDE_ROUTE);
				if (!guideRoute)
					throw new Error(
						`site inventory: no route ${GUIDE_ROUTE} among ${[...assets.keys()].join(', ')}`
					);
				// Which files are guides needs only their paths.
				const files = (await listContentFiles(root)).map((path) => ({ path, source: '' }));
				const content = classifyFiles(files).guides.map((g) => guideUrl(g.id));
				const built = new Set(guideRoute.map((file) => pathOf(file, dir)));
				const sitemap = new Set(await sitemapLocations(dir));
				const guides = new Set(content);
				const problems = compareInventory({
					content,
					pages: built,
					sitemap: [...sitemap].filter((path) => built.has(path) || guides.has(path)),
				});
				for (const { pathname } of pages) {
					const path = `/${pathname}`;
					if (!sitemap.has(path) && path !== notFoundUrl() && path !== '/404/')
						problems.push({ file: 'dist/', field: path, message: 'built but not in the sitemap' });
				}
				if (problems.length > 0)
					throw new Error(
						`the built site does not match the content:\n${problems.map(formatProblem).join('\n')}`
					);
				logger.info(
					`${content.length} guides: ${built.size} guide pages, all ${sitemap.size} sitemap entries built`
				);
			},
		},
	} satisfies AstroIntegration;
}
