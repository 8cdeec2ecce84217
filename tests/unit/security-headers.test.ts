import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { THEME_INIT_SCRIPT } from '../../src/scripts/theme-init.ts';
import { cspHeader, cspMeta, headersFile } from '../../src/security/headers.ts';
import { parseHeadersFile } from '../e2e/static-server.ts';

test('the policy allows the theme script by its hash, and nothing from another origin', () => {
	const hash = `'sha256-${createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64')}'`;
	expect(cspMeta()).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash}`);
	expect(cspMeta()).toMatch(/^default-src 'none'; /);
	// 'wasm-unsafe-eval' lets Pagefind compile WebAssembly; it allows no eval of JavaScript.
	expect(cspMeta()).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
});

test('frame-ancestors is in the header only: a meta policy cannot carry it', () => {
	expect(cspMeta()).not.toContain('frame-ancestors');
	expect(cspHeader()).toBe(`${cspMeta()}; frame-ancestors 'none'`);
});

test('_headers gives every path the security headers, and hashed assets a year of cache', () => {
	const rules = parseHeadersFile(headersFile());
	expect(rules.map((r) => r.pattern)).toEqual(['/*', '/_astro/*']);
	const all = new Map(rules[0]!.headers);
	expect(all.get('Content-Security-Policy')).toBe(cspHeader());
	expect(all.get('X-Content-Type-Options')).toBe('nosniff');
	expect(
		Number(/max-age=(\d+)/.exec(all.get('Strict-Transport-Security') ?? '')?.[1])
	).toBeGreaterThanOrEqual(15_552_000);
	expect(all.get('Referrer-Policy')).toBe('no-referrer');
	expect(new Map(rules[1]!.headers).get('Cache-Control')).toBe(
		'public, max-age=31536000, immutable'
	);
});
