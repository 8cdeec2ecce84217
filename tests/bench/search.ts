// Benchmark: what search costs. In Chromium against the built site: the bytes the first search
// fetches (raw, and gzipped as a host would send them) and the time from pasting an error to its
// results, cold and warm. In Node: the recogniser's time on a megabyte of hostile input. Prints
// figures; asserts nothing. Usage: npm run bench:search   (run `npm run build` first)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { validateContent } from '../../src/content-checks/validate.ts';
import { guideIndexFor } from '../../src/search/index-from-content.ts';
import { shardIndex } from '../../src/search/index-shards.ts';
import { errorFixtures } from '../search/fixtures.ts';
import { recogniserFromShards } from '../search/from-shards.ts';
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
	// Until the right guide is the first result (a sure answer shows before full-text results),
	// then until the full-text results are in too (the status counts them).
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
		const answer = performance.now() - start;
		const answerFetched = [...fetched];
		await page.waitForFunction(() =>
			/results?\.$/.test(document.querySelector('fe-search-box .search-status')?.textContent ?? '')
		);
		return { answer, full: performance.now() - start, answerFetched };
	};
	const cold = await time(paste.text, titleOf(paste.expect!));
	const allFetched = [...fetched];
	const warm = await time('ExpiredToken', titleOf('aws/expired-token'));
	await context.close();
	return { cold, warm, fetched: allFetched, answerFetched: cold.answerFetched };
}

const runs = [];
const { guides, providers } = await validateContent(new URL('../../', import.meta.url));
const titleOf = (id: string) => guides.find((g) => g.id === id)!.data.title;
for (let i = 0; i < 5; i++) runs.push(await firstSearch());
await browser.close();
server.close();

/** Bytes of files fetched, raw and gzipped as a host would send them. */
function weigh(paths: string[]) {
	let raw = 0;
	let gzip = 0;
	for (const path of paths.filter((p) => !p.endsWith('/'))) {
		const bytes = readFileSync(new URL(`.${path}`, dist));
		raw += bytes.length;
		gzip += gzipSync(bytes, { level: 9 }).length;
	}
	return `${paths.filter((p) => !p.endsWith('/')).length} files, ${kb(raw)} raw, ${kb(gzip)} gzipped`;
}
const files = runs[0]!.fetched.filter((path) => !path.endsWith('/'));
console.log(`first search (a ${paste.text.split('\n').length}-line boto3 traceback pasted on /):`);
console.log(`  requested by the time the answer shows: ${weigh(runs[0]!.answerFetched)}`);
console.log(`  requested by the time full-text results show: ${weigh(files)}`);
for (const path of files) console.log(`    ${path}`);
console.log(
	`  paste to the answer, cold (loads search): median ${median(runs.map((r) => r.cold.answer)).toFixed(0)} ms of ${runs.length}; to full-text results ${median(runs.map((r) => r.cold.full)).toFixed(0)} ms`
);
console.log(
	`  typed query to results, warm: median ${median(runs.map((r) => r.warm.full)).toFixed(0)} ms (includes the 120 ms debounce)`
);

// As the browser does it: the keys of the text pick the shards, the shards make the index.
const { head, shards } = shardIndex(guideIndexFor(guides, providers), () => 'digest');
const recogniseFromShards = recogniserFromShards(head, shards);
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
console.log('\nrecogniser on 1 MB of hostile input, from its shards (median of 5, Node):');
for (const [name, text] of hostile) {
	const times = [];
	for (let i = 0; i < 5; i++) {
		const start = performance.now();
		recogniseFromShards(text);
		times.push(performance.now() - start);
	}
	console.log(
		`  ${name.padEnd(24)} ${(text.length / MB).toFixed(2)} MB  ${median(times).toFixed(1)} ms`
	);
}

const gz = (value: unknown) => gzipSync(JSON.stringify(value)).length;
const shardSizes = shards.map(gz).sort((a, b) => a - b);
const loads = errorFixtures.map((fixture) => recogniseFromShards(fixture.text));
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
console.log(
	`\nrecogniser index (/search/recogniser/): ${guides.length} guides in ${shards.length} shards; head ${kb(gz(head))} gzipped (${head.keys.length} keys), shards median ${kb(shardSizes[shardSizes.length >> 1]!)}, largest ${kb(shardSizes.at(-1)!)} gzipped; whole index as one file ${kb(gz(guideIndexFor(guides, providers)))} gzipped`
);
console.log(
	`  per message of the ${loads.length} fixtures: ${mean(loads.map((l) => l.shards)).toFixed(1)} shards, ${mean(loads.map((l) => l.guides)).toFixed(1)} of ${guides.length} guides loaded`
);
