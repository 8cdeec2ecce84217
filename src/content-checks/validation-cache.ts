import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GuideFile } from './files.ts';
import type { FactsCache, GuideFacts } from './validate.ts';

/** The folders of code that decides what a file's facts and stored data are: schemas, checks, loaders, and what they read with. */
const DATA_CODE = [
	'src/schemas',
	'src/content-checks',
	'src/loaders',
	'src/utils',
	'src/fill',
	'src/search',
];

/**
 * A digest of the code that turns a content file into facts and data. A change to a schema or a
 * check (a new rule, a new default) changes it, and everything cached under the old one is read
 * again: a cache never hides what new code would say.
 */
export async function dataCodeDigest(root: URL): Promise<string> {
	const hash = createHash('sha1');
	for (const dir of DATA_CODE) {
		const base = fileURLToPath(new URL(`${dir}/`, root));
		const files = (await readdir(base, { recursive: true }))
			.filter((file) => file.endsWith('.ts'))
			.sort();
		for (const file of files) hash.update(file).update(await readFile(join(base, file)));
	}
	return hash.digest('base64url');
}

const cacheKey = (code: string) => `${code}:${new Date().toISOString().slice(0, 10)}`;

interface CacheFile {
	/** The code digest and the day: one check ("not in the future") depends on the date. */
	key: string;
	entries: Record<string, { digest: string; facts: GuideFacts }>;
}

/**
 * The facts of every guide file, kept between runs in `node_modules/.astro/` (with Astro's own
 * caches) under the digest of the file and of the code that read it. `npm run check` and the
 * build share it: a run after one guide changed reads one guide.
 */
export class ValidationCache implements FactsCache {
	readonly #path: string;
	readonly #code: string;
	#entries: CacheFile['entries'];

	private constructor(path: string, code: string, entries: CacheFile['entries']) {
		this.#path = path;
		this.#code = code;
		this.#entries = entries;
	}

	static async load(root: URL): Promise<ValidationCache> {
		const path = fileURLToPath(new URL('node_modules/.astro/fixerror-validation.json', root));
		const code = await dataCodeDigest(root);
		let entries: CacheFile['entries'] = {};
		try {
			const file = JSON.parse(await readFile(path, 'utf8')) as CacheFile;
			if (file.key === cacheKey(code)) entries = file.entries;
		} catch {
			// No cache yet, or an unreadable one: every file is read.
		}
		return new ValidationCache(path, code, entries);
	}

	/** The digest of the code the facts were made with. */
	get code(): string {
		return this.#code;
	}

	get(file: GuideFile, digest: string): GuideFacts | undefined {
		const entry = this.#entries[file.path];
		return entry?.digest === digest ? entry.facts : undefined;
	}

	set(file: GuideFile, digest: string, facts: GuideFacts): void {
		this.#entries[file.path] = { digest, facts };
	}

	/** Writes the facts of the files of this run; files that are gone are dropped. */
	async save(paths: Iterable<string>): Promise<void> {
		const keep = new Set(paths);
		const entries = Object.fromEntries(
			Object.entries(this.#entries).filter(([path]) => keep.has(path))
		);
		await mkdir(join(this.#path, '..'), { recursive: true });
		await writeFile(
			this.#path,
			JSON.stringify({ key: cacheKey(this.#code), entries } satisfies CacheFile)
		);
	}
}
