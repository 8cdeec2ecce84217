import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../security/headers.ts';

/**
 * Writes `dist/_headers` (the format Netlify and Cloudflare Pages read) from the same policy as
 * every page's `<meta>` CSP, with what a meta tag cannot carry: `frame-ancestors`, HSTS,
 * `nosniff`, the referrer policy and caching.
 *
 * @example integrations: [securityHeaders()]
 */
export function securityHeaders() {
	return {
		name: 'fixerror:security-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				await writeFile(new URL('_headers', dir), headersFile());
				logger.info('wrote _headers');
			},
		},
	} satisfies AstroIntegration;
}
