import AxeBuilder from '@axe-core/playwright';
import { IAM_GUIDE, allPages, expect, guideIds, readGuide, test } from './site.ts';

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`accessibility (${scheme})`, () => {
		test.use({ colorScheme: scheme });
		for (const path of ['/', '/aws/', IAM_GUIDE]) {
			test(`axe finds no violations on ${path}`, async ({ page }) => {
				await page.goto(path);
				if (path === IAM_GUIDE) await page.locator('#faq-1 summary').click(); // check an open answer too
				const results = await new AxeBuilder({ page }).analyze();
				expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
			});
		}
	});
}

test('axe finds no violations on a guide at phone width, with "On this page" open', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(IAM_GUIDE);
	await page.locator('details.toc summary').click();
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('no page scrolls sideways at 360 px', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	for (const path of allPages()) {
		await page.goto(path);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width, path).toBeLessThanOrEqual(360);
	}
});

test('the provider page lists every guide, grouped by service', async ({ page }) => {
	await page.goto('/aws/');
	const ids = guideIds().filter((id) => id.startsWith('aws/'));
	await expect(page.locator('main a[href^="/aws/"]')).toHaveCount(ids.length);
	for (const id of ids) {
		const guide = readGuide(id);
		const link = page.locator(`a[href="/${id}/"]`);
		await expect(link).toContainText(guide.code);
		// The card sits under its first service's heading.
		await expect(page.locator(`section:has(#service-${guide.services[0]}) a[href="/${id}/"]`)).toHaveCount(1);
	}
});

test('the home page filter finds the guide for a whole pasted error', async ({ page }) => {
	await page.goto('/');
	const input = page.getByLabel('Paste an error message or type a code');
	const cards = page.locator('#all-guides > li');
	const total = await cards.count();
	expect(total).toBe(guideIds().length);

	await input.fill(
		'An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation.'
	);
	await expect(cards.filter({ visible: true })).toHaveCount(1);
	await expect(cards.filter({ visible: true })).toContainText('UnauthorizedOperation');
	await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(`1 of ${total} guides match`);

	// A pasted S3 error finds the S3 guide, and not the EC2 or KMS ones.
	await input.fill(
		'An error occurred (AccessDenied) when calling the GetObject operation: Access Denied'
	);
	await expect(page.locator('#all-guides a[href="/aws/s3-access-denied/"]')).toBeVisible();
	await expect(cards.filter({ visible: true, hasText: 'UnauthorizedOperation' })).toHaveCount(0);
	await expect(cards.filter({ visible: true, hasText: 'AWS KMS' })).toHaveCount(0);

	// A hostile paste is treated as text: nothing runs, nothing is injected.
	await input.fill('<img src=x onerror="document.title=\'pwned\'">');
	await expect(cards.filter({ visible: true })).toHaveCount(0);
	expect(await page.title()).not.toBe('pwned');
	await expect(page.locator('img[src="x"]')).toHaveCount(0);

	await input.fill('');
	await expect(cards.filter({ visible: true })).toHaveCount(total);
});

test.describe('404', () => {
	test.use({ expectedConsoleErrors: [/status of 404/] });

	test('an unknown address shows the 404 page with a way back', async ({ page }) => {
		const response = await page.goto('/aws/no-such-error/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await page.getByRole('link', { name: 'Go to the home page' }).click();
		await expect(page).toHaveURL(new URL('/', page.url()).href);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fix the error in front of you');
	});
});

test('the skip link moves focus to the main content', async ({ page }) => {
	await page.goto(IAM_GUIDE);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('every page carries a strict Content-Security-Policy', async ({ page }) => {
	for (const path of allPages()) {
		await page.goto(path);
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policy, path).toContain("default-src 'self'");
		expect(policy, path).toMatch(/script-src 'self' 'sha256-/);
		expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
	}
});

test.describe('Content-Security-Policy', () => {
	// Only here: the blocked script below is reported in the console, as it should be.
	test.use({ expectedConsoleErrors: [/Content Security Policy/] });

	test('an injected inline script does not run', async ({ page }) => {
		await page.goto(IAM_GUIDE);
		const ran = await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'document.documentElement.dataset.pwned = "yes"';
			document.body.append(script);
			return document.documentElement.dataset.pwned;
		});
		expect(ran).toBeUndefined();
	});
});

test('a 200-character ARN wraps instead of widening the page at 360 px', async ({ page }) => {
	const arn = `arn:aws:sts::123456789012:assumed-role/${'AWSReservedSSO_AdministratorAccess_0123456789abcdef'.repeat(3)}/ci-pipeline-session`;
	await page.setViewportSize({ width: 360, height: 740 });
	// Put the string where authors can: a card description, a provider description, a fix title,
	// a breadcrumb item, a badge and the title.
	const places: Array<[string, string]> = [
		['/', '#all-guides .card p'],
		['/aws/', '.listing-page > p'],
		[IAM_GUIDE, '#fix-1 h3 > span:not(.step)'],
		[IAM_GUIDE, 'nav[aria-label="Breadcrumb"] li:last-child a'],
		[IAM_GUIDE, '.badge.code code'],
		[IAM_GUIDE, 'h1'],
	];
	for (const [path, selector] of places) {
		await page.goto(path);
		await page.locator(selector).first().evaluate((el, text) => (el.textContent = text), arn);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width, `${path} ${selector}`).toBeLessThanOrEqual(360);
	}
});
