// Search as a reader uses it: paste a whole error into the home page and press Enter, search from
// any page with the keyboard, link a search, filter it. Also what it must never do: load before it
// is opened, send the paste anywhere, or run what was pasted.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { guideUrl, searchUrl } from '../../src/routes.ts';
import { errorFixtures } from '../search/fixtures.ts';
import { IAM_GUIDE, expect, readGuide, test } from './site.ts';

/** A real message from the fixtures, by the form it was printed in and the guide it belongs to. */
const fixture = (form: RegExp, guide: string, text?: RegExp) => {
	const found = errorFixtures.find(
		(f) => form.test(f.form) && f.expect === guide && (!text || text.test(f.text))
	);
	if (!found) throw new Error(`no ${form} fixture for ${guide}`);
	return found.text;
};

// The seed page's message, with the documentation bucket name.
const SEED = [
	'An error occurred (AccessDeniedException) when calling the GetObject operation:',
	'User: arn:aws:iam::123456789012:user/deploy-bot is not authorized to perform:',
	's3:GetObject on resource: "arn:aws:s3:::example-bucket/config.json"',
	'because no identity-based policy allows the s3:GetObject action',
].join('\n');

const results = (within: Page | Locator) => within.getByRole('list', { name: 'Search results' });

async function pasteOnHome(page: Page, text: string) {
	await page.goto('/');
	const field = page.getByRole('textbox', { name: 'Search' });
	await field.fill(text);
	await expect(results(page).getByRole('link').first()).toBeVisible();
	return field;
}

test.describe('a pasted error on the home page, then Enter', () => {
	for (const [name, text, guide] of [
		['the seed message', SEED, 'aws/access-denied-exception'],
		[
			'a boto3 traceback',
			fixture(/boto3/, 'aws/s3-access-denied', /Traceback/),
			'aws/s3-access-denied',
		],
		['a Java SDK exception', fixture(/Java/, 'aws/s3-access-denied'), 'aws/s3-access-denied'],
		[
			'a Terraform diagnostic of an S3 AccessDenied',
			fixture(/Terraform/, 'terraform/aws-provider-access-denied', /S3|s3/),
			'terraform/aws-provider-access-denied',
		],
	] as const)
		test(`${name} opens ${guide}`, async ({ page }) => {
			const field = await pasteOnHome(page, text);
			await field.press('Enter');
			await expect(page).toHaveURL(guideUrl(guide));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(readGuide(guide).title);
		});

	test('the answer says what the error is and what it named', async ({ page }) => {
		await pasteOnHome(page, SEED);
		const answer = results(page).getByRole('listitem').first();
		await expect(answer).toContainText('This looks like');
		await expect(answer.getByRole('link')).toHaveText(
			readGuide('aws/access-denied-exception').title
		);
		await expect(answer).toContainText('s3:GetObject denied for user/deploy-bot');
		await expect(answer).toContainText('arn:aws:s3:::example-bucket/config.json');
		await expect(page.getByRole('status').filter({ hasText: 'This looks like' })).toBeVisible();
	});
});

test.describe('typed queries give sensible first results', () => {
	test('AccessDeniedException, kms:Decrypt, ExpiredToken: the guide of that code or action', async ({
		page,
	}) => {
		for (const [query, guide] of [
			['AccessDeniedException', 'aws/access-denied-exception'],
			['kms:Decrypt', 'aws/kms-access-denied-exception'],
			['ExpiredToken', 'aws/expired-token'],
		] as const) {
			await pasteOnHome(page, query);
			await expect(results(page).getByRole('link').first()).toHaveText(readGuide(guide).title);
		}
	});

	test('403: the first results are guides of HTTP 403 errors', async ({ page }) => {
		await pasteOnHome(page, '403');
		const first = await results(page).getByRole('link').first().getAttribute('href');
		const guide = readGuide(first!.slice(1, -1));
		expect(`${guide.httpStatus} ${guide.code} ${guide.title}`).toContain('403');
	});
});

test.describe('the search dialog', () => {
	test('opens with Ctrl+K, /, and the header button; the field is named Search', async ({
		page,
	}) => {
		await page.goto(IAM_GUIDE);
		// The shortcuts work once the dialog's script has run; a key pressed before it is a key
		// pressed on a page without search (under load, that moment can outlast the load event).
		await page.waitForFunction(() => customElements.get('fe-search-dialog') !== undefined);
		const dialog = page.getByRole('dialog', { name: 'Search the guides' });
		const field = dialog.getByRole('searchbox', { name: 'Search' });
		for (const open of [
			() => page.keyboard.press('Control+k'),
			() => page.keyboard.press('/'),
			() => page.getByRole('button', { name: 'Search' }).click(),
		]) {
			await open();
			await expect(dialog).toBeVisible();
			await expect(field).toBeFocused();
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
		}
	});

	test('keyboard only: arrows move through the results, Enter opens, Esc returns focus', async ({
		page,
	}) => {
		await page.goto(IAM_GUIDE);
		const button = page.getByRole('button', { name: 'Search' });
		await button.focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: 'Search the guides' });
		const field = dialog.getByRole('searchbox', { name: 'Search' });
		await page.keyboard.type('ExpiredToken');
		const links = dialog.getByRole('list', { name: 'Search results' }).getByRole('link');
		await expect(links.first()).toHaveText(readGuide('aws/expired-token').title);
		await page.keyboard.press('ArrowDown');
		await expect(links.first()).toBeFocused();
		// The sure answer comes first, the full-text results after it: focus stays where it is.
		await expect(dialog.getByRole('status')).toContainText('results');
		await expect(links.first()).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(links.nth(1)).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(field).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(button).toBeFocused();

		await button.press('Enter');
		await expect(field).toHaveValue('ExpiredToken');
		await field.press('Enter');
		await expect(page).toHaveURL(guideUrl('aws/expired-token'));
	});

	for (const scheme of ['light', 'dark'] as const)
		test(`axe finds nothing with the dialog open and results shown (${scheme})`, async ({
			page,
		}) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto('/');
			await page.keyboard.press('Control+k');
			await page.keyboard.type('AccessDenied');
			await expect(results(page.getByRole('dialog')).getByRole('link').first()).toBeVisible();
			const { violations } = await new AxeBuilder({ page }).analyze();
			expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
				[]
			);
		});
});

