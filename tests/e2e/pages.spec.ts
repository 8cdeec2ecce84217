import AxeBuilder from '@axe-core/playwright';
import { guideUrl, providerUrl, serviceAnchor } from '../../src/routes.ts';
import { IAM_GUIDE, expect, guideIds, readGuide, samplePages, test } from './site.ts';

const sample = samplePages();
const axeViolations = async (page: Parameters<Parameters<typeof test>[2]>[0]['page']) =>
	(await new AxeBuilder({ page }).analyze()).violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`accessibility (${scheme})`, () => {
		test.use({ colorScheme: scheme });
		for (const path of sample) {
			test(`axe finds no violations on ${path}`, async ({ page }) => {
				await page.goto(path);
				if (path === IAM_GUIDE) await page.locator('#faq-1 summary').click(); // check an open answer too
				expect(await axeViolations(page)).toEqual([]);
			});
		}
	});
}

test('axe finds no violations on a guide at phone width, with "On this page" open', async ({
	page,
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(IAM_GUIDE);
	await page.locator('details.toc summary').click();
	expect(await axeViolations(page)).toEqual([]);
});

test('no page scrolls sideways at 360 px', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	for (const path of sample) {
		await page.goto(path);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width, path).toBeLessThanOrEqual(360);
	}
});

test('the provider page lists every guide of the provider, grouped under its first service', async ({
	page,
}) => {
	await page.goto(providerUrl('aws'));
	const ids = guideIds().filter((id) => id.startsWith('aws/'));
	await expect(page.locator('main .card a')).toHaveCount(ids.length);
	for (const id of ids) {
		const guide = readGuide(id);
		const card = page.locator('.card', { has: page.locator(`a[href="${guideUrl(id)}"]`) });
		await expect(card.getByRole('link')).toHaveText(guide.title);
		await expect(card.locator('.meta code')).toHaveText(guide.code);
		await expect(
			page.locator(`section:has(#${serviceAnchor(guide.services[0]!)}) a[href="${guideUrl(id)}"]`)
		).toHaveCount(1);
	}
});

test("a guide's breadcrumb leads to its service's group on the provider page", async ({ page }) => {
	const iam = readGuide('aws/access-denied-exception');
	await page.goto(IAM_GUIDE);
	await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').last().click();
	await expect(page).toHaveURL(new RegExp(`/aws/#${serviceAnchor(iam.services[0]!)}$`));
	await expect(page.locator(`#${serviceAnchor(iam.services[0]!)}`)).toBeInViewport();
});

test('the home page groups guides by provider, with counts', async ({ page }) => {
	await page.goto('/');
	const ids = guideIds();
	for (const provider of [...new Set(ids.map((id) => id.split('/')[0]!))]) {
		const count = ids.filter((id) => id.startsWith(`${provider}/`)).length;
		const section = page.locator(`section:has(> .heading a[href="${providerUrl(provider)}"])`);
		await expect(section.locator('.count')).toHaveText(`${count} guide${count === 1 ? '' : 's'}`);
		await expect(section.locator('.card')).toHaveCount(Math.min(count, 8));
	}
});

