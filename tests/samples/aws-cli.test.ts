// Every `aws` command a guide prints is parsed by the AWS CLI's own argument parser, offline and
// in one Python process (parse_aws_cli.py): a misspelt service, operation or flag, or a value the
// service model refuses, fails here with the guide, field and line. Commands only CLI v2 has
// carry `awsCliV2Only` on their sample and are skipped when the CLI on this machine is v1.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyTextFor } from '../../src/utils/copy-text.ts';
import { SHELLS, codeUnits } from './corpus.ts';
import { awsCommands } from './shell-commands.ts';

interface Command {
	/** `content/errors/aws/foo.mdx: fixes[1].samples[0]:3` */
	where: string;
	argv: string[];
	v2Only: boolean;
}

/**
 * The AWS CLI on PATH: its major version, and a Python that can import its driver: `python3`
 * (pyenv or Debian's, with the CLI installed), or the interpreter on the first line of `aws`.
 */
function awsCli(): { python: string; version: number } {
	const version = Number(
		/aws-cli\/(\d+)/.exec(execFileSync('aws', ['--version'], { encoding: 'utf8' }))?.[1]
	);
	const path = execFileSync('sh', ['-c', 'command -v aws'], { encoding: 'utf8' }).trim();
	const shebang = /^#!\s*(\S+)/.exec(readFileSync(path, 'utf8').split('\n')[0] ?? '')?.[1];
	for (const python of ['python3', ...(shebang ? [shebang] : [])]) {
		try {
			execFileSync(python, ['-c', 'import awscli.clidriver'], { stdio: 'ignore' });
			return { python, version };
		} catch {
			// not this one
		}
	}
	throw new Error(
		`no Python here can import the AWS CLI's driver (aws is ${path}); install it: apt-get install -y awscli`
	);
}

const commands: Command[] = [];
const files = new Map<string, string>();
for (const unit of codeUnits) {
	if (unit.sample?.filename) files.set(unit.sample.filename, unit.code);
	if (!SHELLS.has(unit.lang)) continue;
	for (const { argv, line } of awsCommands(copyTextFor(unit.code, unit.lang)))
		commands.push({
			where: `${unit.where}:${line}`,
			argv,
			v2Only: unit.sample?.awsCliV2Only !== undefined,
		});
}

describe('AWS CLI commands parse', () => {
	const cli = awsCli();
	const checked = commands.filter((c) => cli.version >= 2 || !c.v2Only);

	test('every command in every guide is accepted by the CLI parser', () => {
		// The files the commands read (`file://policy.json`) are the guides' own samples.
		const cwd = mkdtempSync(join(tmpdir(), 'fixerror-cli-'));
		for (const [name, code] of files) writeFileSync(join(cwd, name), code);
		const output = execFileSync(
			cli.python,
			[new URL('parse_aws_cli.py', import.meta.url).pathname],
			{
				cwd,
				input: JSON.stringify(checked.map((c) => c.argv)),
				encoding: 'utf8',
				maxBuffer: 1 << 26,
			}
		);
		const results = JSON.parse(output) as Array<{ ok: boolean; error?: string }>;
		const failures = checked.flatMap((command, i) =>
			results[i]!.ok
				? []
				: [`${command.where}: aws ${command.argv.join(' ')}: ${results[i]!.error}`]
		);
		console.log(
			`aws cli ${cli.version}: ${checked.length} commands parsed, ${commands.length - checked.length} skipped as CLI v2 only, in ${new Set(commands.map((c) => c.where.split(':')[0])).size} guides`
		);
		expect(failures).toEqual([]);
		expect(checked.length).toBeGreaterThan(0);
	}, 120_000);

	test('a misspelt operation or flag is rejected, so the check can fail', () => {
		const output = execFileSync(
			cli.python,
			[new URL('parse_aws_cli.py', import.meta.url).pathname],
			{
				input: JSON.stringify([
					['sts', 'get-caller-identity'],
					['configure', 'get', 'region'],
					['configure', 'gett', 'region'],
					['iam', 'simulate-principal-polcy'],
					['s3api', 'head-object', '--bucket', 'example-bucket', '--key', 'a', '--bogus'],
					[
						'kms',
						'get-key-policy',
						'--key-id',
						'1234abcd-12ab-34cd-56ef-1234567890ab',
						'--policy-name',
						'default',
						'--query',
						'Policy',
						'--output',
						'text',
					],
				]),
				encoding: 'utf8',
			}
		);
		expect((JSON.parse(output) as Array<{ ok: boolean }>).map((r) => r.ok)).toEqual([
			true,
			true,
			false,
			false,
			false,
			true,
		]);
	}, 60_000);
});
