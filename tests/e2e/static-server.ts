// Serves the built `dist/` the way Netlify or Cloudflare Pages would: files as they are, `/x/`
// from `x/index.html`, the 404 page with status 404, the redirects of `dist/_redirects`, and the
// headers of `dist/_headers` applied,
// so the end-to-end tests run under the real Content-Security-Policy header.
// Usage: node tests/e2e/static-server.ts [port]
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type RequestListener } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface HeaderRule {
	pattern: string;
	headers: Array<[string, string]>;
}

/** Parses the `_headers` format: a path pattern on its own line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: [] });
			continue;
		}
		const colon = line.indexOf(':');
		const rule = rules.at(-1);
		if (!rule || colon === -1) throw new Error(`_headers: cannot read "${line}"`);
		rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

/** The headers for a path: every matching rule's, in order (`*` matches any run of characters). */
export function headersFor(path: string, rules: readonly HeaderRule[]): Array<[string, string]> {
	const matches = (pattern: string) =>
		new RegExp(
			`^${pattern
				.split('*')
				.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
				.join('.*')}$`
		).test(path);
	return rules.filter((rule) => matches(rule.pattern)).flatMap((rule) => rule.headers);
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.ico': 'image/x-icon',
};

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt']);

/**
 * The request handler of a static host over `dist`. With `compress`, text is sent gzipped to a
 * client that accepts it, as every host in the README does (the performance benchmark measures
 * what readers download).
 */
export function siteHandler(dist: string, { compress = false } = {}): RequestListener {
	const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
	// `_redirects` as Netlify and Cloudflare Pages read it: `from to status` per line.
	const moved = new Map<string, [string, number]>();
	if (existsSync(join(dist, '_redirects')))
		for (const line of readFileSync(join(dist, '_redirects'), 'utf8').split('\n')) {
			const [from, to, status] = line.trim().split(/\s+/);
			if (from && to && !from.startsWith('#')) moved.set(from, [to, Number(status ?? 301)]);
		}
	return async (request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		const file = normalize(join(dist, path.endsWith('/') ? `${path}index.html` : path));
		const send = async (status: number, target: string) => {
			for (const [name, value] of headersFor(path, rules)) response.setHeader(name, value);
			const body = await readFile(target);
			const gzip =
				compress &&
				COMPRESSIBLE.has(extname(target)) &&
				/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
			response.writeHead(status, {
				'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream',
				...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
			});
			response.end(gzip ? gzipSync(body) : body);
		};
		if (!file.startsWith(dist)) return void response.writeHead(400).end();
		const redirect = moved.get(path);
		if (redirect) return void response.writeHead(redirect[1], { Location: redirect[0] }).end();
		try {
			const info = await stat(file);
			// `/aws` is a folder: send the reader to `/aws/`, as static hosts do.
			if (info.isDirectory()) return void response.writeHead(301, { Location: `${path}/` }).end();
			await send(200, file);
		} catch {
			await send(404, join(dist, '404.html'));
		}
	};
}

/** Serves `dist` on `port` of 127.0.0.1 (see `siteHandler`). */
export function serve(dist: string, port: number, options: { compress?: boolean } = {}) {
	const server = createServer(siteHandler(dist, options));
	return new Promise<typeof server>((resolve) =>
		server.listen(port, '127.0.0.1', () => resolve(server))
	);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const port = Number(process.argv[2] ?? 4399);
	await serve(fileURLToPath(new URL('../../dist', import.meta.url)), port);
	console.log(`serving dist/ with its _headers on http://127.0.0.1:${port}/`);
}
