import { expect, test } from 'vitest';
import {
	knownLanguageNames,
	resolveLanguage,
	unknownLanguageMessage,
} from '../../src/utils/code-languages.ts';

test('resolves Shiki ids and aliases with a readable label', () => {
	expect(resolveLanguage('json')).toEqual({ id: 'json', label: 'JSON' });
	expect(resolveLanguage('sh')?.id).toBe('sh');
	expect(resolveLanguage(' YAML ')?.id).toBe('yaml');
});

test('maps terminal stream names to plain text and keeps their name as the label', () => {
	expect(resolveLanguage('stderr')).toEqual({ id: 'text', label: 'stderr' });
	expect(resolveLanguage('text')).toEqual({ id: 'text', label: 'Text' });
});

test('rejects a language Shiki does not know', () => {
	expect(resolveLanguage('jsonn')).toBeUndefined();
	expect(resolveLanguage('')).toBeUndefined();
});

test('lists the names authors may use, and suggests the nearest for a typo', () => {
	const names = knownLanguageNames();
	expect(names).toEqual(expect.arrayContaining(['json', 'bash', 'stderr', 'text', 'hcl']));
	expect(names).not.toContain('jsonn');
	expect(unknownLanguageMessage('yml2')).toMatch(
		/^unknown code language "yml2": .* — did you mean "yml"\?$/
	);
	expect(unknownLanguageMessage('qqqqqqqq')).not.toContain('did you mean');
});