test.describe('404', () => {
	test.use({ expectedConsoleErrors: [/status of 404/] });

	test('an unknown address shows the 404 page with a way back', async ({ page }) => {
		const response = await page.goto('/aws/no-such-error/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await page.getByRole('link', { name: 'the home page' }).click();
		await expect(page).toHaveURL(new URL('/', page.url()).href);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Fix the error in front of you'
		);
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

test('pages are served with the security headers of _headers, the CSP among them', async ({
	page,
}) => {
	const response = await page.goto(IAM_GUIDE);
	const headers = response!.headers();
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['content-security-policy']).toContain("default-src 'none'");
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
});

test.describe('Content-Security-Policy', () => {
	// Only here: the blocked script and frame below are reported in the console, as they should be.
	test.use({ expectedConsoleErrors: [/Content Security Policy|Refused to frame/] });

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

	test('no page can be framed, not even by the site itself', async ({ page }) => {
		await page.goto(IAM_GUIDE);
		const framed = await page.evaluate(
			() =>
				new Promise<boolean>((resolve) => {
					const frame = document.createElement('iframe');
					frame.src = '/';
					frame.addEventListener('load', () => {
						try {
							resolve(!!frame.contentDocument?.querySelector('h1'));
						} catch {
							resolve(false);
						}
					});
					document.body.append(frame);
				})
		);
		expect(framed).toBe(false);
	});
});

test('a 200-character ARN wraps instead of widening the page at 360 px', async ({ page }) => {
	const arn = `arn:aws:sts::123456789012:assumed-role/${'AWSReservedSSO_AdministratorAccess_0123456789abcdef'.repeat(3)}/ci-pipeline-session`;
	await page.setViewportSize({ width: 360, height: 740 });
	// Put the string where authors can: a card description, a provider description, a fix title,
	// a breadcrumb item, a badge and the title.
	const places: Array<[string, string]> = [
		['/', '#home-guides .card .description'],
		[providerUrl('aws'), 'p.description'],
		[IAM_GUIDE, '#fix-1 h3 > span:not(.step)'],
		[IAM_GUIDE, 'nav[aria-label="Breadcrumb"] li:last-child a'],
		[IAM_GUIDE, '.badge.code code'],
		[IAM_GUIDE, 'h1'],
	];
	for (const [path, selector] of places) {
		await page.goto(path);
		await page
			.locator(selector)
			.first()
			.evaluate((el, text) => (el.textContent = text), arn);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width, `${path} ${selector}`).toBeLessThanOrEqual(360);
	}
});

test('the header holds eight providers: at 360 px every one is reachable from the keyboard without widening the page', async ({
	page,
}) => {
	const names = ['AWS', 'Azure', 'Docker', 'Git', 'Google Cloud', 'Kubernetes', 'npm', 'Terraform'];
	for (const width of [360, 1280]) {
		await page.setViewportSize({ width, height: 740 });
		await page.goto(IAM_GUIDE);
		// The real header, with as many providers as the corpus will have.
		await page
			.getByRole('navigation', { name: 'Providers' })
			.locator('ul')
			.evaluate((list, providers) => {
				const template = list.querySelector('li')!;
				list.replaceChildren(
					...providers.map((name) => {
						const item = template.cloneNode(true) as HTMLElement;
						const link = item.querySelector('a')!;
						link.textContent = name;
						link.removeAttribute('aria-current');
						link.href = `/#${name}`;
						return item;
					})
				);
			}, names);
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth),
			`${width} px`
		).toBeLessThanOrEqual(width);
		const links = page.getByRole('navigation', { name: 'Providers' }).getByRole('link');
		await expect(links).toHaveCount(names.length);
		// Each link takes focus in turn and is then fully in view (the row scrolls on a phone).
		await links.first().focus();
		for (const name of names) {
			const link = links.filter({ hasText: new RegExp(`^${name}$`) });
			await expect(link).toBeFocused();
			await expect(link).toBeInViewport({ ratio: 0.99 }); // whole, to a sub-pixel
			await page.keyboard.press('Tab');
		}
	}
});

test('a guide’s tag badges lead to the tag’s page, which lists it; /tags/ lists every tag with its count', async ({
	page,
}) => {
	const kms = 'aws/kms-access-denied-exception';
	const { tags, title } = readGuide(kms);
	await page.goto(guideUrl(kms));
	await page.locator('.badges').getByRole('link', { name: tags[0]!, exact: true }).click();
	await expect(page).toHaveURL(`/tags/${tags[0]}/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Guides tagged ${tags[0]}`);
	await expect(page.getByRole('link', { name: title })).toBeVisible();
	await page.goto('/tags/');
	const tagged = guideIds().filter((id) => readGuide(id).tags.includes(tags[0]!)).length;
	await expect(page.getByRole('term').filter({ hasText: tags[0]! })).toContainText(
		`(${tagged} guides)`
	);
});
