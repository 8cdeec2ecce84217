/** Languages whose samples are terminal sessions, where `$ ` marks a command and the rest is output. */
export const SESSION_LANGUAGES: ReadonlySet<string> = new Set(['console', 'shellsession']);

/**
 * The exact text the copy button puts on the clipboard, computed at build time: the code
 * without trailing whitespace (a trailing newline would run a pasted command at once) and, for
 * terminal sessions, only the commands: `$ ` prompts and output lines are dropped, and a
 * command continued with `\` keeps its continuation lines (without a `> ` prompt).
 */
export function copyTextFor(code: string, lang: string): string {
	const trimmed = code.replace(/\s+$/, '');
	if (!SESSION_LANGUAGES.has(lang)) return trimmed;
	const commands: string[] = [];
	let continued = false;
	for (const line of trimmed.split('\n')) {
		if (line.startsWith('$ ')) commands.push(line.slice(2));
		else if (continued) commands.push(line.replace(/^> /, ''));
		else continue;
		continued = commands.at(-1)!.endsWith('\\');
	}
	return commands.join('\n');
}
