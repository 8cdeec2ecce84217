// The recogniser against real messages (tests/fixtures/errors/): the right guide first for at
// least 95 % of the messages that have a guide, a confident wrong answer for at most 2 %, and no
// confident answer for a message without a guide. The table is printed on every run.
import { expect, test } from 'vitest';
import { validateContent } from '../../src/content-checks/validate.ts';
import { guideIndexFor } from '../../src/search/index-from-content.ts';
import { createRecogniser, recognise } from '../../src/search/recognise.ts';
import { errorFixtures } from './fixtures.ts';

const { guides, providers } = await validateContent(new URL('../../', import.meta.url));
const recogniser = createRecogniser(guideIndexFor(guides, providers));
const ids = new Set(guides.map((g) => g.id));

const outcomes = errorFixtures.map((fixture) => {
	const { kind, candidates } = recognise(fixture.text, recogniser);
	const first = candidates[0]?.guide.id ?? null;
	return { fixture, kind, first, confident: kind === 'confident' };
});
const withGuide = outcomes.filter((o) => o.fixture.expect !== null);
const withoutGuide = outcomes.filter((o) => o.fixture.expect === null);

test('the fixtures name guides that exist, and cover every provider', () => {
	for (const { fixture } of withGuide) expect(ids, fixture.where).toContain(fixture.expect);
	const providersCovered = new Set(withGuide.map((o) => o.fixture.expect!.split('/')[0]));
	for (const provider of providers) expect(providersCovered, provider.id).toContain(provider.id);
	expect(errorFixtures.length).toBeGreaterThanOrEqual(60);
});

test('accuracy: the right guide first, rarely confident and wrong, never confident without a guide', () => {
	const right = withGuide.filter((o) => o.first === o.fixture.expect);
	const confidentRight = withGuide.filter((o) => o.confident && o.first === o.fixture.expect);
	const confidentWrong = withGuide.filter((o) => o.confident && o.first !== o.fixture.expect);
	const none = withGuide.filter((o) => o.kind === 'none');
	const falseAlarms = withoutGuide.filter((o) => o.confident);
	const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)} %`;
	console.log(
		[
			`recogniser on ${errorFixtures.length} real messages (${withGuide.length} with a guide, ${withoutGuide.length} without)`,
			`  right guide first:      ${right.length} / ${withGuide.length} (${pct(right.length, withGuide.length)})`,
			`  confident and right:    ${confidentRight.length} (${pct(confidentRight.length, withGuide.length)})`,
			`  confident and wrong:    ${confidentWrong.length} (${pct(confidentWrong.length, withGuide.length)})`,
			`  no answer:              ${none.length}`,
			`  without a guide, confident anyway: ${falseAlarms.length} / ${withoutGuide.length}`,
			...outcomes
				.filter((o) => o.first !== o.fixture.expect && (o.fixture.expect !== null || o.confident))
				.map(
					(o) =>
						`  miss ${o.fixture.where} (${o.fixture.form}): expected ${o.fixture.expect}, got ${o.kind} ${o.first}`
				),
		].join('\n')
	);
	expect(right.length / withGuide.length).toBeGreaterThanOrEqual(0.95);
	expect(confidentWrong.length / withGuide.length).toBeLessThanOrEqual(0.02);
	expect(falseAlarms.map((o) => o.fixture.where)).toEqual([]);
});
