/**
 * Checks a command against a tool's reference: a table of the tool's commands and the flags each
 * takes, checked against the tool's official reference (each tool says where its pages are). Used
 * for tools whose own parser cannot run offline in the tests (gcloud, az, kubectl, docker, npm,
 * terraform, gh, ssh): a misspelt command or flag fails, the way the tool itself would refuse it.
 */
export interface ToolReference {
	/** The official reference page of a command path (`auth application-default login`). */
	docs: (path: string) => string;
	/** Flags every command of the tool takes (`--project`, `--namespace`, `--help`). */
	global: readonly string[];
	/** Whether single-letter flags combine (`ssh -vT`, `ssh-keygen -lf`). */
	combinesShortFlags?: boolean;
	/** Command path (`auth application-default login`, or `''` for the tool alone) → its flags. */
	commands: Readonly<Record<string, readonly string[]>>;
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
	const flags = reference.commands[path];
	if (!flags)
		return `unknown command "${argv
			.filter((a) => !a.startsWith('-'))
			.slice(0, 3)
			.join(' ')}"`;
	const allowed = new Set([...flags, ...reference.global]);
	for (const arg of argv.slice(length)) {
		if (arg === '--') break;
		if (!arg.startsWith('-') || /^-\d/.test(arg) || arg === '-') continue;
		const name = arg.split('=', 1)[0]!;
		const names =
			!name.startsWith('--') && name.length > 2 && reference.combinesShortFlags
				? [...name.slice(1)].map((c) => `-${c}`)
				: [name];
		for (const flag of names)
			if (!allowed.has(flag)) return `"${path || '(no command)'}" has no flag ${flag}`;
	}
	return undefined;
}
