import { guideUrl } from '../../src/routes.ts';
import { presentSections } from '../../src/schemas/guide-sections.ts';
import { renderMarkdown } from '../../src/utils/markdown.ts';
import { policyNote } from '../../src/utils/policy-note.ts';
import { rankedNeighbours } from '../../src/graph/graph.ts';
import { IAM_GUIDE, expect, readGuide, siteGraph, test } from './site.ts';

const iam = readGuide('aws/access-denied-exception');
/** What a reader sees of an inline Markdown field. */
const plain = (markdown: string) =>
	renderMarkdown(markdown, { inline: true }).replace(/<[^>]+>/g, '');
const sectionLabels = presentSections(iam).map((section) => section.label);

test.describe('the AccessDeniedException guide', () => {
	test('shows every part of the guide in the order of the seed page', async ({ page }) => {
		await page.goto(IAM_GUIDE);
		const article = page.locator('article.guide');

		await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link')).toHaveText(
			['Home', 'AWS', 'IAM']
		);
		await expect(article.getByRole('heading', { level: 1 })).toHaveText(iam.title);
		await expect(article.getByRole('list', { name: 'About this error' })).toContainText(iam.code);
		// Under the title, how fresh and how sourced the facts are, linked to the sources.
		const checked = article.locator('header .checked');
		await expect(checked).toHaveText(
			new RegExp(`^Checked against ${iam.sources.length} official sources on \\d{1,2} \\w+ \\d{4}$`)
		);
		await expect(checked.locator('time')).toHaveAttribute(
			'datetime',
			iam.updated.toISOString().slice(0, 10)
		);
		await expect(checked.getByRole('link')).toHaveAttribute('href', '#sources');

		// Section headings, in reading order.
		await expect(article.getByRole('heading', { level: 2 })).toHaveText(sectionLabels);
		// This guide has every section, so the list above is the whole model.
		expect(sectionLabels).toEqual([
			'Why this happens',
			'How to fix it',
			'Detection and monitoring',
			'Related errors',
			'Frequently asked questions',
			'When to escalate',
			'Sources',
		]);

		// The error message, the lead and the explanation come before the first section.
		const order = await article.evaluate((root) => {
			const find = (selector: string) => root.querySelector(selector);
			const parts = [
				find('h1'),
				find('figure.message'),
				find('.lead'),
				find('.explanation'),
				find('#why-this-happens'),
			];
			return parts.every(
				(part, i) =>
					i === 0 ||
					(parts[i - 1]!.compareDocumentPosition(part!) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
			);
		});
		expect(order).toBe(true);
		await expect(article.locator('figure.message pre').first()).toContainText(
			'AccessDeniedException'
		);

		// Causes and fixes keep the author's order and count.
		await expect(article.locator('section:has(#why-this-happens) ol > li > h3')).toHaveCount(
			iam.causes.length
		);
		const fixTitles = article.locator('section:has(#how-to-fix-it) ol > li > h3');
		await expect(fixTitles).toHaveCount(iam.fixes.length);
		await expect(fixTitles).toHaveText(iam.fixes.map((fix, i) => `${i + 1}${plain(fix.title)}`));

		// FAQs are native disclosures, closed until opened.
		const faqs = article.locator('section:has(#faq) details');
		await expect(faqs).toHaveCount(iam.faqs.length);
		await expect(faqs.first()).not.toHaveAttribute('open');

		// Sources are linked and the page says when the facts were checked.
		const sources = article.locator('section:has(#sources) li a');
		await expect(sources).toHaveCount(iam.sources.length);
		await expect(sources.first()).toHaveAttribute('href', iam.sources[0]!.url);
		await expect(article.locator('section:has(#sources) time')).toHaveAttribute(
			'datetime',
			iam.updated.toISOString().slice(0, 10)
		);
	});

	test('every fix sample is on the page with its file name and language', async ({ page }) => {
		await page.goto(IAM_GUIDE);
		const samples = iam.fixes.flatMap((fix) => fix.samples);
		const blocks = page.locator('section:has(#how-to-fix-it) figure.sample');
		await expect(blocks).toHaveCount(samples.length);
		for (const [i, sample] of samples.entries()) {
			if (sample.filename)
				await expect(blocks.nth(i).locator('figcaption')).toContainText(sample.filename);
			await expect(blocks.nth(i).locator('pre')).toHaveText(sample.code);
		}
	});

	test('a verified policy shows what the evaluator checked, right under its code', async ({
		page,
	}) => {
		await page.goto(IAM_GUIDE);
		const verified = iam.fixes.flatMap((fix) => fix.samples).filter((sample) => sample.verify);
		expect(verified.length).toBeGreaterThan(0);
		const notes = page.locator('section:has(#how-to-fix-it) .note.checked');
		await expect(notes).toHaveText(verified.map((sample) => plain(policyNote(sample.verify!))));
		// Each note follows the block of the policy it describes.
		for (const [i, sample] of verified.entries()) {
			const block = notes.nth(i).locator('xpath=preceding-sibling::figure[1]');
			await expect(block.locator('figcaption')).toContainText(sample.filename ?? 'JSON');
		}
	});

	test('every copy button has its own name, saying what it copies', async ({ page }) => {
		await page.goto(IAM_GUIDE);
		const names = await page
			.getByRole('button', { name: /^Copy / })
			.evaluateAll((buttons) => buttons.map((b) => b.textContent?.replace(/\s+/g, ' ').trim()));
		expect(names.length).toBeGreaterThan(1);
		expect(new Set(names).size).toBe(names.length);
	});

	test('every section, cause, fix and FAQ has an anchor, and the table of contents links to the sections', async ({
		page,
	}) => {
		await page.goto(IAM_GUIDE);
		for (const [i] of iam.causes.entries())
			await expect(page.locator(`#cause-${i + 1}`)).toHaveCount(1);
		for (const [i] of iam.fixes.entries())
			await expect(page.locator(`#fix-${i + 1}`)).toHaveCount(1);
		for (const [i] of iam.faqs.entries())
			await expect(page.locator(`#faq-${i + 1}`)).toHaveCount(1);

		const toc = page.getByRole('navigation', { name: 'On this page' });
		await expect(toc).toBeVisible();
		const hrefs = await toc
			.getByRole('link')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		for (const href of hrefs) await expect(page.locator(href!)).toHaveCount(1);

		await toc.getByRole('link', { name: 'How to fix it' }).click();
		await expect(page).toHaveURL(/#how-to-fix-it$/);
		await expect(page.locator('#how-to-fix-it')).toBeInViewport();
	});

	test('a link to a FAQ opens its answer', async ({ page }) => {
		const last = `faq-${iam.faqs.length}`;
		await page.goto(`${IAM_GUIDE}#${last}`);
		await expect(page.locator(`#${last}`)).toHaveAttribute('open');
		await expect(page.locator('#faq-1')).not.toHaveAttribute('open');
		// And a link followed on the page opens it too.
		await page.evaluate(() => (location.hash = '#faq-1'));
		await expect(page.locator('#faq-1')).toHaveAttribute('open');
	});

	test('FAQs open and close from the keyboard', async ({ page }) => {
		await page.goto(IAM_GUIDE);
		const first = page.locator('#faq-1');
		await first.locator('summary').focus();
		await page.keyboard.press('Enter');
		await expect(first).toHaveAttribute('open');
		await expect(first.locator('.answer')).toBeVisible();
		await page.keyboard.press('Space');
		await expect(first).not.toHaveAttribute('open');
	});

	test('related errors link to the other guides: the ones it lists and the ones listing it', async ({
		page,
	}) => {
		await page.goto(IAM_GUIDE);
		const links = page.locator('section:has(#related-errors) li .card-title a');
		const expected = rankedNeighbours(siteGraph(), 'aws/access-denied-exception').map(
			(r) => r.guide.id
		);
		expect(expected).toEqual(expect.arrayContaining(iam.related));
		await expect(links).toHaveCount(expected.length);
		for (const [i, id] of expected.entries())
			await expect(links.nth(i)).toHaveAttribute('href', guideUrl(id));
		await links.first().click();
		await expect(page).toHaveURL(guideUrl(expected[0]!));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(readGuide(expected[0]!).title);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the guide reads completely: every section, all code, every FAQ answer', async ({
		page,
	}) => {
		await page.goto(IAM_GUIDE);
		await expect(page.locator('article.guide h2')).toHaveText(sectionLabels);
		// Every sample, in full and in order.
		const samples = iam.fixes.flatMap((fix) => fix.samples.map((sample) => sample.code));
		await expect(page.locator('section:has(#how-to-fix-it) figure.sample pre')).toHaveText(samples);
		for (const pre of await page.locator('section:has(#how-to-fix-it) figure.sample pre').all())
			await expect(pre).toBeVisible();
		// Closed answers are in the page and open with a click, no script needed.
		const last = page.locator(`#faq-${iam.faqs.length}`);
		await last.locator('summary').click();
		await expect(last.locator('.answer')).toBeVisible();
		// Controls that need a script are not offered.
		await expect(page.getByRole('button', { name: /copy/i })).toHaveCount(0);
		await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveCount(0);
	});
});

test('the guide prints cleanly: no site chrome or buttons, every FAQ answer and every line of code on paper', async ({
	page,
}) => {
	await page.goto(IAM_GUIDE);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
	expect(await page.locator('fe-copy-button').count()).toBeGreaterThan(0);
	for (const button of await page.locator('fe-copy-button').all())
		await expect(button).toBeHidden();
	for (const answer of await page.locator('details .answer').all())
		await expect(answer).toBeVisible();
	await expect(page.locator('fe-fill-samples')).toBeHidden();
	// Paper cannot scroll: no code block is wider than its box, so no line is cut off.
	const clipped = await page
		.locator('pre.code')
		.evaluateAll((blocks) =>
			blocks
				.filter((pre) => pre.scrollWidth > pre.clientWidth + 1)
				.map((pre) => pre.textContent?.slice(0, 60))
		);
	expect(clipped).toEqual([]);
});

test('on a phone, "On this page" is a closed disclosure under the lead that jumps to a section', async ({
	page,
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(IAM_GUIDE);
	const toc = page.locator('details.toc');
	await expect(toc).toBeVisible();
	await expect(toc).not.toHaveAttribute('open');
	await toc.locator('summary').click();
	await toc.getByRole('link', { name: 'Frequently asked questions' }).click();
	await expect(page).toHaveURL(/#faq$/);
	await expect(page.locator('#faq')).toBeInViewport();
	// The sidebar version is for wide screens only.
	await expect(page.locator('.toc.sidebar')).toBeHidden();
});

test('a plain-text error message wraps; a structured one keeps its layout and scrolls from the keyboard', async ({
	page,
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/aws/s3-access-denied/');
	const plain = page.locator('figure.message pre').first();
	expect(await plain.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-wrap');
	await expect(plain).not.toHaveAttribute('tabindex');
	const xml = page.locator('figure.message', { hasText: '<?xml' }).locator('pre');
	expect(await xml.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
	await expect(xml).toHaveAttribute('tabindex', '0');
});
