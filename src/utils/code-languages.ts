import { bundledLanguages, bundledLanguagesInfo } from 'shiki';
import { didYouMean } from '../content-checks/suggest.ts';

/** Languages Shiki renders as plain, unhighlighted text. */
const PLAIN_TEXT = new Set(['text', 'txt', 'plain', 'plaintext']);

/**
 * Names authors reach for that Shiki does not know. A terminal's error stream is plain text;
 * mapping it here keeps `lang: stderr` in a guide meaningful instead of an error.
 */
const EXTRA_ALIASES: Record<string, string> = {
	stderr: 'text',
	stdout: 'text',
	output: 'text',
};

export interface ResolvedLanguage {
	/** The id passed to Shiki. */
	id: string;
	/** The name shown to readers in a code block's header. */
	label: string;
}

const LABELS = new Map<string, string>();
for (const info of bundledLanguagesInfo) {
	LABELS.set(info.id, info.name);
	for (const alias of info.aliases ?? []) LABELS.set(alias, info.name);
}

/**
 * Resolves what an author wrote as a code language to the id Shiki needs and a label for readers.
 * Returns `undefined` for a language Shiki cannot highlight.
 *
 * @example resolveLanguage('sh') // { id: 'sh', label: 'Shell' }
 */
export function resolveLanguage(input: string): ResolvedLanguage | undefined {
	const name = input.trim().toLowerCase();
	const target = EXTRA_ALIASES[name] ?? name;
	if (PLAIN_TEXT.has(target)) return { id: 'text', label: name === target ? 'Text' : name };
	if (!(target in bundledLanguages)) return undefined;
	return { id: target, label: LABELS.get(target) ?? target };
}

/** Every language name an author may write, for error messages. */
export function knownLanguageNames(): string[] {
	return [
		...new Set([...PLAIN_TEXT, ...Object.keys(EXTRA_ALIASES), ...Object.keys(bundledLanguages)]),
	].sort();
}

/** What the content checks say about a language Shiki does not know, with the nearest known name. */
export function unknownLanguageMessage(input: string): string {
	const suggestion = didYouMean(input.trim().toLowerCase(), knownLanguageNames());
	return `unknown code language "${input}": use a language Shiki knows (json, bash, sh, yaml, hcl, python, text, ...)${suggestion}`;
}
