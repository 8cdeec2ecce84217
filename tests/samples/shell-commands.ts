import { parse, type ParseEntry } from 'shell-quote';

export interface ShellCommand {
	/** The arguments after `aws`. */
	argv: string[];
	/** 1-based line of the script where the command starts. */
	line: number;
}

/** `$(...)` spans of a line, outermost first, found by counting parentheses. */
function substitutions(line: string): Array<{ start: number; end: number }> {
	const spans: Array<{ start: number; end: number }> = [];
	for (let i = 0; i < line.length; i++) {
		if (line[i] !== '$' || line[i + 1] !== '(') continue;
		let depth = 0;
		for (let j = i + 1; j < line.length; j++) {
			if (line[j] === '(') depth++;
			else if (line[j] === ')' && --depth === 0) {
				spans.push({ start: i, end: j + 1 });
				i = j;
				break;
			}
		}
	}
	return spans;
}

const SEPARATORS = new Set(['|', '||', '&&', ';', '&', '(', ')', '|&']);
const REDIRECTIONS = new Set(['>', '>>', '<', '>&', '<&', '&>', '&>>', '<<<']);

/** Every `aws` command in a shell script: see `toolCommands`. */
export const awsCommands = (script: string) => toolCommands(script, 'aws');

/**
 * Every command of one tool (`aws`, `kubectl`, ...) in a shell script, with its arguments as the
 * shell would pass them: continued lines joined, pipelines and lists split, `VAR=value` and `sudo`
 * prefixes dropped, variables left as `$NAME`, and commands inside `$(...)` read too.
 */
export function toolCommands(script: string, tool: string): ShellCommand[] {
	const commands: ShellCommand[] = [];
	const lines = script.split('\n');
	for (let i = 0; i < lines.length; i++) {
		const start = i;
		let line = lines[i]!;
		while (line.endsWith('\\') && i + 1 < lines.length) line = `${line.slice(0, -1)} ${lines[++i]}`;
		const inner = substitutions(line);
		for (const { start: from, end } of inner)
			commands.push(
				...toolCommands(line.slice(from + 2, end - 1), tool).map((c) => ({
					...c,
					line: start + c.line,
				}))
			);
		// The substitution's output stands in for it in the outer command.
		const outer = inner.reduceRight(
			(text, { start: from, end }) => `${text.slice(0, from)}SUBSTITUTED${text.slice(end)}`,
			line
		);
		let words: string[] = [];
		const flush = () => {
			let argv = words.slice(words.findIndex((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word)));
			if (argv[0] === 'sudo') argv = argv.slice(1);
			if (argv[0] === tool && words.length > 0)
				commands.push({ argv: argv.slice(1), line: start + 1 });
			words = [];
		};
		let redirect = false;
		for (const entry of parse(outer, (name) => `$${name}`) as ParseEntry[]) {
			// A redirection (`2>&1`, `> out.txt`) and its target are the shell's, not the command's.
			if (redirect) redirect = false;
			else if (typeof entry === 'string') words.push(entry);
			else if ('op' in entry && REDIRECTIONS.has(entry.op)) {
				if (/^\d$/.test(words.at(-1) ?? '')) words.pop();
				redirect = true;
			} else if ('op' in entry && SEPARATORS.has(entry.op)) flush();
			else if ('op' in entry && entry.op === 'glob') words.push(entry.pattern);
			else if ('comment' in entry) break;
		}
		flush();
	}
	return commands;
}
