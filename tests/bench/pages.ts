// Benchmark: the performance budget of the pages readers land on, measured over the built site
// served gzipped as a host would. In Chromium: the bytes transferred to show each page (HTML, CSS,
// JS, gzip), the JavaScript that runs before search is opened, the requests that block rendering
// and the cumulative layout shift. Then Lighthouse's four category scores for each page. Prints
// figures against the budget; asserts nothing.
// Usage: npm run bench:pages   (run `npm run build` first; `--no-lighthouse` skips Lighthouse)
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from '@playwright/test';
import { guideUrl } from '../../src/routes.ts';
import { socialImage } from '../../src/seo/social-image.ts';
import { serve } from '../e2e/static-server.ts';
import { guideIds, readGuide } from '../e2e/site.ts';

const BUDGET = { guideKb: 30, scriptKb: 10, blocking: 1, cls: 0 };
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const PAGES = [
	['home', '/'],
	['guide', guideUrl('aws/access-denied-exception')],
	['provider', '/aws/'],
	['search', '/search/'],
	['graph', '/graph/'],
] as const;

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const port = 4900 + Math.floor(Math.random() * 90);
const origin = `http://127.0.0.1:${port}`;
const server = await serve(dist, port, { compress: true });
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mark = (ok: boolean) => (ok ? 'ok' : 'OVER BUDGET');

interface Measure {
	bytes: number;
	byType: Record<string, number>;
	scriptBytes: number;
	blocking: string[];
	cls: number;
}

const browser = await chromium.launch({ executablePath: CHROMIUM });