test.describe('loading and privacy', () => {
	test('nothing of search loads until it is opened; then only the site’s own files', async ({
		page,
	}) => {
		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		await page.goto(IAM_GUIDE);
		expect(requests.filter((path) => /pagefind|\/search\/recogniser\//.test(path))).toEqual([]);
		await page.keyboard.press('Control+k');
		await page.keyboard.type('AccessDenied');
		await expect(results(page.getByRole('dialog')).getByRole('link').first()).toBeVisible();
		expect(requests.some((path) => path.startsWith('/pagefind/'))).toBe(true);
		// The recogniser's head, and only the shards the text's words are filed in.
		expect(requests).toContain('/search/recogniser/head.json');
		const shards = requests.filter((path) =>
			/^\/search\/recogniser\/\d+-[0-9a-f]+\.json$/.test(path)
		);
		expect(shards.length).toBeGreaterThan(0);
		expect(shards.length).toBeLessThan(5);
	});

	test('a sure answer shows, and Enter opens it, while full-text search is still loading', async ({
		page,
	}) => {
		// Pagefind held back, as on a slow connection: the recogniser's few kilobytes are not.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/pagefind/**', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto('/');
		const field = page.getByRole('textbox', { name: 'Search' });
		await field.fill(SEED);
		const answer = results(page).getByRole('link', {
			name: readGuide('aws/access-denied-exception').title,
		});
		await expect(answer).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: 'This looks like' })).toBeVisible();
		await field.press('Enter');
		await expect(page).toHaveURL(IAM_GUIDE);
		release();
	});

	test('a pasted error never leaves the browser: no request carries any of it', async ({
		page,
	}) => {
		const urls: string[] = [];
		page.on('request', (request) => urls.push(request.url()));
		await pasteOnHome(page, SEED);
		for (const secretish of ['deploy-bot', 'example-bucket', '123456789012', 'GetObject'])
			expect(urls.filter((url) => url.includes(secretish))).toEqual([]);
	});

	test('a hostile paste stays text: the page gains no element from it and runs nothing', async ({
		page,
	}) => {
		await page.goto('/');
		const hostile =
			'<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script> An error occurred (AccessDenied) when calling the GetObject operation: <b>Access Denied</b>';
		await page.getByRole('textbox', { name: 'Search' }).fill(hostile);
		await expect(results(page).getByRole('link').first()).toBeVisible();
		expect(await page.locator('main img, main script:not([src]), .search-results b').count()).toBe(
			0
		);
		expect(await page.title()).not.toBe('pwned');
	});

	test('a megabyte of hostile input keeps the page usable', async ({ page }) => {
		await page.goto('/');
		const field = page.getByRole('textbox', { name: 'Search' });
		await field.evaluate((el: HTMLTextAreaElement) => {
			el.value = '(['.repeat(1 << 19);
			el.dispatchEvent(new Event('input', { bubbles: true }));
		});
		await expect(page.getByRole('status').filter({ hasText: /No guide|result/ })).toBeVisible();
		// The page still answers: a normal search after it works.
		await field.fill('ExpiredToken');
		await expect(results(page).getByRole('link').first()).toHaveText(
			readGuide('aws/expired-token').title
		);
	});
});

test.describe('the search page', () => {
	test('?q= from a link or the address bar searches, and what is typed stays in #q=', async ({
		page,
	}) => {
		await page.goto(`${searchUrl()}?q=ExpiredToken`);
		await expect(results(page).getByRole('link').first()).toHaveText(
			readGuide('aws/expired-token').title
		);
		const field = page.getByRole('textbox', { name: 'Search' });
		await expect(field).toHaveValue('ExpiredToken');
		await field.fill('kms:Decrypt');
		await expect(page).toHaveURL(/\/search\/#q=kms%3ADecrypt$/);
		await page.reload();
		await expect(field).toHaveValue('kms:Decrypt');
	});

	test('filters narrow the results to a provider', async ({ page }) => {
		await page.goto(`${searchUrl()}#q=denied`);
		await expect(results(page).getByRole('link').first()).toBeVisible();
		await page.getByText('Filter by provider').click();
		await page
			.getByRole('group', { name: 'Provider' })
			.getByRole('checkbox', { name: /^Kubernetes/ })
			.check();
		await expect(results(page).locator('.hit-meta').first()).toContainText('Kubernetes');
		for (const meta of await results(page).locator('.hit-meta').all())
			await expect(meta).toContainText('Kubernetes');
	});
});

test.describe('before the search script runs', () => {
	test.use({ expectedConsoleErrors: [/net::ERR_FAILED/] });

	test('the home search box already takes its place: the page does not jump', async ({ page }) => {
		await page.route('**/*search-box*.js', (route) => route.abort());
		await page.route('**/*SearchBox*.js', (route) => route.abort());
		await page.goto('/');
		const box = page.locator('fe-search-box');
		await expect(box).toHaveAttribute('hidden');
		expect((await box.boundingBox())?.height ?? 0).toBeGreaterThan(60);
	});
});
