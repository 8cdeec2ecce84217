import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { redirectFile, redirectPage, redirectsFile, type Redirect } from '../redirects.ts';
import { redirectsDataUrl } from '../routes.ts';
import { cspMeta } from '../security/headers.ts';
import { nginxConf } from '../security/nginx.ts';

/**
 * After the build: `dist/_redirects`, `dist/_nginx.conf` and a page at every old path of a guide,
 * from the list the site itself wrote (`/redirects.json`, built from the content).
 *
 * @example integrations: [redirects()]
 */
export function redirects() {
	let site = '';
	return {
		name: 'fixerror:redirects',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ?? '';
			},
			'astro:build:done': async ({ dir, logger }) => {
				const list = JSON.parse(
					await readFile(new URL(`.${redirectsDataUrl()}`, dir), 'utf8')
				) as Redirect[];
				await writeFile(new URL('_redirects', dir), redirectsFile(list));
				// Self-hosting: the same redirects, headers and cache rules as nginx directives.
				await writeFile(new URL('_nginx.conf', dir), nginxConf(list));
				for (const redirect of list) {
					const file = new URL(redirectFile(redirect.from), dir);
					// The content check keeps old paths off live pages; never overwrite one anyway.
					if (existsSync(file)) throw new Error(`redirect from ${redirect.from}: a page is there`);
					await mkdir(new URL('.', file), { recursive: true });
					await writeFile(file, redirectPage(redirect, site, cspMeta()));
				}
				logger.info(`wrote _redirects, _nginx.conf and ${list.length} redirect pages`);
			},
		},
	} satisfies AstroIntegration;
}
