// Every gcloud, az, kubectl, docker, npm, terraform, gh, ssh and curl command a guide prints uses a
// command and flags the tool's reference documents (command-reference.ts, re-checked against each
// tool's own --help by command-reference-help.ts), and every git command is parsed by git itself.
// A failure names the guide, the field and the line.
import { describe, expect, test } from 'vitest';
import { copyTextFor } from '../../src/utils/copy-text.ts';
import { checkCommand } from './command-grammar.ts';
import { TOOL_REFERENCES } from './command-reference.ts';
import { SHELLS, codeUnits } from './corpus.ts';
import { gitProblem } from './git-commands.ts';
import { toolCommands } from './shell-commands.ts';

interface Found {
	where: string;
	tool: string;
	argv: string[];
}

const TOOLS = [...Object.keys(TOOL_REFERENCES), 'git'];

const found: Found[] = codeUnits.flatMap((unit) => {
	if (!SHELLS.has(unit.lang)) return [];
	const script = copyTextFor(unit.code, unit.lang);
	return TOOLS.flatMap((tool) =>
		toolCommands(script, tool).map(({ argv, line }) => ({
			where: `${unit.where}:${line}`,
			tool,
			argv,
		}))
	);
});

const show = (c: Found) => `${c.where}: ${c.tool} ${c.argv.join(' ')}`;

describe('tool commands in the guides', () => {
	test('the corpus prints commands of each checked tool', () => {
		// If extraction broke, every check below would pass on nothing.
		const tools = new Set(found.map((c) => c.tool));
		const counts = TOOLS.map((t) => `${found.filter((c) => c.tool === t).length} ${t}`);
		console.log(`tool commands checked: ${counts.join(', ')}`);
		for (const tool of ['gcloud', 'az', 'kubectl', 'docker', 'npm', 'git', 'terraform'])
			expect(tools, tool).toContain(tool);
	});

	test('every command and flag is in its tool’s reference', () => {
		const failures = found
			.filter((c) => c.tool !== 'git')
			.flatMap((c) => {
				const problem = checkCommand(c.argv, TOOL_REFERENCES[c.tool]!);
				return problem ? [`${show(c)}\n    ${problem}`] : [];
			});
		expect(failures).toEqual([]);
	});

	test('every git command parses with git', () => {
		const failures = found
			.filter((c) => c.tool === 'git')
			.flatMap((c) => {
				const problem = gitProblem(c.argv);
				return problem ? [`${show(c)}\n    ${problem}`] : [];
			});
		expect(failures).toEqual([]);
	});
});

describe('the reference refuses what the tools refuse', () => {
	const { gcloud, az, kubectl, docker, ssh, terraform } = TOOL_REFERENCES;
	test.each([
		[['projects', 'add-iam-policy-bindings', 'p'], gcloud, /unknown command/],
		[['projects', 'add-iam-policy-binding', 'p', '--members=user:a'], gcloud, /no flag --members/],
		[['role', 'assignment', 'create', '--assignee-id', 'x'], az, /no flag --assignee-id/],
		[['auth', 'can-i', 'list', 'pods', '--namespaces', 'x'], kubectl, /no flag --namespaces/],
		[['login', '--password-stdn'], docker, /no flag --password-stdn/],
		[['-vZ', 'git@github.com'], ssh, /no flag -Z/],
		[['plan', '--lock-timeout=5m'], terraform, /no flag --lock-timeout/],
	])('%j', (argv, reference, problem) => {
		expect(checkCommand(argv, reference!)).toMatch(problem);
	});

	test.each([
		[['auth', 'application-default', 'login'], gcloud],
		[['-vT', 'git@github.com'], ssh],
		[['get', 'pods', '-A', '-o', 'wide'], kubectl],
	])('%j', (argv, reference) => {
		expect(checkCommand(argv, reference!)).toBeUndefined();
	});

	test('git refuses a misspelt command and an unknown option', () => {
		expect(gitProblem(['remote', 'set-ulr', 'origin', 'x'])).toBeDefined();
		expect(gitProblem(['ls-remote', '--hedas', 'origin'])).toBeDefined();
		expect(gitProblem(['pusj'])).toMatch(/not a git command/);
		expect(gitProblem(['remote', '-v'])).toBeUndefined();
	});
});
