import { expect, test } from 'vitest';
import { codeBlockNames, codePlace } from '../../src/utils/code-block-names.ts';

test('a file name names the block; otherwise the language and the place', () => {
	expect(
		codeBlockNames({ title: 'policy.json', language: 'JSON', place: 'fix 1', kind: 'sample' })
	).toEqual({
		copy: 'policy.json',
		block: 'Code: policy.json, JSON',
	});
	expect(codeBlockNames({ language: 'Shell', place: 'fix 2', kind: 'sample' })).toEqual({
		copy: 'Shell code, fix 2',
		block: 'Code: Shell code, fix 2',
	});
	expect(codeBlockNames({ title: 'stderr', language: 'Text', kind: 'message' }).block).toBe(
		'Error message: stderr'
	);
});

test('several untitled blocks in one place get distinct names', () => {
	const names = [0, 1, 2].map(
		(i) =>
			codeBlockNames({ language: 'Shell', place: codePlace('fix 1', i, 3), kind: 'sample' }).copy
	);
	expect(names).toEqual([
		'Shell code, fix 1, sample 1',
		'Shell code, fix 1, sample 2',
		'Shell code, fix 1, sample 3',
	]);
	expect(codePlace('detection', 0, 1)).toBe('detection');
});
