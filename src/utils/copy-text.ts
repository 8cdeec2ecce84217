/** Languages whose samples are terminal sessions, where a leading `$ ` is a prompt, not code. */
const SESSION_LANGUAGES = new Set(['console', 'shellsession']);

/**
 * The exact text the copy button puts on the clipboard, computed at build time: the code
 * without trailing whitespace (a trailing newline would run a pasted command at once) and, for
 * terminal sessions, only the commands without their `$ ` prompts or their output.
 */
export function copyTextFor(code: string, lang: string): string {
	const trimmed = code.replace(/\s+$/, '');
	if (!SESSION_LANGUAGES.has(lang)) return trimmed;
	return trimmed
		.split('\n')
		.filter((line) => line.startsWith('$ '))
		.map((line) => line.slice(2))
		.join('\n');
}
