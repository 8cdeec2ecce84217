// Checks over every page of the built site, in Node: no browser is needed to read HTML, so these
// stay cheap at thousands of pages. Run after `npm run build` (`npm run test:site`).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { guideUrl } from '../../src/routes.ts';
import { cspMeta, headersFile } from '../../src/security/headers.ts';
import { builtPages, distFile, guideIds, readGuide } from '../e2e/site.ts';

const SITE = 'https://fixerror.dev';
const pages = builtPages();
const html = (path: string) => readFileSync(distFile(path), 'utf8');
const head = (page: string) => page.slice(0, page.indexOf('</head>'));
const decode = (text: string) =>
	text
		.replaceAll('&amp;', '&')
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'");

test('the site has pages to check', () => {
	expect(pages).toContain('/');
	expect(pages).toContain('/404.html');
	expect(pages.length).toBeGreaterThan(guideIds().length);
});

test('every guide in content/ has a page with its own title and heading', () => {
	for (const id of guideIds()) {
		const { title } = readGuide(id);
		const page = html(guideUrl(id));
		expect(decode(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page)?.[1] ?? ''), id).toBe(title);
		expect(decode(/<title>([^<]*)<\/title>/.exec(page)?.[1] ?? ''), id).toBe(`${title} | fixerror`);
	}
});

describe('every page', () => {
	test('starts its head with the charset, then the Content-Security-Policy, before any script', () => {
		for (const path of pages) {
			const top = head(html(path));
			const order = [
				'<meta charset="utf-8">',
				'<meta http-equiv="content-security-policy"',
				'<script',
			].map((tag) => top.indexOf(tag));
			expect(order[0], path).toBe(top.indexOf('<meta'));
			expect(order[1], path).toBeGreaterThan(order[0]!);
			expect(top.indexOf('<meta', order[0]! + 1), path).toBe(order[1]);
			expect(order[2] === -1 || order[2]! > order[1]!, path).toBe(true);
			expect(
				decode(/http-equiv="content-security-policy" content="([^"]*)"/.exec(top)?.[1] ?? ''),
				path
			).toBe(cspMeta());
		}
	});

	test('has no inline style, and no inline script but the theme script the policy allows by hash (JSON-LD is data, never run)', () => {
		const allowed = /'sha256-([^']+)'/.exec(cspMeta())![1];
		for (const path of pages) {
			const page = html(path);
			expect(page, path).not.toMatch(/\sstyle="/);
			expect(page, path).not.toMatch(/<style[\s>]/);
			const inline = [
				...page.matchAll(
					/<script(?![^>]*\ssrc=)(?![^>]*application\/ld\+json)([^>]*)>([\s\S]*?)<\/script>/g
				),
			];
			expect(
				inline.map((m) => createHash('sha256').update(m[2]!).digest('base64')),
				path
			).toEqual([allowed]);
		}
	});

	test('names its canonical URL, except the 404 page, which asks not to be indexed', () => {
		for (const path of pages) {
			const top = head(html(path));
			if (path === '/404.html') {
				expect(top).toContain('<meta name="robots" content="noindex">');
				expect(top).not.toContain('rel="canonical"');
			} else
				expect(/<link rel="canonical" href="([^"]+)"/.exec(top)?.[1], path).toBe(`${SITE}${path}`);
		}
	});
});

test('_headers is written from the same policy as the pages', () => {
	expect(existsSync(distFile('/_headers'))).toBe(true);
	expect(readFileSync(distFile('/_headers'), 'utf8')).toBe(headersFile());
});
