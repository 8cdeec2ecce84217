// Benchmark: builds the site (timed), then prints what each page costs a reader: HTML, CSS and
// JS, raw and gzipped. Prints figures for people to read and compare; it asserts nothing.
// Usage: npm run bench   (or `npm run bench -- --no-build` to measure the existing dist/)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('../../', import.meta.url);
const dist = new URL('dist/', root);

interface Weight {
	raw: number;
	gzip: number;
}

const weigh = (bytes: Buffer | string): Weight => ({
	raw: Buffer.byteLength(bytes),
	gzip: gzipSync(bytes, { level: 9 }).length,
});
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const fmt = (w: Weight) => `${kb(w.raw).padStart(9)} ${kb(w.gzip).padStart(9)}`;

if (!process.argv.includes('--no-build')) {
	const start = performance.now();
	execFileSync('npx', ['astro', 'build'], {
		cwd: root,
		stdio: 'ignore',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	console.log(
		`build: ${((performance.now() - start) / 1000).toFixed(2)} s (npx astro build, wall clock)\n`
	);
}

const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
	.filter((f) => f.endsWith('.html'))
	.sort();

console.log(
	`${'page'.padEnd(44)} ${'HTML raw'.padStart(9)} ${'gzip'.padStart(9)} ${'CSS raw'.padStart(9)} ${'gzip'.padStart(9)} ${'JS raw'.padStart(9)} ${'gzip'.padStart(9)}`
);
for (const page of pages) {
	const html = readFileSync(new URL(page, dist), 'utf8');
	const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)]
		.map((m) => weigh(readFileSync(new URL(`.${m[1]}`, dist))))
		.reduce(add, { raw: 0, gzip: 0 });
	// Inline module scripts are part of the HTML bytes; external ones are fetched separately.
	const inlineJs = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)]
		.map((m) => m[1] ?? '')
		.join('');
	const externalJs = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)]
		.map((m) => weigh(readFileSync(new URL(`.${m[1]}`, dist))))
		.reduce(add, { raw: 0, gzip: 0 });
	const js = add(weigh(inlineJs), externalJs);
	console.log(`${('/' + page).padEnd(44)} ${fmt(weigh(html))} ${fmt(css)} ${fmt(js)}`);
}
console.log(
	'\nHTML includes inline scripts; JS counts inline plus external script bytes (gzip of JS alone).'
);
