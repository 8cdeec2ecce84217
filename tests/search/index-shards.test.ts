// The recogniser's index in shards (src/search/index-shards.ts): for any text, the shards its
// keys name give exactly the answer the whole index gives, while loading only part of it.
import { expect, test } from 'vitest';
import { validateContent } from '../../src/content-checks/validate.ts';
import { guideIndexFor } from '../../src/search/index-from-content.ts';
import { guideKeys, phraseFiling, shardIndex, shardOf } from '../../src/search/index-shards.ts';
import { createRecogniser, recognise, type Recognition } from '../../src/search/recognise.ts';
import { errorFixtures } from './fixtures.ts';
import { recogniserFromShards } from './from-shards.ts';

const { guides, providers } = await validateContent(new URL('../../', import.meta.url));
const index = guideIndexFor(guides, providers);
const whole = createRecogniser(index);

// Two keys a shard instead of the build's eight: the 53 guides of today then split into as many
// shards as thousands of guides would at eight, so the loading test means something.
const { head, shards } = shardIndex(index, () => 'digest', 2);
const known = new Set(head.keys);
const fromShards = recogniserFromShards(head, shards);

const summary = (r: Recognition) => ({
	kind: r.kind,
	candidates: r.candidates.map((c) => ({ id: c.guide.id, score: c.score, why: c.why })),
	facts: r.facts,
});

const texts = [
	...errorFixtures.map((fixture) => fixture.text),
	// What readers type, and text that is no error at all.
	'AccessDeniedException',
	'kms:Decrypt',
	'403',
	'ExpiredToken',
	'Forbidden',
	'denied',
	'permission denied',
	'<img src=x onerror=alert(1)>',
	'((((((((((',
	'',
];

test('every text gets the same answer from its shards as from the whole index', () => {
	for (const text of texts)
		expect(summary(fromShards(text).recognition), text.slice(0, 80)).toEqual(
			summary(recognise(text, whole))
		);
});

test('a text loads part of the index: a code alone, a handful of guides', () => {
	expect(shards.length).toBeGreaterThan(8);
	const loaded = texts.map((text) => fromShards(text).guides);
	const mean = loaded.reduce((a, b) => a + b, 0) / loaded.length;
	expect(mean).toBeLessThan(index.guides.length / 2);
	// A code no other guide shares: its guide and the few filed in the same shard.
	expect(fromShards('AADSTS700016').guides).toBeLessThanOrEqual(5);
	// A filing word is the rarest of its phrase: `authorized` does not bring every guide whose
	// alias has it, only those whose phrase has nothing rarer.
	expect(fromShards('User is not authorized to perform: ssm:GetParameter').guides).toBeLessThan(
		index.guides.length / 2
	);
	expect(fromShards('').guides).toBe(0);
});

test('every guide is in the shard of each of its keys, and the head lists every key', () => {
	expect(head.shardCount).toBe(shards.length);
	index.guides.forEach((guide, order) => {
		for (const key of guideKeys(guide, phraseFiling(index))) {
			expect(known.has(key), key).toBe(true);
			const shard = shards[shardOf(key, shards.length)]!;
			expect(
				shard.guides.some((entry) => entry.order === order),
				`${guide.id} ${key}`
			).toBe(true);
		}
	});
});
