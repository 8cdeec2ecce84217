// Runs git commands with git's own parser, offline, in a throwaway repository: git exits with
// status 129 when its options do not parse, and says "is not a git command" for an unknown
// command. Anything else (a missing remote, a refused connection) means git understood the
// command. Nothing leaves the machine: SSH and HTTPS transports are pointed nowhere.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What git says is wrong with a command, or `undefined` when it parses. */
export function gitProblem(argv: readonly string[]): string | undefined {
	const home = mkdtempSync(join(tmpdir(), 'fixerror-git-'));
	const repo = join(home, 'repo');
	const env = {
		PATH: process.env.PATH ?? '/usr/bin:/bin',
		HOME: home,
		GIT_CONFIG_NOSYSTEM: '1',
		GIT_TERMINAL_PROMPT: '0',
		GIT_ASKPASS: 'false',
		SSH_ASKPASS: 'false',
		GIT_SSH_COMMAND: 'false',
		https_proxy: 'http://127.0.0.1:9',
		http_proxy: 'http://127.0.0.1:9',
	};
	spawnSync('git', ['init', '-q', repo], { env });
	const result = spawnSync('git', argv, {
		cwd: repo,
		env,
		input: '',
		encoding: 'utf8',
		timeout: 10_000,
	});
	if (result.status === 129)
		return result.stderr.split('\n').find((line) => line.trim()) ?? 'usage error (status 129)';
	if (/is not a git command/.test(result.stderr)) return result.stderr.split('\n')[0];
	return undefined;
}
