import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const copies: string[] = [];
let site: string;

/** A throwaway copy of the project whose content we can change; node_modules is linked, its caches are not shared. */
async function copyProject(): Promise<string> {
	const copy = await mkdtemp(join(tmpdir(), 'fixerror-build-'));
	copies.push(copy);
	for (const entry of [
		'astro.config.mjs',
		'tsconfig.json',
		'package.json',
		'src',
		'public',
		'content',
	]) {
		await cp(join(root, entry), join(copy, entry), { recursive: true });
	}
	await mkdir(join(copy, 'node_modules'));
	for (const entry of await readdir(join(root, 'node_modules'))) {
		if (entry !== '.astro' && entry !== '.vite')
			await symlink(join(root, 'node_modules', entry), join(copy, 'node_modules', entry));
	}
	return copy;
}

beforeAll(async () => {
	site = await copyProject();
});

afterAll(async () => {
	await Promise.all(copies.map((copy) => rm(copy, { recursive: true, force: true })));
});

async function plant(file: string, from: string | RegExp, to: string): Promise<void> {
	const path = join(site, file);
	const source = await readFile(path, 'utf8');
	const found = typeof from === 'string' ? source.includes(from) : from.test(source);
	if (!found) throw new Error(`${file} no longer contains ${String(from)}`);
	await writeFile(path, source.replace(from, to));
}

const IAM = 'content/errors/aws/access-denied-exception.mdx';
const S3 = 'content/errors/aws/s3-access-denied.mdx';
const EC2 = 'content/errors/aws/ec2-unauthorized-operation.mdx';
const KMS = 'content/errors/aws/kms-access-denied-exception.mdx';

