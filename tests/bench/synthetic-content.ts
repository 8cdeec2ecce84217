// Synthetic guides for the scale benchmark: N guides shaped like the real ones (each starts from a
// real guide's frontmatter and body), with their own code, title, text, sample values and related
// links, spread over eight providers. Deterministic: the same N gives the same files.
import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { DOCUMENTATION_ACCOUNTS } from '../../src/content-checks/text-facts.ts';

export interface SyntheticFile {
	/** Path from the project root, e.g. `content/errors/gcp/error-0042.mdx`. */
	path: string;
	source: string;
}

/** mulberry32: a small seeded generator, so every run builds the same site. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

// Eight providers as the corpus will have them: some with many services, two (git, npm) with none.
const PROVIDERS: Array<{ id: string; name: string; services: number }> = [
	{ id: 'aws', name: 'AWS', services: 40 },
	{ id: 'gcp', name: 'Google Cloud', services: 20 },
	{ id: 'azure', name: 'Azure', services: 20 },
	{ id: 'kubernetes', name: 'Kubernetes', services: 8 },
	{ id: 'docker', name: 'Docker', services: 4 },
	{ id: 'git', name: 'Git', services: 0 },
	{ id: 'npm', name: 'npm', services: 0 },
	{ id: 'terraform', name: 'Terraform', services: 6 },
];

/** A link to a real guide in a template's text; it becomes a link to a synthetic one. */
const GUIDE_LINK = new RegExp(
	`/(?:${PROVIDERS.map((p) => p.id).join('|')})/[a-z0-9-]+/(#[a-z0-9-]+)?`,
	'g'
);

const WORDS = [
	'bucket',
	'role',
	'token',
	'policy',
	'region',
	'quota',
	'session',
	'key',
	'signature',
	'registry',
	'cluster',
	'account',
	'secret',
	'queue',
	'table',
	'stream',
	'endpoint',
	'scope',
	'tenant',
	'project',
];

interface Template {
	data: Record<string, unknown>;
	body: string;
}

function readTemplates(root: URL): Template[] {
	const dir = new URL('content/errors/', root);
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.mdx'))
		.sort()
		.map((file) => {
			const source = readFileSync(new URL(file, dir), 'utf8');
			const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
			if (!match) throw new Error(`synthetic: cannot split ${file}`);
			return { data: yaml.load(match[1]!) as Record<string, unknown>, body: match[2]! };
		});
}

/** Walks a value and rewrites every string in it. */
function mapStrings(value: unknown, fn: (text: string, key: string) => string, key = ''): unknown {
	if (typeof value === 'string') return fn(value, key);
	if (Array.isArray(value)) return value.map((item) => mapStrings(item, fn, key));
	if (value && typeof value === 'object' && !(value instanceof Date))
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn, k)]));
	return value;
}

const slugOf = (i: number) => `synthetic-error-${String(i).padStart(5, '0')}`;

/**
 * The files of a synthetic site with `count` guides: the provider files and the guides. Guide i
 * relates to guides i±1 and i+7 (a connected graph with local clusters); internal links in the
 * text point to real synthetic guides so the link checker has real work.
 */
export function syntheticContent(root: URL, count: number): SyntheticFile[] {
	const templates = readTemplates(root);
	const next = random(20261129);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
	const files: SyntheticFile[] = [];
	const providerOf = (i: number) => PROVIDERS[i % PROVIDERS.length]!;
	const idOf = (i: number) => `${providerOf(i).id}/${slugOf(i)}`;

	for (const provider of PROVIDERS) {
		const services = Object.fromEntries(
			Array.from({ length: provider.services }, (_, s) => [
				`service-${s + 1}`,
				`${provider.name} service ${s + 1}`,
			])
		);
		files.push({
			path: `content/providers/${provider.id}.json`,
			source: `${JSON.stringify(
				{
					name: provider.name,
					fullName: `${provider.name} (synthetic)`,
					description: `Synthetic ${provider.name} guides for the scale benchmark.`,
					...(provider.services > 0 ? { services } : {}),
				},
				null,
				'\t'
			)}\n`,
		});
	}

	for (let i = 0; i < count; i++) {
		const template = templates[i % templates.length]!;
		const provider = providerOf(i);
		const word = () => pick(WORDS);
		// Documentation account ids only: the validator refuses any other (text-facts.ts).
		const account = pick([...DOCUMENTATION_ACCOUNTS]);
		const name = `${word()}-${word()}-${i}`;
		// Every guide gets its own values, so no two samples highlight the same text.
		const vary = (text: string, key: string): string => {
			if (key === 'url' || key === 'lang' || key === 'filename') return text;
			return text
				.replaceAll('123456789012', account)
				.replaceAll('example-bucket', `example-${name}`)
				.replaceAll('deploy-bot', `deploy-${name}`)
				.replaceAll('app-role', `app-${name}`)
				.replace(GUIDE_LINK, () => `/${idOf((i + 1) % count)}/`);
		};
		const data = mapStrings(structuredClone(template.data), vary) as Record<string, unknown>;
		const topic = `${word()} ${word()}`;
		data.title = `Synthetic ${provider.name} error ${i}: ${topic}`.slice(0, 70);
		data.description = `Synthetic guide ${i} about ${topic}, shaped like a real guide, for measuring the build at scale.`;
		data.code = `SyntheticError${i}`;
		data.aliases = [`synthetic ${topic} failure ${i}`];
		if (provider.services > 0)
			data.services = [`service-${1 + Math.floor(next() * provider.services)}`];
		else delete data.services;
		data.related = [...new Set([(i + 1) % count, (i + count - 1) % count, (i + 7) % count])]
			.filter((j) => j !== i)
			.map(idOf);
		const body = vary(template.body, 'body');
		files.push({
			path: `content/errors/${idOf(i)}.mdx`,
			source: `---\n${yaml.dump(data, { lineWidth: 100, noRefs: true })}---\n${body}`,
		});
	}
	return files;
}