async function measure(path: string): Promise<Measure> {
	// A new context per page: an empty cache, as for a reader arriving from a search engine.
	const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
	const page = await context.newPage();
	// Layout shifts from the first paint on, including those before the load event.
	await page.addInitScript(() => {
		(window as unknown as { __cls: number }).__cls = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as Array<
				PerformanceEntry & { value: number; hadRecentInput: boolean }
			>)
				if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto(origin + path, { waitUntil: 'networkidle' });
	await page.waitForTimeout(500);
	const result = await page.evaluate(() => {
		const entries = performance.getEntriesByType('resource') as Array<
			PerformanceResourceTiming & { renderBlockingStatus?: string }
		>;
		const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		return {
			html: navigation.transferSize,
			resources: entries.map((e) => ({
				name: new URL(e.name).pathname,
				type: e.initiatorType,
				size: e.transferSize,
				blocking: e.renderBlockingStatus === 'blocking',
			})),
			cls: (window as unknown as { __cls: number }).__cls,
		};
	});
	await context.close();
	const byType: Record<string, number> = { html: result.html };
	for (const r of result.resources) {
		const type = r.name.endsWith('.css') ? 'css' : r.name.endsWith('.js') ? 'js' : 'other';
		byType[type] = (byType[type] ?? 0) + r.size;
	}
	return {
		bytes: result.html + result.resources.reduce((n, r) => n + r.size, 0),
		byType,
		scriptBytes: byType.js ?? 0,
		blocking: result.resources.filter((r) => r.blocking).map((r) => r.name),
		cls: result.cls,
	};
}

console.log(
	`performance budget, pages served gzipped from dist/ (Chromium ${CHROMIUM}, 412x823)\n`
);
for (const [name, path] of PAGES) {
	const m = await measure(path);
	console.log(
		`${name.padEnd(9)} ${path}\n` +
			`  transferred: ${kb(m.bytes)} (html ${kb(m.byType.html ?? 0)}, css ${kb(m.byType.css ?? 0)}, js ${kb(m.byType.js ?? 0)}, other ${kb(m.byType.other ?? 0)})` +
			(name === 'guide'
				? `  budget ${BUDGET.guideKb} KB: ${mark(m.bytes <= BUDGET.guideKb * 1024)}`
				: '') +
			`\n  JavaScript before search opens: ${kb(m.scriptBytes)}  budget ${BUDGET.scriptKb} KB: ${mark(m.scriptBytes <= BUDGET.scriptKb * 1024)}` +
			`\n  render-blocking: ${m.blocking.length} (${m.blocking.join(', ') || 'none'})  budget ${BUDGET.blocking} stylesheet: ${mark(m.blocking.length <= BUDGET.blocking && m.blocking.every((b) => b.endsWith('.css')))}` +
			`\n  cumulative layout shift: ${m.cls.toFixed(3)}  budget ${BUDGET.cls}: ${mark(m.cls <= BUDGET.cls)}`
	);
}

// Every guide, for the budget: the median reader's page, and the heaviest.
const sizes: Array<[string, number]> = [];
for (const id of guideIds()) sizes.push([id, (await measure(guideUrl(id))).bytes]);
sizes.sort((a, b) => a[1] - b[1]);
const over = sizes.filter(([, bytes]) => bytes > BUDGET.guideKb * 1024);
console.log(
	`\nevery guide (${sizes.length}): median ${kb(sizes[Math.floor(sizes.length / 2)]![1])}, largest ${kb(sizes.at(-1)![1])} (${sizes.at(-1)![0]}); ${over.length} over ${BUDGET.guideKb} KB${over.length ? `: ${over.map(([id, b]) => `${id} ${kb(b)}`).join(', ')}` : ''}`
);
await browser.close();

// Social images are drawn at build time and cached by content; their cost is reported apart.
const cards = guideIds().map((id) => {
	const data = readGuide(id);
	return { code: data.code, title: data.title, provider: id.split('/')[0]! };
});
const cacheDir = fileURLToPath(
	new URL('../../node_modules/.astro/bench-social-images/', import.meta.url)
);
await rm(cacheDir, { recursive: true, force: true });
// One at a time on this thread (the cost of one image), then all at once on the build's worker
// threads (what a build with an empty cache waits), then from the cache.
let start = performance.now();
for (const card of cards) await socialImage(card, cacheDir, { workers: false });
const drawn = performance.now() - start;
await rm(cacheDir, { recursive: true, force: true });
start = performance.now();
await Promise.all(cards.map((card) => socialImage(card, cacheDir)));
const pooled = performance.now() - start;
start = performance.now();
for (const card of cards) await socialImage(card, cacheDir);
const cached = performance.now() - start;
await rm(cacheDir, { recursive: true, force: true });
console.log(
	`\nsocial images: ${cards.length} drawn in ${(drawn / 1000).toFixed(2)} s (${(drawn / cards.length).toFixed(0)} ms each) on one thread, ${(pooled / 1000).toFixed(2)} s on ${availableParallelism()} worker threads; read from the cache in ${cached.toFixed(0)} ms`
);

if (!process.argv.includes('--no-lighthouse')) {
	console.log(
		'\nLighthouse (mobile, simulated throttling): performance, accessibility, best practices, SEO'
	);
	const run = promisify(execFile);
	// Lighthouse now and then fails to record a trace (NO_NAVSTART): one more try, then say so.
	const lighthouse = async (path: string, tries = 2): Promise<string | Error> => {
		try {
			const { stdout } = await run(
				'npx',
				[
					'lighthouse',
					origin + path,
					'--output=json',
					'--quiet',
					'--only-categories=performance,accessibility,best-practices,seo',
					'--chrome-flags=--headless=new --no-sandbox --disable-gpu',
				],
				{ env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 256 * 1024 * 1024 }
			);
			return stdout;
		} catch (error) {
			if (tries > 1) return lighthouse(path, tries - 1);
			const stderr = (error as { stderr?: string }).stderr ?? String(error);
			return new Error(stderr.trim().split('\n')[0]!);
		}
	};
	for (const [name, path] of PAGES) {
		const stdout = await lighthouse(path);
		if (stdout instanceof Error) {
			console.log(`  ${name.padEnd(9)} no score: ${stdout.message}`);
			continue;
		}
		const report = JSON.parse(stdout) as {
			categories: Record<string, { score: number | null }>;
			runtimeError?: { message: string };
			audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }>;
		};
		const scores = ['performance', 'accessibility', 'best-practices', 'seo'].map((id) =>
			Math.round((report.categories[id]?.score ?? 0) * 100)
		);
		const below = Object.values(report.audits)
			.filter(
				(a) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode)
			)
			.map((a) => a.title);
		console.log(
			`  ${name.padEnd(9)} ${scores.join(' / ')}${scores.some((s) => s < 95) ? '  BELOW 95' : ''}${below.length ? `\n            not full marks: ${below.slice(0, 6).join('; ')}` : ''}`
		);
	}
}

server.close();
