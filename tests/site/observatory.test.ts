// The MDN HTTP Observatory (npm @mdn/mdn-http-observatory) grades the headers a host sends from
// dist/_headers, the way it grades a real site: A+ with its extra credit is the aim. It scans a
// hostname on ports 443 and 80, so this test serves dist/ on loopback as a static host would:
// HTTPS with a certificate from a throwaway CA, and HTTP redirecting to HTTPS (as every host in
// the README does). Binding ports 80 and 443 needs root, as in CI, or
// `sysctl net.ipv4.ip_unprivileged_port_start=80`.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { siteHandler } from '../e2e/static-server.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const packageDir = dirname(
	dirname(createRequire(import.meta.url).resolve('@mdn/mdn-http-observatory'))
);
const dir = mkdtempSync(join(tmpdir(), 'fixerror-observatory-'));
const servers: Server[] = [];

interface ObservatoryTest {
	pass: boolean | null;
	result: string;
	scoreModifier: number;
}
interface Observatory {
	scan: { grade: string; score: number; testsPassed: number; testsQuantity: number };
	tests: Record<string, ObservatoryTest>;
}

/** A CA that lives for this test only, and a certificate it signs for localhost. */
function throwawayCertificate(): { key: string; cert: string; ca: string } {
	const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
	const newKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
	openssl(
		'req',
		'-x509',
		...newKey,
		...['-keyout', 'ca.key', '-out', 'ca.pem', '-days', '1', '-subj', '/CN=fixerror test CA']
	);
	openssl('req', ...newKey, '-keyout', 'site.key', '-out', 'site.csr', '-subj', '/CN=localhost');
	writeFileSync(
		join(dir, 'site.ext'),
		'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\nextendedKeyUsage=serverAuth\n'
	);
	openssl(
		'x509',
		'-req',
		...['-in', 'site.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial'],
		...['-out', 'site.pem', '-days', '1', '-extfile', 'site.ext']
	);
	const read = (name: string) => readFileSync(join(dir, name), 'utf8');
	return { key: read('site.key'), cert: read('site.pem'), ca: join(dir, 'ca.pem') };
}

/** Listens on both loopback addresses, since `localhost` may resolve to either. */
async function listenOnLoopback(make: () => Server, port: number): Promise<void> {
	for (const host of ['127.0.0.1', '::1']) {
		const server = make();
		await new Promise<void>((resolve, reject) => {
			server.once('error', (error: NodeJS.ErrnoException) =>
				// A machine without IPv6 on loopback has only the first.
				host === '::1' && error.code === 'EADDRNOTAVAIL'
					? resolve()
					: reject(
							new Error(
								`cannot listen on ${host}:${port} (${error.code}): ports 80 and 443 need root or net.ipv4.ip_unprivileged_port_start=80`
							)
						)
			);
			server.listen(port, host, () => {
				servers.push(server);
				resolve();
			});
		});
	}
}

let report: Observatory;

beforeAll(async () => {
	const { key, cert, ca } = throwawayCertificate();
	const site = siteHandler(dist);
	await listenOnLoopback(() => createHttpsServer({ key, cert }, site), 443);
	await listenOnLoopback(
		() =>
			createHttpServer((request, response) =>
				response.writeHead(301, { Location: `https://localhost${request.url ?? '/'}` }).end()
			),
		80
	);
	// The scanner reads the HSTS preload list from its package; the real one is downloaded by an
	// install script that never runs here, and localhost is on no preload list anyway.
	const preload = join(packageDir, 'conf', 'hsts-preload.json');
	if (!existsSync(preload)) writeFileSync(preload, '{}\n');
	// Its scanning module, without the command-line wrapper that swaps in Mozilla's CA bundle:
	// this CA is the one to trust.
	const { stdout } = await promisify(execFile)(
		process.execPath,
		[join(packageDir, 'src', 'scan.js'), 'localhost'],
		{ env: { ...process.env, NODE_EXTRA_CA_CERTS: ca }, maxBuffer: 1 << 24 }
	);
	report = JSON.parse(stdout) as Observatory;
}, 120_000);

afterAll(() => {
	for (const server of servers) server.close();
	rmSync(dir, { recursive: true, force: true });
});

test('the MDN HTTP Observatory grades the served headers A+, with extra credit, every test passed', () => {
	const { scan, tests } = report;
	console.log(
		`observatory: ${scan.grade}, score ${scan.score}, ${scan.testsPassed} of ${scan.testsQuantity} tests passed\n` +
			Object.entries(tests)
				.map(
					([name, t]) =>
						`  ${name}: ${t.result} (${t.scoreModifier >= 0 ? '+' : ''}${t.scoreModifier})`
				)
				.join('\n')
	);
	const failed = Object.entries(tests)
		.filter(([, t]) => t.pass === false)
		.map(([name, t]) => `${name}: ${t.result}`);
	expect(failed).toEqual([]);
	expect(scan.grade).toBe('A+');
	// Extra credit: the score passes 100 (a preloaded HSTS, CSP without unsafe-inline, ...).
	expect(scan.score).toBeGreaterThan(100);
});
