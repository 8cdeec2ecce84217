// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentValidation } from './src/integrations/content-validation.ts';
import { siteInventory } from './src/integrations/site-inventory.ts';
import { THEME_INIT_HASH } from './src/scripts/theme-init.ts';
import { codeBlockA11y } from './src/utils/code-block-a11y.ts';
import { shikiThemes } from './src/utils/code-themes.ts';

// Static output only: every page is built ahead of time and readable without JavaScript.
export default defineConfig({
	site: 'https://fixerror.dev',
	output: 'static',
	trailingSlash: 'always',
	integrations: [
		// First: bad content stops the build before Astro reads any of it.
		contentValidation(),
		mdx(),
		sitemap(),
		// After sitemap, whose file it reads.
		siteInventory(),
	],
	markdown: {
		// Fenced code in MDX bodies gets the same themes as the guide's code samples.
		shikiConfig: { themes: shikiThemes, defaultColor: 'light-dark()', transformers: [codeBlockA11y()] },
	},
	security: {
		// A strict policy in a <meta> tag on every page: only our own origin, scripts and styles
		// by hash. Shiki colours tokens with inline style attributes, so those (and only those)
		// are allowed inline; an attribute cannot run script. Astro's build warns that Shiki and
		// CSP clash: `style-src-attr` is how this policy answers that warning.
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { hashes: [THEME_INIT_HASH] },
			styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
		},
	},
	devToolbar: { enabled: false },
	vite: {
		build: {
			rollupOptions: {
				// Astro's own MDX glue carries a "use astro:head-inject" directive that the bundler
				// warns about once per guide; it is harmless, and its noise would hide real warnings.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
