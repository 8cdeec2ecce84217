/**
 * Checks a command against a tool's reference: a table of the tool's commands and the flags each
 * takes, checked against the tool's official reference pages (each entry names its page). Used
 * for tools whose own parser cannot run offline in the tests (gcloud, az, kubectl, docker, npm,
 * terraform, gh, ssh): a misspelt command or flag fails, the way the tool itself would refuse it.
 */
export interface CommandEntry {
	/** The flags this command takes, long (`--role`) and short (`-n`). */
	flags: readonly string[];
	/** The reference page the command and its flags were checked against. */
	source: string;
}

export interface ToolReference {
	/** Flags every command of the tool takes (`--project`, `--namespace`, `--help`). */
	global: readonly string[];
	/** Whether single-letter flags combine (`docker run -it`, `ssh-keygen -lf`). */
	combinesShortFlags?: boolean;
	/** Command path (`auth application-default login`, or `''` for the tool alone) → what it takes. */
	commands: Readonly<Record<string, CommandEntry>>;
}

/** What is wrong with one command, or `undefined` when the reference knows it and all its flags. */
export function checkCommand(
	argv: readonly string[],
	reference: ToolReference
): string | undefined {
	// The command path is the longest run of leading words the reference knows.
	let path = '';
	let length = 0;
	for (let i = 1; i <= argv.length && !argv[i - 1]!.startsWith('-'); i++) {
		const candidate = argv.slice(0, i).join(' ');
		if (candidate in reference.commands) [path, length] = [candidate, i];
	}
	const entry = reference.commands[path];
	if (!entry)
		return `unknown command "${argv
			.filter((a) => !a.startsWith('-'))
			.slice(0, 3)
			.join(' ')}"`;
	const allowed = new Set([...entry.flags, ...reference.global]);
	for (const arg of argv.slice(length)) {
		if (arg === '--') break;
		if (!arg.startsWith('-') || /^-\d/.test(arg) || arg === '-') continue;
		const name = arg.split('=', 1)[0]!;
		const names =
			!name.startsWith('--') && name.length > 2 && reference.combinesShortFlags
				? [...name.slice(1)].map((c) => `-${c}`)
				: [name];
		for (const flag of names)
			if (!allowed.has(flag))
				return `"${[path, ''].join(' ').trim() || '(no command)'}" has no flag ${flag}`;
	}
	return undefined;
}
