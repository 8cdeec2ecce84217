// One guide of every provider goes through what a reader of any platform relies on: the whole
// guide without JavaScript, the copy button, both themes, a phone's width and axe. Which guide:
// the first of each provider in file order, so a new provider is covered without editing this.
import AxeBuilder from '@axe-core/playwright';
import { readdirSync } from 'node:fs';
import { guideUrl } from '../../src/routes.ts';
import { presentSections } from '../../src/schemas/guide-sections.ts';
import { copyTextFor } from '../../src/utils/copy-text.ts';
import { expect, guideIds, readGuide, test } from './site.ts';

const providers = readdirSync(new URL('../../content/providers/', import.meta.url))
	.filter((file) => file.endsWith('.json'))
	.map((file) => file.replace(/\.json$/, ''))
	.sort();
const ids = guideIds();

test('every provider has guides to check', () => {
	expect(providers.length).toBeGreaterThanOrEqual(8);
	for (const provider of providers)
		expect(
			ids.some((id) => id.startsWith(`${provider}/`)),
			provider
		).toBe(true);
});

for (const provider of providers) {
	const id = ids.find((guide) => guide.startsWith(`${provider}/`));
	if (!id) continue;
	const guide = readGuide(id);
	const url = guideUrl(id);
	const samples = guide.fixes.flatMap((fix) => fix.samples);
	const sectionLabels = presentSections(guide).map((section) => section.label);

	test.describe(`${provider}: ${id}`, () => {
		test.describe('without JavaScript', () => {
			test.use({ javaScriptEnabled: false });
			test('every section and every sample is on the page, and no control needs a script', async ({
				page,
			}) => {
				await page.goto(url);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.title);
				await expect(page.locator('article.guide h2')).toHaveText(sectionLabels);
				await expect(page.locator('section:has(#how-to-fix-it) figure.sample pre')).toHaveText(
					samples.map((sample) => sample.code)
				);
				await expect(page.getByRole('button', { name: /copy/i })).toHaveCount(0);
			});
		});

		test.describe('copy', () => {
			test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
			test('each sample’s button copies exactly what the reader should run', async ({ page }) => {
				await page.goto(url);
				const blocks = page.locator('section:has(#how-to-fix-it) figure.sample');
				await expect(blocks).toHaveCount(samples.length);
				for (const [i, sample] of samples.entries()) {
					await page.evaluate(() => navigator.clipboard.writeText(''));
					await blocks.nth(i).getByRole('button').click();
					await expect
						.poll(() => page.evaluate(() => navigator.clipboard.readText()))
						.toBe(copyTextFor(sample.code, sample.lang));
				}
			});
		});

		for (const scheme of ['light', 'dark'] as const)
			test(`at 360 px in the ${scheme} theme: nothing scrolls sideways and axe finds nothing`, async ({
				page,
			}) => {
				await page.emulateMedia({ colorScheme: scheme });
				await page.setViewportSize({ width: 360, height: 740 });
				await page.goto(url);
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
					360
				);
				await page.locator('details.toc summary').click();
				await page.locator('#faq-1 summary').click();
				const { violations } = await new AxeBuilder({ page }).analyze();
				expect(
					violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
				).toEqual([]);
			});

		test('the theme switch recolours the code', async ({ page }) => {
			await page.emulateMedia({ colorScheme: 'light' });
			await page.goto(url);
			const colours = () =>
				page
					.locator('figure.sample pre span[class^="tk-"]')
					.evaluateAll((spans) => spans.map((span) => getComputedStyle(span).color));
			const light = await colours();
			expect(light.length).toBeGreaterThan(0);
			await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
			expect(await colours()).not.toEqual(light);
		});
	});
}
