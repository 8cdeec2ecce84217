// The built HTML as a checker and a crawler see it: valid per the Nu Html Checker, one h1 and no
// skipped heading level, and every internal link and #anchor landing on something. Over every
// page, in Node (the checker runs on Java, in one process for the whole site).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { builtPages, distFile } from '../e2e/site.ts';

const SITE = 'https://fixerror.dev';
const pages = builtPages();
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const parsed = new Map<string, HTMLElement | null>();
/** A page of dist/ parsed, or null when no file serves the path. */
function pageAt(path: string): HTMLElement | null {
	if (!parsed.has(path)) {
		let doc: HTMLElement | null = null;
		try {
			doc = parse(readFileSync(distFile(path), 'utf8'));
		} catch {
			doc = null;
		}
		parsed.set(path, doc);
	}
	return parsed.get(path)!;
}

test('the Nu Html Checker finds no error on any page', () => {
	const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
	let report = '';
	try {
		execFileSync(
			'java',
			['-jar', vnu, '--errors-only', '--format', 'json', '--skip-non-html', dist],
			{
				stdio: ['ignore', 'ignore', 'pipe'],
				maxBuffer: 64 * 1024 * 1024,
			}
		);
	} catch (error) {
		report = String((error as { stderr?: Buffer }).stderr ?? error);
	}
	const messages = report
		? (
				JSON.parse(report) as {
					messages: Array<{ url: string; message: string; lastLine?: number }>;
				}
			).messages
		: [];
	expect(
		messages.map((m) => `${m.url.replace(/^file:.*\/dist/, '')}:${m.lastLine}: ${m.message}`)
	).toEqual([]);
}, 120_000);

describe('every page', () => {
	test('has one h1, and no heading skips a level', () => {
		for (const path of pages) {
			const headings = pageAt(path)!
				.querySelectorAll('h1, h2, h3, h4, h5, h6')
				// A dialog (the search dialog) is its own context, read when it opens.
				.filter((h) => !h.closest('dialog'))
				.map((h) => Number(h.tagName[1]));
			expect(
				headings.filter((level) => level === 1),
				path
			).toHaveLength(1);
			expect(headings[0], path).toBe(1);
			headings.forEach((level, i) => {
				if (i > 0)
					expect(level, `${path}: h${headings[i - 1]} then h${level}`).toBeLessThanOrEqual(
						headings[i - 1]! + 1
					);
			});
		}
	});

	test('links only to pages, files and anchors that exist; external links are https and safe', () => {
		const broken: string[] = [];
		for (const path of pages) {
			const doc = pageAt(path)!;
			const base = new URL(path, SITE);
			const targets = [
				...doc.querySelectorAll('a[href], link[href]').map((e) => e.getAttribute('href')!),
				...doc.querySelectorAll('script[src], img[src]').map((e) => e.getAttribute('src')!),
			];
			for (const target of targets) {
				const url = new URL(target, base);
				if (url.protocol === 'javascript:') broken.push(`${path}: ${target}`);
				if (url.origin !== SITE) {
					if (url.protocol !== 'https:') broken.push(`${path}: ${target} is not https`);
					continue;
				}
				const file = url.pathname;
				if (!pageAt(file) && !readable(file)) {
					broken.push(`${path}: ${target} leads nowhere`);
					continue;
				}
				const anchor = decodeURIComponent(url.hash.slice(1));
				// `#q=` on the search page is the query, not an anchor.
				if (anchor && !anchor.includes('=') && !pageAt(file)?.getElementById(anchor))
					broken.push(`${path}: ${target} has no #${anchor}`);
			}
			for (const a of doc.querySelectorAll('a[target="_blank"]'))
				if (!/\bnoopener\b/.test(a.getAttribute('rel') ?? ''))
					broken.push(`${path}: ${a.getAttribute('href')} opens a window without noopener`);
		}
		expect(broken).toEqual([]);
	});
});

function readable(path: string): boolean {
	try {
		readFileSync(distFile(path));
		return true;
	} catch {
		return false;
	}
}

const stylesheet = () =>
	readFileSync(
		distFile(/href="(\/_astro\/[^"]+\.css)"/.exec(readFileSync(distFile('/'), 'utf8'))![1]!)
	).toString();

test('the stylesheet has no motion a reduced-motion reader could be shown', () => {
	expect(stylesheet()).not.toMatch(/\banimation\s*:|\btransition\s*:|scroll-behavior:\s*smooth/);
});

test('the stylesheet states its layer order first, so components outrank the base styles', () => {
	// Otherwise the first layer to appear ranks lowest: a card's title took the size of an h2.
	expect(stylesheet().startsWith('@layer reset, base, components, utilities;')).toBe(true);
});
