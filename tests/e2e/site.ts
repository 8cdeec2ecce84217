import { readdirSync, readFileSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import { splitFrontmatter } from '../../src/content-checks/frontmatter.ts';
import { guideSchema, type GuideData } from '../../src/schemas/guide.ts';

const contentDir = new URL('../../content/', import.meta.url);

/** Guide ids (`aws/s3-access-denied`) as they are on disk: the pages the build must produce. */
export function guideIds(): string[] {
	return readdirSync(new URL('errors/', contentDir), { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.mdx'))
		.map((file) => file.replace(/\.mdx$/, ''))
		.sort();
}

export function providerIds(): string[] {
	return readdirSync(new URL('providers/', contentDir))
		.filter((file) => file.endsWith('.json'))
		.map((file) => file.replace(/\.json$/, ''));
}

/** A guide's frontmatter read straight from its source file, to compare the page against. */
export function readGuide(id: string): GuideData {
	const source = readFileSync(new URL(`errors/${id}.mdx`, contentDir), 'utf8');
	return guideSchema().parse(splitFrontmatter(source).data);
}

/** Every page a reader can reach. */
export function allPages(): string[] {
	return ['/', ...providerIds().map((id) => `/${id}/`), ...guideIds().map((id) => `/${id}/`), '/404.html'];
}

export const IAM_GUIDE = '/aws/access-denied-exception/';

/**
 * Every test fails if the page logs an error or sends a request anywhere but our own origin:
 * no analytics, fonts or CDN scripts, and nothing a reader pastes leaves the browser.
 */
export const test = base.extend<{ expectedConsoleErrors: RegExp[]; pageProblems: void }>({
	/** Console errors a test provokes on purpose, such as the 404 status of a missing page. */
	expectedConsoleErrors: [[], { option: true }],
	pageProblems: [
		async ({ page, baseURL, expectedConsoleErrors }, use) => {
			const problems: string[] = [];
			const origin = new URL(baseURL!).origin;
			page.on('console', (message) => {
				if (message.type() !== 'error') return;
				if (expectedConsoleErrors.some((pattern) => pattern.test(message.text()))) return;
				problems.push(`console error: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
			page.on('request', (request) => {
				const url = request.url();
				if (!url.startsWith(origin) && !url.startsWith('data:')) problems.push(`request left the origin: ${url}`);
			});
			await use();
			expect(problems).toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };
