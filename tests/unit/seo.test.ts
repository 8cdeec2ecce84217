import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { icoFromPng } from '../../src/seo/icons.ts';
import { plainText } from '../../src/seo/plain-text.ts';
import { drawSocialImage, socialImage } from '../../src/seo/social-image.ts';
import { firstSentence, jsonLdText } from '../../src/seo/structured-data.ts';

test('JSON-LD text cannot close its script element, and still parses to the same value', () => {
	const value = { name: '</script><script>alert(1)</script>', text: 'a < b' };
	const text = jsonLdText(value);
	expect(text).not.toContain('<');
	expect(JSON.parse(text)).toEqual(value);
});

test('plain text is what the page shows: no markup, entities decoded', () => {
	expect(plainText('Run `aws sts get-caller-identity` & check the **ARN** <br>')).toBe(
		'Run aws sts get-caller-identity & check the ARN'
	);
});

test("a step's first sentence ends at a full stop before a new sentence, not inside a name", () => {
	expect(firstSentence('Add s3:GetObject to the policy. Then retry.')).toBe(
		'Add s3:GetObject to the policy.'
	);
	expect(firstSentence('Open example.com and check. Next')).toBe('Open example.com and check.');
	expect(firstSentence('No full stop here')).toBe('No full stop here');
});

test('favicon.ico is one PNG in an ICO container with the right directory entry', () => {
	const png = Buffer.from('89504e470d0a1a0a0000', 'hex');
	const ico = icoFromPng(png, 32);
	expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
	expect([ico[6], ico[7]]).toEqual([32, 32]);
	expect(ico.readUInt32LE(14)).toBe(png.length);
	expect(ico.subarray(ico.readUInt32LE(18))).toEqual(png);
});

test('social images drawn on worker threads are the same bytes as on this thread, each for its own card', async () => {
	const cards = ['AccessDenied', 'Forbidden', 'EACCES'].map((code) => ({
		code,
		title: `${code}: a title long enough to wrap onto a second line of the card`,
		provider: 'Example',
	}));
	const cacheDir = await mkdtemp(join(tmpdir(), 'fixerror-social-'));
	try {
		// All at once, so the threads answer out of order.
		const pooled = await Promise.all(cards.map((card) => socialImage(card, cacheDir)));
		for (const [i, card] of cards.entries())
			expect(pooled[i]!.equals(await drawSocialImage(card)), card.code).toBe(true);
		expect(pooled[0]!.equals(pooled[1]!)).toBe(false);
		// Each drawn once and kept.
		expect((await readdir(cacheDir)).length).toBe(cards.length);
	} finally {
		await rm(cacheDir, { recursive: true, force: true });
	}
});
