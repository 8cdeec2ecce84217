// The related-errors graph as readers meet it: the neighbourhood picture on a guide (links, keyboard,
// focus ring) and the map of every guide at /graph/, with its list.
import { NEIGHBOURHOOD, neighbourhoodRows } from '../../src/graph/neighbourhood-svg.ts';
import { graphUrl, guideUrl } from '../../src/routes.ts';
import { IAM_GUIDE, expect, guideIds, providerName, readGuide, siteGraph, test } from './site.ts';

const KMS = 'aws/kms-access-denied-exception';

test("a node in a guide's picture is a link named by what it shows and its guide, and opens it", async ({
	page,
}) => {
	await page.goto(guideUrl(KMS));
	const picture = page.getByRole('group', { name: 'Map of related errors' });
	const rows = neighbourhoodRows(siteGraph(), KMS, {
		...NEIGHBOURHOOD,
		url: guideUrl,
		providers: new Map(),
		detail: () => undefined,
	});
	const links = picture.getByRole('link');
	await expect(links).toHaveCount(rows.length - 1); // every guide but this one
	const target = rows[1]!.guide;
	const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	// WCAG 2.5.3: the name starts with the code the node shows, then names the guide.
	const link = picture.getByRole('link', {
		name: new RegExp(`^${escaped(target.code)}\\b.*: ${escaped(target.title)}`),
	});
	await link.click();
	await expect(page).toHaveURL(guideUrl(target.id));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.title);
});

test('Tab reaches every node of the picture, each with a visible focus ring', async ({ page }) => {
	await page.goto(guideUrl(KMS));
	const nodes = page.locator('svg.neighbourhood a.node');
	const count = await nodes.count();
	expect(count).toBeGreaterThan(3);
	await nodes.first().focus();
	for (let i = 0; i < count; i++) {
		const node = nodes.nth(i);
		await expect(node).toBeFocused();
		const ring = await node.locator('rect').evaluate((rect) => getComputedStyle(rect).strokeWidth);
		const rest = await nodes
			.nth((i + 1) % count)
			.locator('rect')
			.evaluate((rect) => getComputedStyle(rect).strokeWidth);
		expect(parseFloat(ring)).toBeGreaterThan(parseFloat(rest));
		await page.keyboard.press('Tab');
	}
});

test('/graph/ links every guide, in the picture and in the list', async ({ page }) => {
	await page.goto(graphUrl());
	const ids = guideIds();
	const map = page.getByRole('group', { name: 'Map of every guide and its related guides' });
	await expect(map.getByRole('link')).toHaveCount(ids.length);
	for (const id of ids) {
		await expect(map.locator(`a[href="${guideUrl(id)}"]`)).toHaveAttribute(
			'aria-label',
			`${id.slice(id.indexOf('/') + 1)}: ${readGuide(id).title} (${providerName(id)})`
		);
		await expect(page.locator(`.relations a[href="${guideUrl(id)}"]`).first()).toBeVisible();
	}
});

test('on /graph/, focusing a guide lights its relations', async ({ page }) => {
	await page.goto(graphUrl());
	const node = page.locator(`svg.site-map a.node[data-id="aws/access-denied-exception"]`);
	await node.focus();
	const lit = page.locator('svg.site-map line.lit');
	await expect(lit).toHaveCount(siteGraph().neighbours.get('aws/access-denied-exception')!.size);
	await node.blur();
	await expect(lit).toHaveCount(0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the picture and the map are there, and their links work', async ({ page }) => {
		await page.goto(IAM_GUIDE);
		await expect(page.locator('svg.neighbourhood a.node').first()).toBeVisible();
		await page.goto(graphUrl());
		await expect(page.locator('svg.site-map a.node').first()).toBeVisible();
		await expect(page.locator('svg.site-map line.dim')).toHaveCount(0);
	});
});
