// Benchmark: what search costs. In Chromium against the built site: the bytes the first search
// fetches (raw, and gzipped as a host would send them) and the time from pasting an error to its
// results, cold and warm. In Node: the recogniser's time on a megabyte of hostile input. Prints
// figures; asserts nothing. Usage: npm run bench:search   (run `npm run build` first)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { validateContent } from '../../src/content-checks/validate.ts';
import { guideIndexFor } from '../../src/search/index-from-content.ts';
import { createRecogniser, recognise } from '../../src/search/recognise.ts';
import { errorFixtures } from '../search/fixtures.ts';
import { serve } from '../e2e/static-server.ts';

const dist = new URL('../../dist/', import.meta.url);
const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

// A real multi-line paste: the longest boto3 traceback of the fixtures.
const paste = errorFixtures
	.filter((f) => f.form.startsWith('boto3') && f.expect)
	.sort((a, b) => b.text.length - a.text.length)[0]!;

const port = 4500 + Math.floor(Math.random() * 400);
const server = await serve(new URL(dist).pathname, port);
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
});

async function firstSearch() {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`http://127.0.0.1:${port}/`);
	const fetched = new Set<string>();
	page.on('request', (request) => fetched.add(new URL(request.url()).pathname));
	const field = page.getByRole('textbox', { name: 'Search' });
	const list = page.getByRole('list', { name: 'Search results' });
	const time = async (text: string, expected: string) => {
		await field.fill('');
		await list.waitFor({ state: 'hidden' });
		const start = performance.now();
		await field.fill(text);
		await page.waitForFunction(
			(title) =>
				document.querySelector('fe-search-box ol.search-results a.result-title')?.textContent ===
				title,
			expected
		);
		return performance.now() - start;
	};
	const cold = await time(paste.text, titleOf(paste.expect!));
	const firstFetched = [...fetched];
	const warm = await time('ExpiredToken', titleOf('aws/expired-token'));
	await context.close();
	return { cold, warm, fetched: firstFetched };
}

const runs = [];
const { guides, providers } = await validateContent(new URL('../../', import.meta.url));
const titleOf = (id: string) => guides.find((g) => g.id === id)!.data.title;
for (let i = 0; i < 5; i++) runs.push(await firstSearch());
await browser.close();
server.close();

const files = runs[0]!.fetched.filter((path) => !path.endsWith('/'));
let raw = 0;
let gzip = 0;
for (const path of files) {
	const bytes = readFileSync(new URL(`.${path}`, dist));
	raw += bytes.length;
	gzip += gzipSync(bytes, { level: 9 }).length;
}
console.log(`first search (a ${paste.text.split('\n').length}-line boto3 traceback pasted on /):`);
console.log(`  files fetched: ${files.length}, ${kb(raw)} raw, ${kb(gzip)} gzipped`);
for (const path of files) console.log(`    ${path}`);
console.log(
	`  paste to results, cold (loads search): median ${median(runs.map((r) => r.cold)).toFixed(0)} ms of ${runs.length}`
);
console.log(
	`  typed query to results, warm: median ${median(runs.map((r) => r.warm)).toFixed(0)} ms (includes the 120 ms debounce)`
);

const recogniser = createRecogniser(guideIndexFor(guides, providers));
const MB = 1 << 20;
const hostile: Array<[string, string]> = [
	['punctuation run', '.:-/_'.repeat(MB / 5)],
	['open brackets', '(['.repeat(MB / 2)],
	['nested brackets', '([{'.repeat(MB / 6) + '}])'.repeat(MB / 6)],
	['repeated separators', ' , ; '.repeat(MB / 5)],
	['random words', Array.from({ length: MB / 8 }, (_, i) => `w${(i * 7919) % 10007}x`).join(' ')],
	['wrapper prefixes', 'An error occurred ('.repeat(MB / 19)],
	['hosts', 'x.amazonaws.com'.repeat(MB / 15)],
	['real error at the end', `${'noise '.repeat(MB / 6)}\n${paste.text}`],
];
console.log('\nrecogniser on 1 MB of hostile input (median of 5, Node):');
for (const [name, text] of hostile) {
	const times = [];
	for (let i = 0; i < 5; i++) {
		const start = performance.now();
		recognise(text, recogniser);
		times.push(performance.now() - start);
	}
	console.log(
		`  ${name.padEnd(24)} ${(text.length / MB).toFixed(2)} MB  ${median(times).toFixed(1)} ms`
	);
}
const index = JSON.stringify(recogniser.index);
console.log(
	`\nguide index (/search/guides.json): ${guides.length} guides, ${kb(index.length)} raw, ${kb(gzipSync(index).length)} gzipped`
);
