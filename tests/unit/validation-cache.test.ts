import { expect, test } from 'vitest';
import type { GuideFile } from '../../src/content-checks/files.ts';
import { formatProblem } from '../../src/content-checks/problem.ts';
import {
	validateFiles,
	type FactsCache,
	type GuideFacts,
} from '../../src/content-checks/validate.ts';
import { BODY_LINE, EXAMPLE, OTHER, baseContent, patch } from '../fixtures/content.ts';

function memoryCache(): FactsCache & { reads: string[] } {
	const entries = new Map<string, { digest: string; facts: GuideFacts }>();
	const reads: string[] = [];
	return {
		reads,
		get: (file: GuideFile, digest: string) => {
			const entry = entries.get(file.path);
			return entry?.digest === digest ? structuredClone(entry.facts) : undefined;
		},
		set: (file: GuideFile, digest: string, facts: GuideFacts) => {
			reads.push(file.path);
			entries.set(file.path, { digest, facts: structuredClone(facts) });
		},
	};
}

test('a second run reuses the facts of unchanged guides and reads only the changed one', () => {
	const cache = memoryCache();
	const first = validateFiles(baseContent(), { cache });
	expect(first.guides).toHaveLength(5);
	expect(cache.reads).toHaveLength(5);

	const second = validateFiles(baseContent(), { cache });
	expect(second.guides).toEqual([]);
	expect(second.unchanged.sort()).toEqual(first.guides.map((g) => g.id).sort());

	const changed = patch(
		baseContent(),
		OTHER,
		'Read the message first.',
		'Read the whole message first.'
	);
	const third = validateFiles(changed, { cache });
	expect(third.guides.map((g) => g.id)).toEqual(['aws/other-denied']);
	expect(cache.reads.slice(5)).toEqual([OTHER]);
});

test('problems are the same with and without the cache, including those across files', () => {
	const cache = memoryCache();
	validateFiles(baseContent(), { cache });
	// A change in one file breaks a link in another, unchanged one: the cross-file checks run anew.
	const broken = patch(
		patch(baseContent(), OTHER, /fixes:\n(?: {2}.*\n)+/, 'fixes: []\n'),
		EXAMPLE,
		'title:',
		'title:'
	);
	const fresh = validateFiles(broken).problems.map(formatProblem);
	expect(validateFiles(broken, { cache }).problems.map(formatProblem)).toEqual(fresh);
	expect(fresh).toContain(
		`${EXAMPLE}: body:${BODY_LINE}: link "/aws/other-denied/#fix-1": /aws/other-denied/ has no anchor "#fix-1" — did you mean "faq-1"?`
	);
	// And a problem found inside an unchanged file is reported again from its facts.
	const bad = patch(baseContent(), EXAMPLE, 'updated: 2026-01-15', 'updated: 2999-01-01');
	validateFiles(bad, { cache });
	expect(validateFiles(bad, { cache }).problems.map(formatProblem)).toEqual([
		`${EXAMPLE}: updated: must not be in the future`,
	]);
});
