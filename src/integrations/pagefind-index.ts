import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Characters Pagefind keeps inside words, so codes and actions are searchable as typed:
 * `PERMISSION_DENIED`, `kms:Decrypt`, `storage.objects.get`, `E401`, `AADSTS7000215`.
 */
export const SEARCH_WORD_CHARACTERS = '_:.-';

/**
 * Indexes the built site with Pagefind's Node API at the end of `astro build`, so `dist/` is
 * searchable without another command. Only guide content is indexed: a guide's `<article>`
 * carries `data-pagefind-body`, so pages without one (listings, the 404) are left out, and the
 * header, breadcrumb and footer are marked `data-pagefind-ignore`. Codes and aliases are weighted
 * in the markup (src/components/guide/GuideHeader.astro), metadata and filters too.
 */
export function pagefindIndex() {
	return {
		name: 'fixerror:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { index, errors } = await pagefind.createIndex({
					includeCharacters: SEARCH_WORD_CHARACTERS,
					forceLanguage: 'en',
				});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: fileURLToPath(dir) });
				if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
				const written = await index.writeFiles({
					outputPath: fileURLToPath(new URL('pagefind/', dir)),
				});
				if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
				await pagefind.close();
				const entry = JSON.parse(
					await readFile(new URL('pagefind/pagefind-entry.json', dir), 'utf8')
				) as { languages: Record<string, { page_count: number }> };
				const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
				logger.info(`indexed ${pages} guides in ${Math.round(performance.now() - started)} ms`);
			},
		},
	} satisfies AstroIntegration;
}
