import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));

test('`npm run check` passes the real content and says how many guides it read', async () => {
	const { stdout } = await run('npm', ['run', '--silent', 'check'], { cwd: root });
	expect(stdout).toMatch(
		/^content ok: \d+ guides \(\d+ unchanged\), \d+ providers \(\d+ files\) in [\d.]+ s(, \d+ warnings?)?$/m
	);
});
