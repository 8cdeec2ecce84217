// Re-checks the command reference against the tools themselves: for every tool installed on this
// machine, each command's `--help` must exist and name each of the command's flags. Run it when
// the table changes (`node tests/samples/command-reference-help.ts`); CI machines do not have
// gcloud or az, so this is a maintainer's check, not a test. Exits non-zero on any mismatch.
import { spawnSync } from 'node:child_process';
import { TOOL_REFERENCES } from './command-reference.ts';

const env = { ...process.env, PAGER: 'cat', MANPAGER: 'cat', CLOUDSDK_CORE_DISABLE_PROMPTS: '1' };

function run(tool: string, args: string[]): string | undefined {
	const result = spawnSync(tool, args, { env, encoding: 'utf8', timeout: 60_000 });
	if (result.error) return undefined;
	// gcloud marks its help up with terminal escapes even when piped.
	return `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
}

/** The help text of one command, as the tool prints it. */
function helpOf(tool: string, path: string): string | undefined {
	const words = path ? path.split(' ') : [];
	switch (tool) {
		case 'terraform':
			return run(tool, [...words, '-help']);
		case 'ssh':
		case 'ssh-keygen':
			// OpenSSH prints its usage, every option letter included, for an unknown option.
			return run(tool, ['-?']);
		case 'ssh-add':
			// ssh-add needs an agent before it reads its options.
			return run('ssh-agent', ['ssh-add', '-?']);
		case 'curl':
			return run(tool, ['--help', 'all']);
		default:
			return run(tool, [...words, '--help']);
	}
}

/** The help text that lists a tool's global flags. */
function globalHelpOf(tool: string): string | undefined {
	switch (tool) {
		case 'kubectl':
			return `${run(tool, ['options'])}${run(tool, ['get', '--help'])}`;
		case 'npm':
			// Any config key is a flag; `-g` is install's shorthand for `--global`.
			return `${run(tool, ['config', 'list', '--long'])}${run(tool, ['install', '--help'])}`;
		case 'terraform':
			return run(tool, ['-help']);
		case 'gcloud':
		case 'docker':
			return run(tool, ['--help']);
		case 'az':
			return run(tool, ['account', 'show', '--help']);
		default:
			return helpOf(tool, Object.keys(TOOL_REFERENCES[tool]!.commands)[0]!);
	}
}

function names(help: string, flag: string): boolean {
	const escaped = flag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	if (/^-[A-Za-z?]$/.test(flag) && /usage: ssh/.test(help))
		// OpenSSH groups letters: `[-46AaCfGgKkMNnqsTtVvXxYy] [-i identity_file]`.
		return new RegExp(`\\[-[A-Za-z0-9]*${escaped.slice(1)}[A-Za-z0-9]*[\\] ]`).test(help);
	// npm lists its config keys as `key = value`.
	if (
		/^; "user" config|^; "default" values/m.test(help) &&
		new RegExp(`^;?\\s*${escaped.replace(/^-+/, '')} = `, 'm').test(help)
	)
		return true;
	return new RegExp(`(^|[\\s,\\[|(])${escaped}(?=[\\s=,\\]|<)\\[]|$)`, 'm').test(help);
}

// Flags newer than the release Debian packages, checked against the reference page instead.
const NEWER_THAN_INSTALLED: Readonly<Record<string, readonly string[]>> = {
	// https://learn.microsoft.com/cli/azure/authenticate-azure-cli-service-principal (Azure CLI 2.67+)
	'az login': ['--certificate'],
};

let problems = 0;
let checked = 0;
for (const [tool, reference] of Object.entries(TOOL_REFERENCES)) {
	if (run('sh', ['-c', `command -v ${tool}`])?.trim() === '') {
		console.log(`${tool}: not installed here, skipped`);
		continue;
	}
	const globals = globalHelpOf(tool) ?? '';
	for (const flag of reference.global) {
		checked++;
		if (!names(globals, flag)) {
			problems++;
			console.log(`${tool}: global flag ${flag} not in its help`);
		}
	}
	for (const [path, flags] of Object.entries(reference.commands)) {
		const help = helpOf(tool, path) ?? '';
		if (
			/unknown command|is not in the|invalid choice|Unknown command|not a .* command/i.test(help)
		) {
			problems++;
			console.log(`${tool} ${path}: not a command (${help.trim().split('\n')[0]})`);
			continue;
		}
		for (const flag of flags) {
			checked++;
			if (NEWER_THAN_INSTALLED[`${tool} ${path}`]?.includes(flag)) continue;
			if (!names(help, flag)) {
				problems++;
				console.log(`${tool} ${path}: ${flag} not in its help`);
			}
		}
	}
	console.log(`${tool}: checked`);
}
console.log(`${checked} flags checked, ${problems} problems`);
process.exit(problems ? 1 : 0);
