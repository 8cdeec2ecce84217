// Scale benchmark: builds a throwaway copy of the project whose content is N synthetic guides
// (see synthetic-content.ts), then prints what a site of that size costs: cold build time, ms per
// guide, peak memory, `npm run check`, dist/ size, page weights, and a rebuild after one guide
// changes. It prints figures for people to compare; it asserts nothing.
// Usage: npm run bench:scale -- 1000        (keep the copy for a look: --keep)
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { syntheticContent } from './synthetic-content.ts';

const count = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 1000);
const keep = process.argv.includes('--keep');
const root = fileURLToPath(new URL('../../', import.meta.url));
const site = mkdtempSync(join(tmpdir(), `fixerror-scale-${count}-`));

// A copy of the project with its own node_modules folder of links, so Astro's caches
// (node_modules/.astro, .vite) belong to the copy and a cold build is really cold.
for (const entry of [
	'astro.config.mjs',
	'tsconfig.json',
	'package.json',
	'package-lock.json',
	'src',
	'public',
]) {
	cpSync(join(root, entry), join(site, entry), { recursive: true });
}
mkdirSync(join(site, 'node_modules'));
for (const entry of readdirSync(join(root, 'node_modules'))) {
	if (entry === '.astro' || entry === '.vite') continue;
	symlinkSync(join(root, 'node_modules', entry), join(site, 'node_modules', entry));
}
for (const file of syntheticContent(new URL(`file://${root}`), count)) {
	mkdirSync(join(site, file.path, '..'), { recursive: true });
	writeFileSync(join(site, file.path), file.source);
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** Runs a command under /usr/bin/time; returns wall seconds and peak resident memory in MB. */
function measure(
	command: string,
	args: string[]
): { seconds: number; peakMb: number; output: string } {
	const result = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], {
		cwd: site,
		env,
		encoding: 'utf8',
		maxBuffer: 1 << 30,
	});
	const lines = result.stderr.trim().split('\n');
	const [seconds, kb] = lines.at(-1)!.split(' ').map(Number);
	if (result.status !== 0) {
		console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
		throw new Error(`${command} ${args.join(' ')} failed with status ${result.status}`);
	}
	return { seconds: seconds!, peakMb: Math.round(kb! / 1024), output: result.stdout };
}

const node = join(root, 'node_modules/.bin/node');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const build = () => measure(node, [astro, 'build']);

function dirSize(dir: string): number {
	let total = 0;
	for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		const stat = statSync(join(dir, entry));
		if (stat.isFile()) total += stat.size;
	}
	return total;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
function weigh(path: string): string {
	const html = readFileSync(join(site, 'dist', path));
	return `${kb(html.length)} raw, ${kb(gzipSync(html, { level: 9 }).length)} gzip`;
}

console.log(`scale benchmark: ${count} synthetic guides in ${site}`);

const check = measure(node, [join(site, 'src/cli/check-content.ts')]);
console.log(
	`npm run check, cold:  ${check.seconds.toFixed(2)} s, peak ${check.peakMb} MB (every guide read)`
);
const warm = measure(node, [join(site, 'src/cli/check-content.ts')]);
console.log(
	`npm run check, warm:  ${warm.seconds.toFixed(2)} s, peak ${warm.peakMb} MB (facts of unchanged guides reused)`
);

const cold = build();
console.log(
	`cold build:           ${cold.seconds.toFixed(1)} s, ${((cold.seconds * 1000) / count).toFixed(1)} ms per guide, peak ${cold.peakMb} MB`
);

const dist = join(site, 'dist');
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) =>
	f.endsWith('.html')
);
console.log(
	`dist/:                ${(dirSize(dist) / 1024 / 1024).toFixed(1)} MB, ${pages.length} HTML pages`
);
const guidePage = pages.find((p) => p.includes('synthetic-error-00001'))!;
console.log(`a guide page:         ${weigh(guidePage)} (/${guidePage})`);
const listings = pages.filter((p) => !p.includes('synthetic-error-'));
const heaviest = listings
	.map((p) => ({ p, gzip: gzipSync(readFileSync(join(dist, p)), { level: 9 }).length }))
	.sort((a, b) => b.gzip - a.gzip);
for (const p of ['index.html', '404.html', 'aws/index.html'])
	if (listings.includes(p)) console.log(`${`/${p}:`.padEnd(22)}${weigh(p)}`);
// The recogniser's index: the head every search fetches, and the shards a text picks from it.
const shardFiles = readdirSync(join(dist, 'search/recogniser')).filter((f) => f !== 'head.json');
const shardGzip = shardFiles
	.map((f) => gzipSync(readFileSync(join(dist, 'search/recogniser', f)), { level: 9 }).length)
	.sort((a, b) => a - b);
console.log(
	`recogniser index:     head ${weigh('search/recogniser/head.json')}; ${shardFiles.length} shards, median ${kb(shardGzip[shardGzip.length >> 1]!)}, largest ${kb(shardGzip.at(-1)!)} gzip`
);
console.log(
	`heaviest listing:     /${heaviest[0]!.p}, ${kb(heaviest[0]!.gzip)} gzip (${listings.length} listing pages)`
);

// Every cache gone but the social images, as on a CI runner that keeps only that folder: what
// each guide costs once its picture has been drawn.
const astroCache = join(site, 'node_modules/.astro');
const images = join(site, 'node_modules/.astro-images');
renameSync(join(astroCache, 'fixerror-social-images'), images);
for (const cache of [dist, astroCache, join(site, 'node_modules/.vite'), join(site, '.astro')])
	rmSync(cache, { recursive: true, force: true });
mkdirSync(astroCache);
renameSync(images, join(astroCache, 'fixerror-social-images'));
const imagesKept = build();
console.log(
	`cold, images cached:  ${imagesKept.seconds.toFixed(1)} s, ${((imagesKept.seconds * 1000) / count).toFixed(1)} ms per guide, peak ${imagesKept.peakMb} MB`
);

const again = build();
console.log(`rebuild, no change:   ${again.seconds.toFixed(1)} s, peak ${again.peakMb} MB`);

// One guide changes: a sentence added to its explanation.
const changed = join(site, 'content/errors', `${readdirSync(join(site, 'content/errors'))[0]}`);
const file = join(changed, readdirSync(changed).sort()[0]!);
writeFileSync(file, `${readFileSync(file, 'utf8')}\nOne more sentence, so this guide changed.\n`);
const rebuild = build();
console.log(
	`rebuild, one change:  ${rebuild.seconds.toFixed(1)} s (${((rebuild.seconds / cold.seconds) * 100).toFixed(0)} % of cold), peak ${rebuild.peakMb} MB`
);

if (keep) console.log(`kept: ${site}`);
else rmSync(site, { recursive: true, force: true });
