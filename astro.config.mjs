// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { guideDates } from './src/integrations/guide-dates.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { redirects } from './src/integrations/redirects.ts';
import { siteSettings } from './src/integrations/site-settings.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { siteInventory } from './src/integrations/site-inventory.ts';

// Astro's incremental build keeps a page when its config hash is unchanged, and that hash leaves
// out some options (`vite.build.cssCodeSplit`). Defining this file's own digest puts every change
// to it into the hash, so a changed config always rebuilds every page.
const configDigest = createHash('sha256')
	.update(readFileSync(fileURLToPath(import.meta.url)))
	.digest('hex');

// The one configured site URL: canonical URLs, the sitemap, feeds and structured data use it.
const site = 'https://fixerror.dev';
// A guide's `lastmod` in the sitemap is the day its facts were last checked.
const lastChecked = guideDates(new URL('./', import.meta.url));

/**
 * The cascade layers' order, first in the site's stylesheet. Vite concatenates styles in the order
 * pages import their modules, so a component's styles can come before global.css and its
 * `@layer reset, base, components, utilities;` statement; the first layer named would then rank
 * lowest. Stating the order at the very top makes it hold whatever the import order.
 */
function cascadeLayerOrder() {
	const order = readFileSync(new URL('./src/styles/global.css', import.meta.url), 'utf8').match(
		/^@layer [a-z, ]+;$/m
	)?.[0];
	if (!order) throw new Error('src/styles/global.css must declare its layer order');
	return {
		name: 'fixerror:cascade-layer-order',
		enforce: 'post',
		/** @param {unknown} _ @param {Record<string, { type: string; fileName: string; source?: unknown }>} bundle */
		generateBundle(_, bundle) {
			for (const file of Object.values(bundle))
				if (file.type === 'asset' && file.fileName.endsWith('.css'))
					file.source = `${order}${String(file.source)}`;
		},
	};
}

// Static output only: every page is built ahead of time and readable without JavaScript.
export default defineConfig({
	site,
	output: 'static',
	trailingSlash: 'always',
	integrations: [
		// For MDX pages under src/pages. Guides are loaded by src/loaders/content-loaders.ts and
		// their bodies rendered as Markdown, with no module compiled per guide.
		mdx(),
		siteSettings(),
		sitemap({
			serialize(item) {
				const date = lastChecked.get(new URL(item.url).pathname);
				return date ? { ...item, lastmod: date } : item;
			},
		}),
		// After sitemap, whose file it reads.
		siteInventory(),
		securityHeaders(),
		// Old paths of guides: _redirects and a page at each, after every page is written.
		redirects(),
		// Search: indexes dist/ once every page is written.
		pagefindIndex(),
	],
	build: {
		// Stylesheets and scripts are files, never inlined, so the Content-Security-Policy in
		// src/security/headers.ts allows them by origin ('self') and stays the same on every page.
		inlineStylesheets: 'never',
		// Pages are written while others render: on this kind of disk each file write waits about
		// 2 ms, and four at a time cut a 1,000-guide build by a fifth (npm run bench:scale).
		concurrency: 4,
	},
	experimental: {
		// Pages whose `cacheKey` (from getStaticPaths) and templates are unchanged are copied from
		// the last build instead of rendered again: a rebuild after one guide changes renders that
		// guide and the pages that show it.
		incrementalBuild: true,
	},
	devToolbar: { enabled: false },
	vite: {
		// One stylesheet for the whole site: one request, cached across pages.
		build: { assetsInlineLimit: 0, cssCodeSplit: false },
		plugins: [cascadeLayerOrder()],
		define: { 'import.meta.env.FIXERROR_CONFIG_DIGEST': JSON.stringify(configDigest) },
	},
});
