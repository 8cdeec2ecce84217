import { expect, test } from 'vitest';
import { copyTextFor } from '../../src/utils/copy-text.ts';

test('copies code without trailing newlines or spaces', () => {
	expect(copyTextFor('aws sts get-caller-identity\n\n', 'bash')).toBe(
		'aws sts get-caller-identity'
	);
	expect(copyTextFor('{\n  "a": 1\n}  \n', 'json')).toBe('{\n  "a": 1\n}');
});

test('keeps leading indentation and inner blank lines', () => {
	expect(copyTextFor('  a\n\n  b', 'yaml')).toBe('  a\n\n  b');
});

test('copies only the commands of a terminal session, without prompts or output', () => {
	const session = '$ aws sts get-caller-identity\n{\n  "Account": "123456789012"\n}\n$ aws s3 ls\n';
	expect(copyTextFor(session, 'console')).toBe('aws sts get-caller-identity\naws s3 ls');
});

test('leaves a dollar sign alone in ordinary shell code', () => {
	expect(copyTextFor('$ echo "$HOME"', 'bash')).toBe('$ echo "$HOME"');
});

test('a session command continued over several lines is copied whole', () => {
	const session =
		'$ aws s3 ls \\\n>   --recursive \\\n>   s3://example-bucket\n2026-01-01 file.txt\n';
	expect(copyTextFor(session, 'console')).toBe(
		'aws s3 ls \\\n  --recursive \\\n  s3://example-bucket'
	);
});
