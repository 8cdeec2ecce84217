import { expect, test } from 'vitest';
import { FrontmatterError, splitFrontmatter } from '../../src/content-checks/frontmatter.ts';

/** The file line a YAML mistake is reported at. */
function lineOf(source: string): number | undefined {
	try {
		splitFrontmatter(source);
		return undefined;
	} catch (error) {
		if (!(error instanceof FrontmatterError)) throw error;
		return error.line;
	}
}

test('body lines keep their file line numbers', () => {
	const { data, body } = splitFrontmatter('---\ntitle: A\ncode: B\n---\n\nFirst line of prose.\n');
	expect(data).toEqual({ title: 'A', code: 'B' });
	expect(body.split('\n')[5]).toBe('First line of prose.'); // file line 6
});

test('a byte-order mark, leading blank lines and CRLF line endings are read as the build reads them', () => {
	expect(splitFrontmatter('\uFEFF---\ntitle: A\n---\nBody').data).toEqual({ title: 'A' });
	expect(splitFrontmatter('\n\n---\ntitle: A\n---\nBody').data).toEqual({ title: 'A' });
	expect(splitFrontmatter('---\r\ntitle: A\r\n---\r\nBody')).toEqual({
		data: { title: 'A' },
		body: '\n\n\nBody',
	});
});

test('a file without frontmatter has no data, and its whole text is the body', () => {
	expect(splitFrontmatter('Just prose.')).toEqual({ data: undefined, body: 'Just prose.' });
});

test('a YAML mistake is reported at the exact file line the parser points at', () => {
	// A second colon in a plain value, on file line 3.
	expect(lineOf('---\ntitle: A\nlead: Read this: now\ncode: B\n---\n')).toBe(3);
	// The same, after two blank lines and a byte-order mark: still the line of the mistake (5).
	expect(lineOf('\uFEFF\n\n---\ntitle: A\nlead: Read this: now\n---\n')).toBe(5);
	// A duplicated key, on line 4.
	expect(lineOf('---\ntitle: A\ncode: B\ncode: C\n---\n')).toBe(4);
	// A tab used for indentation, on line 4.
	expect(lineOf('---\ntitle: A\ncauses:\n\t- a\n---\n')).toBe(4);
	// An unclosed bracket on line 2 is found on line 3, where the next key starts.
	expect(lineOf('---\ntags: [a, b\ncode: B\n---\n')).toBe(3);
	// An unclosed frontmatter block, at its opening line.
	expect(lineOf('\n---\ntitle: A\n')).toBe(2);
});

test('dates are read as dates, as YAML 1.1 timestamps', () => {
	expect(splitFrontmatter('---\nupdated: 2026-11-28\n---\n').data).toEqual({
		updated: new Date('2026-11-28'),
	});
});
