import { expect, test } from 'vitest';
import { fenceLanguages, splitFences } from '../../src/utils/fences.ts';

test('prose without fences is one Markdown part', () => {
	expect(splitFences('One.\n\nTwo with `code`.')).toEqual([{ kind: 'markdown', text: 'One.\n\nTwo with `code`.' }]);
});

test('splits prose and fenced code in order, keeping the code exact', () => {
	const text = 'Before.\n\n```bash\naws s3 ls \\\n  --recursive\n```\n\nAfter.';
	expect(splitFences(text)).toEqual([
		{ kind: 'markdown', text: 'Before.' },
		{ kind: 'code', lang: 'bash', code: 'aws s3 ls \\\n  --recursive', line: 3 },
		{ kind: 'markdown', text: 'After.' },
	]);
});

test('a fence without a language is text; tildes and longer fences work', () => {
	expect(splitFences('~~~~\n```\nnot a close\n~~~~')).toEqual([{ kind: 'code', lang: 'text', code: '```\nnot a close', line: 1 }]);
});

test('an unclosed fence runs to the end, as in CommonMark', () => {
	expect(splitFences('```json\n{}')).toEqual([{ kind: 'code', lang: 'json', code: '{}', line: 1 }]);
});

test('inline code with three backticks on a line of prose is not a fence', () => {
	expect(splitFences('Use ```a``` here.')).toEqual([{ kind: 'markdown', text: 'Use ```a``` here.' }]);
});

test('a fence indented under a list item stays in the prose, so the list is not broken in two', () => {
	const text = '1. Run:\n\n   ```bash\n   aws s3 ls\n   ```\n\n2. Then check.';
	expect(splitFences(text)).toEqual([{ kind: 'markdown', text }]);
});

test('fenceLanguages finds fences at any depth, with their lines', () => {
	const text = 'Intro.\n\n```json\n{}\n```\n\n- item:\n\n  ```jsn\n  {}\n  ```\n\n> ```yaml\n> a: 1\n> ```';
	expect(fenceLanguages(text)).toEqual([
		{ lang: 'json', line: 3 },
		{ lang: 'jsn', line: 9 },
		{ lang: 'yaml', line: 13 },
	]);
});