/** Each mistake planted in a copy of a real guide, and the message the build must print for it. */
const plants: Array<{ file: string; from: string | RegExp; to: string; expect: string | RegExp }> =
	[
		{
			file: IAM,
			// A misspelt guide id, added first in the list.
			from: /^related:\n/m,
			to: 'related:\n  - aws/s3-acess-denied\n',
			expect: `${IAM}: related[0]: no guide "aws/s3-acess-denied" — did you mean "aws/s3-access-denied"?`,
		},
		{
			file: IAM,
			from: '\nescalation: >-',
			to: '\nescalaton: >-',
			expect: `${IAM}: escalaton: unknown field — did you mean "escalation"?`,
		},
		{
			file: IAM,
			from: /url: https:\/\/docs\.aws\.amazon\.com\//,
			to: 'url: docs.aws.amazon.com/',
			expect: /access-denied-exception\.mdx: sources\[\d+\]\.url: expected a full https:\/\/ URL/,
		},
		{
			file: IAM,
			from: '  ```bash',
			to: '  ```bashh',
			expect: `${IAM}: detection: unknown code language "bashh"`,
		},
		{
			file: KMS,
			from: '      - lang: json',
			to: '      - lang: jsn',
			expect:
				/kms-access-denied-exception\.mdx: fixes\[\d+\]\.samples\[\d+\]\.lang: unknown code language "jsn"/,
		},
		{
			file: KMS,
			from: /^related:\n/m,
			to: 'related:\n  - aws/kms-access-denied-exception\n',
			expect: `${KMS}: related[0]: a guide cannot relate to itself`,
		},
		{
			file: EC2,
			from: /^updated: .*$/m,
			to: 'updated: 2099-01-01',
			expect: `${EC2}: updated: must not be in the future`,
		},
		{
			file: EC2,
			from: /^services: \[ec2, /m,
			to: 'services: [ec2, sqs, ',
			expect: `${EC2}: services[1]: no service "sqs"`,
		},
		{
			file: S3,
			from: 'filename: bucket-policy.json',
			to: 'filename: policies/bucket-policy.json',
			expect:
				/s3-access-denied\.mdx: fixes\[\d+\]\.samples\[\d+\]\.filename: expected a plain file name/,
		},
		{
			file: S3,
			from: 'description: >-\n',
			to: `description: >-\n  ${'An over-long description. '.repeat(4)}`,
			expect: `${S3}: description: must be at most 160 characters`,
		},
	];

test('mistakes planted in copies of real guides stop `astro build`, each named with its file and field', async () => {
	// A second guide for a code and service already covered (copied before the plants below,
	// without its aliases, which would each be reported as the KMS guide's too).
	const copy = join(site, 'content/errors/aws/kms-decrypt-denied.mdx');
	await writeFile(
		copy,
		(await readFile(join(site, KMS), 'utf8')).replace(
			/^aliases:\n(?: {2}- .*\n)+/m,
			'aliases: []\n'
		)
	);
	for (const { file, from, to } of plants) await plant(file, from, to);
	// Body mistakes: an unclosed expression, and a link to an anchor the page lacks.
	await writeFile(
		join(site, S3),
		`${await readFile(join(site, S3), 'utf8')}\nSee [the last fix](#fix-99).\n`
	);
	await writeFile(
		join(site, EC2),
		`${await readFile(join(site, EC2), 'utf8')}\nA stray { brace.\n`
	);
	// A file the loader would never read.
	await writeFile(
		join(site, 'content/errors/aws/draft.md'),
		'# A draft that would otherwise vanish\n'
	);

	const build = run('npx', ['astro', 'build'], {
		cwd: site,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	const error = await build.then(
		() => undefined,
		(e: { code: number; stdout: string; stderr: string }) => e
	);
	expect(error, 'the build should have failed').toBeDefined();
	expect(error!.code).not.toBe(0);
	const output = `${error!.stdout}\n${error!.stderr}`;
	for (const { expect: message } of plants) {
		if (typeof message === 'string') expect(output).toContain(message);
		else expect(output).toMatch(message);
	}
	expect(output).toMatch(
		/s3-access-denied\.mdx: body:\d+: link "#fix-99": \/aws\/s3-access-denied\/ has no anchor "#fix-99"/
	);
	expect(output).toMatch(/ec2-unauthorized-operation\.mdx: body:\d+: MDX does not parse/);
	expect(output).toContain('content/errors/aws/draft.md: not a guide');
	expect(output).toMatch(
		/AccessDeniedException" for service "kms" is already covered by content\/errors\/aws\/kms/
	);
	// One problem per mistake, all in one run; and nothing was rendered.
	expect(output).toContain(`${plants.length + 4} content problems`);
	expect(output).not.toContain('generating static routes');
	expect(output).toContain('Fix these, then run `npm run check`');
}, 120_000);

test('a provider without services builds: its guides name none, and pages and breadcrumbs do without', async () => {
	const copy = await copyProject();
	await writeFile(
		join(copy, 'content/providers/example-tool.json'),
		JSON.stringify({
			name: 'Example Tool',
			fullName: 'Example Tool',
			description: 'A provider made for this test.',
		})
	);
	await mkdir(join(copy, 'content/errors/example-tool'));
	const kms = await readFile(join(copy, KMS), 'utf8');
	// A guide made from a real one: no services, its own code, title and aliases.
	const guide = kms
		.replace(/^services: .*\n/m, '')
		.replace(/^code: .*$/m, 'code: ExamplePushDenied')
		.replace(/^title: .*$/m, "title: 'Example Tool ExamplePushDenied: a guide without a service'")
		.replace(/^aliases:\n(?: {2}- .*\n)+/m, '')
		.replace(
			/^related: .*$/m,
			'related: [aws/access-denied-exception, aws/s3-access-denied, aws/ec2-unauthorized-operation]'
		)
		.replace(/\]\(\/aws\/[^)]*\)/g, '](/)');
	await writeFile(join(copy, 'content/errors/example-tool/example-push-denied.mdx'), guide);
	await run('npx', ['astro', 'build'], {
		cwd: copy,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	const page = await readFile(
		join(copy, 'dist/example-tool/example-push-denied/index.html'),
		'utf8'
	);
	const breadcrumb = /<nav aria-label="Breadcrumb"[^>]*>([\s\S]*?)<\/nav>/.exec(page)![1]!;
	expect(
		[...breadcrumb.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => `${m[2]} ${m[1]}`)
	).toEqual(['Home /', 'Example Tool /example-tool/']);
	const listing = await readFile(join(copy, 'dist/example-tool/index.html'), 'utf8');
	expect(listing).toContain('href="/example-tool/example-push-denied/"');
	expect(listing).not.toContain('<h2 id="service-');
}, 120_000);

test('a renamed guide, a stale guide and a configured repository: redirects in one hop, the age on the page, report and edit links, tag pages', async () => {
	const copy = await copyProject();
	const replace = async (file: string, from: RegExp, to: string) => {
		const source = await readFile(join(copy, file), 'utf8');
		if (!from.test(source)) throw new Error(`${file} no longer matches ${String(from)}`);
		await writeFile(join(copy, file), source.replace(from, to));
	};
	await replace(S3, /^lead:/m, 'redirectFrom: [/aws/s3-403/, /aws/old/s3-denied/]\nlead:');
	await replace(KMS, /^updated: .*$/m, 'updated: 2023-05-02');
	await run('npx', ['astro', 'build'], {
		cwd: copy,
		env: {
			...process.env,
			ASTRO_TELEMETRY_DISABLED: '1',
			FIXERROR_REPOSITORY: 'https://github.com/example-org/fixerror',
		},
	});
	const dist = join(copy, 'dist');
	expect(await readFile(join(dist, '_redirects'), 'utf8')).toBe(
		[
			'/aws/old/s3-denied/ /aws/s3-access-denied/ 301',
			'/aws/old/s3-denied /aws/s3-access-denied/ 301',
			'/aws/s3-403/ /aws/s3-access-denied/ 301',
			'/aws/s3-403 /aws/s3-access-denied/ 301',
			'',
		].join('\n')
	);
	const moved = await readFile(join(dist, 'aws/s3-403/index.html'), 'utf8');
	expect(moved).toContain('content="0; url=/aws/s3-access-denied/"');
	expect(moved).toContain('<meta name="robots" content="noindex">');

	// Served as Netlify or Cloudflare Pages would: each old path answers 301 to a live guide.
	const { serve } = await import('../e2e/static-server.ts');
	const port = 4700 + Math.floor(Math.random() * 200);
	const server = await serve(dist, port);
	try {
		for (const from of ['/aws/s3-403/', '/aws/s3-403', '/aws/old/s3-denied/']) {
			const first = await fetch(`http://127.0.0.1:${port}${from}`, { redirect: 'manual' });
			expect(first.status, from).toBe(301);
			const to = first.headers.get('location')!;
			const landed = await fetch(`http://127.0.0.1:${port}${to}`, { redirect: 'manual' });
			expect(landed.status, `${from} → ${to}`).toBe(200);
			expect(await landed.text()).toMatch(/<h1[^>]*>Amazon S3 AccessDenied/);
		}
	} finally {
		server.close();
	}

	const kms = await readFile(join(dist, 'aws/kms-access-denied-exception/index.html'), 'utf8');
	expect(kms).toMatch(
		/class="stale"[^>]*>\(\d+ years?(?: and \d+ months?)? ago: the services may have changed/
	);
	expect(kms).toContain(
		'href="https://github.com/example-org/fixerror/edit/main/content/errors/aws/kms-access-denied-exception.mdx"'
	);
	expect(kms).toMatch(
		/href="https:\/\/github\.com\/example-org\/fixerror\/issues\/new\?title=[^"]+kms-access-denied-exception/
	);
	expect(kms).toMatch(/<a href="\/tags\/encryption\/"[^>]*>encryption<\/a>/);
	const tag = await readFile(join(dist, 'tags/encryption/index.html'), 'utf8');
	expect(tag).toContain('href="/aws/kms-access-denied-exception/"');

	// `npm run check` lists the stale guide as a warning; `--strict` fails on it.
	const check = await run('node', ['src/cli/check-content.ts'], { cwd: copy });
	expect(check.stderr).toMatch(
		/content\/errors\/aws\/kms-access-denied-exception\.mdx: updated: warning: checked \d+ years?/
	);
	const strict = await run('node', ['src/cli/check-content.ts', '--strict'], { cwd: copy }).then(
		() => 0,
		(e: { code: number }) => e.code
	);
	expect(strict).toBe(1);
}, 180_000);

test('`npm run new` writes a skeleton in the right place that fails the check until filled, and says what is missing', async () => {
	const copy = await copyProject();
	const made = await run('node', ['src/cli/new-guide.ts', 'aws/example-new-error'], { cwd: copy });
	const path = 'content/errors/aws/example-new-error.mdx';
	expect(made.stdout).toContain(`wrote ${path}`);
	for (const field of ['title', 'code', 'messages', 'causes', 'fixes', 'sources', 'services'])
		expect(made.stdout).toMatch(new RegExp(`${path}: ${field}: `));
	const check = await run('node', ['src/cli/check-content.ts'], { cwd: copy }).then(
		() => undefined,
		(e: { code: number; stderr: string }) => e
	);
	expect(check?.code).toBe(1);
	expect(check?.stderr).toContain(`${path}: title: must not be empty`);
	for (const [arg, message] of [
		['aws/example-new-error', 'already exists'],
		['nowhere/example', 'no provider "nowhere"'],
		['AWS/Bad Name', 'expected <provider>/<slug>'],
	] as const) {
		const refused = await run('node', ['src/cli/new-guide.ts', arg], { cwd: copy }).then(
			() => undefined,
			(e: { code: number; stderr: string }) => e
		);
		expect(refused?.code, arg).toBe(1);
		expect(refused?.stderr, arg).toContain(message);
	}
}, 60_000);
