import type { APIRoute } from 'astro';
import { sitemapUrl } from '../routes.ts';

// Every page may be crawled; the sitemap lists them.
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(sitemapUrl(), site)}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
