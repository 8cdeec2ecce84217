import { IAM_GUIDE, expect, readGuide, test } from './site.ts';

const iam = readGuide('aws/access-denied-exception');
const policy = iam.fixes[0]!.samples[0]!;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('the copy button puts exactly the IAM policy on the clipboard, and it parses as JSON', async ({
	page,
}) => {
	await page.goto(IAM_GUIDE);
	const block = page
		.locator('figure.sample')
		.filter({ has: page.locator('figcaption', { hasText: policy.filename! }) });
	await expect(block).toHaveCount(1);
	const button = block.getByRole('button', { name: `Copy ${policy.filename}` });

	await button.click();
	await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(policy.code);
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied.endsWith('\n')).toBe(false);
	expect(() => JSON.parse(copied)).not.toThrow();
	expect(JSON.parse(copied).Statement[0].Effect).toBe('Allow');

	// Sighted readers see "Copied"; screen readers hear it once, from the live region, while the
	// button keeps its name. Both go back after a moment, ready for another copy.
	const label = button.locator('[data-label]');
	await expect(label).toHaveText('Copied');
	await expect(block.getByRole('status')).toHaveText('Copied to clipboard');
	await expect(button).toHaveAccessibleName(`Copy ${policy.filename}`);
	await expect(label).toHaveText('Copy', { timeout: 5000 });
	await expect(block.getByRole('status')).toHaveText('');
});

test('the copy button works from the keyboard', async ({ page }) => {
	await page.goto(IAM_GUIDE);
	// The first untitled command: its button is named by place, not by a file name.
	const fixIndex = iam.fixes.findIndex(
		(fix) => fix.samples[0] && !fix.samples[0].filename && fix.samples[0].lang === 'bash'
	);
	const commandSample = iam.fixes[fixIndex]!.samples[0]!;
	const block = page.locator(`#fix-${fixIndex + 1} figure.sample`).first();
	const button = block.getByRole('button');
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(block.getByRole('status')).toHaveText('Copied to clipboard');
	await expect
		.poll(() => page.evaluate(() => navigator.clipboard.readText()))
		.toBe(commandSample.code);

	// Space works too, and the button stays focused for another copy.
	await page.evaluate(() => navigator.clipboard.writeText(''));
	await page.keyboard.press('Space');
	await expect
		.poll(() => page.evaluate(() => navigator.clipboard.readText()))
		.toBe(commandSample.code);
	await expect(button).toBeFocused();
});

test('long lines scroll inside the code block, and the block can be reached with the keyboard', async ({
	page,
}) => {
	await page.setViewportSize({ width: 360, height: 800 });
	await page.goto(IAM_GUIDE);
	const pre = page.locator('figure.sample pre').first();
	const { scrollWidth, clientWidth } = await pre.evaluate((el) => ({
		scrollWidth: el.scrollWidth,
		clientWidth: el.clientWidth,
	}));
	expect(scrollWidth).toBeGreaterThan(clientWidth);
	await expect(pre).toHaveAttribute('tabindex', '0');
	await expect(pre).toHaveAccessibleName(/^Code: /);
	const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(pageWidth).toBeLessThanOrEqual(360);
});
