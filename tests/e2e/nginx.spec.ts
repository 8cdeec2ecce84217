// Self-hosting as the README describes it: Debian's nginx on loopback, serving the built dist/
// with the server block the build wrote (dist/_nginx.conf's directives, plus one redirect made for
// this test, since no guide has moved yet). In Chromium: a guide, search, the 404 page and a
// redirect work, with every header on and no CSP violation.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { redirectsOf } from '../../src/redirects.ts';
import { guideUrl } from '../../src/routes.ts';
import { SECURITY_HEADERS } from '../../src/security/headers.ts';
import { nginxConf } from '../../src/security/nginx.ts';
import { guideIds, readGuide } from './site.ts';

const NGINX = '/usr/sbin/nginx';
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const S3 = 'aws/s3-access-denied';
const MOVED = '/aws/moved-for-this-test/';
const port = 4600 + Math.floor(Math.random() * 100);
const origin = `http://127.0.0.1:${port}`;
let nginx: ChildProcess | undefined;
let prefix = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	if (!existsSync(NGINX))
		throw new Error(`${NGINX} is missing: install Debian's nginx (.ci/run does)`);
	prefix = await mkdtemp(join(tmpdir(), 'fixerror-nginx-'));
	const redirects = [
		...redirectsOf(guideIds().map((id) => ({ id, data: readGuide(id) }))),
		{ from: MOVED, to: guideUrl(S3) },
	];
	await writeFile(join(prefix, 'site.conf'), nginxConf(redirects));
	// The generated directives, included in a server block as the README's example does.
	await writeFile(
		join(prefix, 'nginx.conf'),
		`${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
error_log ${prefix}/error.log;
pid ${prefix}/nginx.pid;
events { worker_connections 64; }
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	access_log off;
	client_body_temp_path ${prefix}/body;
	proxy_temp_path ${prefix}/proxy;
	fastcgi_temp_path ${prefix}/fastcgi;
	uwsgi_temp_path ${prefix}/uwsgi;
	scgi_temp_path ${prefix}/scgi;
	server {
		listen 127.0.0.1:${port};
		root ${dist};
		include ${prefix}/site.conf;
	}
}
`
	);
	nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
		stdio: ['ignore', 'inherit', 'inherit'],
	});
	for (let i = 0; i < 50; i++) {
		if (
			await fetch(`${origin}/`).then(
				() => true,
				() => false
			)
		)
			return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`nginx did not start: ${readFileSync(join(prefix, 'error.log'), 'utf8')}`);
});

test.afterAll(async () => {
	nginx?.kill();
	if (prefix) await rm(prefix, { recursive: true, force: true });
});

/** Console errors (a CSP violation is one) of everything the page does. */
function watch(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

test('a guide is served with every security header, HTML revalidated and bundles cached for good', async ({
	page,
}) => {
	const errors = watch(page);
	const response = await page.goto(`${origin}${guideUrl(S3)}`);
	expect(response?.status()).toBe(200);
	const headers = response!.headers();
	for (const [name, value] of SECURITY_HEADERS)
		expect(headers[name.toLowerCase()], name).toBe(value);
	expect(headers['cache-control']).toBe('no-cache');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(readGuide(S3).title);
	const css = await page.evaluate(
		() => document.querySelector<HTMLLinkElement>('link[rel=stylesheet]')!.href
	);
	const asset = await fetch(css, { headers: { 'accept-encoding': 'gzip' } });
	expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
	expect(asset.headers.get('content-encoding')).toBe('gzip');
	expect(asset.headers.get('content-security-policy')).toBe(SECURITY_HEADERS[0]![1]);
	expect((await fetch(`${origin}/_headers`)).status).toBe(404);
	expect(errors).toEqual([]);
});

test('search works under the header policy: Pagefind and the recogniser load and answer', async ({
	page,
}) => {
	const errors = watch(page);
	await page.goto(`${origin}/`);
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog', { name: 'Search the guides' });
	await dialog.getByRole('searchbox', { name: 'Search' }).fill(readGuide(S3).code);
	await expect(
		dialog.getByRole('list', { name: 'Search results' }).getByRole('link').first()
	).toBeVisible();
	expect(errors).toEqual([]);
});

test('an unknown address gets the 404 page with status 404, and an old path redirects in one hop', async ({
	page,
}) => {
	const errors = watch(page);
	const missing = await page.goto(`${origin}/no/such/page/`);
	expect(missing?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');

	for (const path of [MOVED, MOVED.replace(/\/$/, '')]) {
		const first = await fetch(`${origin}${path}`, { redirect: 'manual' });
		expect(first.status, path).toBe(301);
		expect(first.headers.get('location'), path).toBe(guideUrl(S3));
	}
	const landed = await page.goto(`${origin}${MOVED}`);
	expect(landed?.status()).toBe(200);
	expect(page.url()).toBe(`${origin}${guideUrl(S3)}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(readGuide(S3).title);
	// A folder without its slash goes to the slash, relative to whatever host serves it.
	const bare = await fetch(`${origin}/aws`, { redirect: 'manual' });
	expect([bare.status, bare.headers.get('location')]).toEqual([301, '/aws/']);
	// The 404 page is expected to log its own status; nothing else may.
	expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
});
