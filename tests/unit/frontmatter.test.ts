import { expect, test } from 'vitest';
import { frontmatterStartLine, splitFrontmatter } from '../../src/content-checks/frontmatter.ts';

test('body lines keep their file line numbers', () => {
	const { data, body } = splitFrontmatter('---\ntitle: A\ncode: B\n---\n\nFirst line of prose.\n');
	expect(data).toEqual({ title: 'A', code: 'B' });
	expect(body.split('\n')[5]).toBe('First line of prose.'); // file line 6
});

test('a byte-order mark, leading blank lines and CRLF line endings are read as the build reads them', () => {
	expect(splitFrontmatter('\uFEFF---\ntitle: A\n---\nBody').data).toEqual({ title: 'A' });
	expect(splitFrontmatter('\n\n---\ntitle: A\n---\nBody').data).toEqual({ title: 'A' });
	expect(splitFrontmatter('---\r\ntitle: A\r\n---\r\nBody').data).toEqual({ title: 'A' });
	expect(frontmatterStartLine('\n\n---\ntitle: [\n---')).toBe(3);
});

test('a file without frontmatter has no data, and its whole text is the body', () => {
	expect(splitFrontmatter('Just prose.')).toEqual({ data: undefined, body: 'Just prose.' });
});

test('broken YAML throws with the line of the mistake', () => {
	expect(() => splitFrontmatter('---\ntitle: A\naliases: [a, b\n---\n')).toThrow(/flow collection/);
});
