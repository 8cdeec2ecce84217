import type { Page } from '@playwright/test';
import { IAM_GUIDE, expect, test } from './site.ts';

/** The colour of the first highlighted JSON string token in the IAM policy sample. */
async function codeColour(page: Page): Promise<string> {
	const token = page
		.locator('figure.sample pre span[class^="tk-"]')
		.filter({ hasText: '"2012-10-17"' })
		.first();
	return token.evaluate((el) => getComputedStyle(el).color);
}

async function pageBackground(page: Page): Promise<string> {
	return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

test('prefers-color-scheme: dark changes the code colours and the page', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto(IAM_GUIDE);
	const light = { code: await codeColour(page), bg: await pageBackground(page) };
	await page.emulateMedia({ colorScheme: 'dark' });
	const dark = { code: await codeColour(page), bg: await pageBackground(page) };
	expect(dark.code).not.toBe(light.code);
	expect(dark.bg).not.toBe(light.bg);
});

test('the theme switch overrides the system, persists across pages, and does not flash', async ({
	page,
}) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto(IAM_GUIDE);
	const systemLight = await codeColour(page);
	const select = page.getByRole('combobox', { name: 'Theme' });
	await expect(select).toHaveValue('auto');

	await select.selectOption('dark');
	const chosenDark = await codeColour(page);
	expect(chosenDark).not.toBe(systemLight);

	// A new page: the saved theme must already be on <html> when <body> is inserted, before
	// anything can paint. An observer installed before any page script records it at that moment.
	await page.addInitScript(() => {
		new MutationObserver((_, observer) => {
			if (!document.body) return;
			(window as unknown as { themeAtBody?: string }).themeAtBody =
				document.documentElement.dataset.theme ?? 'none';
			observer.disconnect();
		}).observe(document, { childList: true, subtree: true });
	});
	await page.goto('/aws/');
	expect(
		await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)
	).toBe('dark');
	await page.goto(IAM_GUIDE);
	await expect(select).toHaveValue('dark');
	expect(await codeColour(page)).toBe(chosenDark);

	// Back to the system preference.
	await select.selectOption('auto');
	expect(await codeColour(page)).toBe(systemLight);
	await page.reload();
	expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
});

test('the theme switch is usable from the keyboard', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto(IAM_GUIDE);
	const dark = await pageBackground(page);
	const select = page.getByRole('combobox', { name: 'Theme' });
	// Reach the switch with Tab from the top of the page, however many links come before it, then
	// change it with the arrow keys.
	const stops = await page.evaluate(
		() => document.querySelectorAll('a[href], button, select, input, [tabindex="0"]').length
	);
	for (let i = 0; i < stops && !(await select.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(select).toBeFocused();
	await page.keyboard.press('ArrowDown'); // System → Light
	await expect(select).toHaveValue('light');
	expect(await pageBackground(page)).not.toBe(dark);
});
