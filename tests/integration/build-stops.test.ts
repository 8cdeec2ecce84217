import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
let site: string;

/** A throwaway copy of the project (node_modules linked) whose content we can break. */
beforeAll(async () => {
	site = await mkdtemp(join(tmpdir(), 'fixerror-build-'));
	for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content']) {
		await cp(join(root, entry), join(site, entry), { recursive: true });
	}
	await symlink(join(root, 'node_modules'), join(site, 'node_modules'));
});

afterAll(async () => {
	await rm(site, { recursive: true, force: true });
});

async function plant(file: string, from: string, to: string): Promise<void> {
	const path = join(site, file);
	const source = await readFile(path, 'utf8');
	if (!source.includes(from)) throw new Error(`${file} no longer contains ${JSON.stringify(from)}`);
	await writeFile(path, source.replace(from, to));
}

test('mistakes planted in copies of real guides stop `astro build`, each named with its file and field', async () => {
	await plant('content/errors/aws/access-denied-exception.mdx', 'related: [aws/s3-access-denied,', 'related: [aws/s3-acess-denied,');
	await plant('content/errors/aws/kms-access-denied-exception.mdx', '      - lang: json', '      - lang: jsn');
	await writeFile(join(site, 'content/errors/aws/draft.md'), '# A draft that would otherwise vanish\n');

	const build = run('npx', ['astro', 'build'], { cwd: site, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
	const error = await build.then(
		() => undefined,
		(e: { code: number; stdout: string; stderr: string }) => e
	);
	expect(error, 'the build should have failed').toBeDefined();
	expect(error!.code).not.toBe(0);
	const output = `${error!.stdout}\n${error!.stderr}`;
	// Exactly the three planted problems: a guide with a problem is still a page others may link to.
	expect(output).toContain('3 content problems');
	expect(output).toContain(
		'content/errors/aws/access-denied-exception.mdx: related[0]: no guide "aws/s3-acess-denied" — did you mean "aws/s3-access-denied"?'
	);
	expect(output).toMatch(/content\/errors\/aws\/kms-access-denied-exception\.mdx: fixes\[\d+\]\.samples\[\d+\]\.lang: unknown code language "jsn"/);
	expect(output).toContain('content/errors/aws/draft.md: not a guide');
	expect(output).not.toContain('generating static routes'); // stopped before rendering anything
}, 120_000);
