import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError, formatProblem } from '../content-checks/problem.ts';
import { validateContent, type ValidationResult } from '../content-checks/validate.ts';

/**
 * The loaders of the `errors` and `providers` collections. Both read one run of the content
 * validator, the same one `npm run check` runs: each file is read and its YAML parsed once, and
 * a build stops with every problem listed before any page is rendered. In the dev server a
 * problem is logged instead and the guides without one keep rendering; every save under
 * `content/` validates again and updates both collections.
 *
 * The guide body is stored as written and rendered with the rest of the guide's Markdown (see
 * `Markdown.astro`): no module is compiled per guide, which is what keeps the build flat in
 * time and memory as the corpus grows.
 */
/** The folders of code that decides what an entry's stored data is: its schemas and its checks. */
const DATA_CODE = ['src/schemas', 'src/content-checks', 'src/loaders', 'src/utils'];

/**
 * A digest of the code that turns a file into stored data. It is part of every entry's digest,
 * so a change to a schema (a new default, say) stores every entry again, and an incremental
 * build renders every page again, instead of keeping data the old code made.
 */
async function dataCodeDigest(root: URL): Promise<string> {
	const hash = createHash('sha1');
	for (const dir of DATA_CODE) {
		const base = fileURLToPath(new URL(`${dir}/`, root));
		const files = (await readdir(base, { recursive: true })).filter((file) => file.endsWith('.ts')).sort();
		for (const file of files) hash.update(file).update(await readFile(join(base, file)));
	}
	return hash.digest('base64url');
}

export function contentLoaders(): { guides: Loader; providers: Loader } {
	let run: Promise<ValidationResult> | undefined;
	let codeDigest: Promise<string> | undefined;
	const syncs = new Set<() => Promise<void>>();
	let watching = false;

	const validate = (root: URL) => (run ??= validateContent(root));

	function watch(context: LoaderContext): void {
		const { watcher, config, logger } = context;
		if (!watcher || watching) return;
		watching = true;
		const contentDir = fileURLToPath(new URL('content/', config.root));
		const changed = (path: string) => {
			if (!path.startsWith(contentDir)) return;
			run = undefined;
			for (const sync of syncs) sync().catch((error: Error) => logger.error(`content sync failed: ${error.message}`));
		};
		watcher.add(contentDir);
		watcher.on('change', changed).on('add', changed).on('unlink', changed);
	}

	/** One loader: validates (once for both collections), reports, then mirrors `pick(result)` into the store. */
	const loader = (name: string, pick: (result: ValidationResult) => Array<{ id: string; path: string; source: string; data: object; body?: string }>): Loader => ({
		name: `fixerror:${name}`,
		async load(context) {
			const { store, logger, config, watcher, generateDigest } = context;
			const sync = async () => {
				const start = performance.now();
				const result = await validate(config.root);
				if (result.problems.length > 0) {
					// `astro build`, `astro sync` and `astro check` stop here; the dev server carries on.
					if (!watcher) throw new ContentError(result.problems);
					if (name === 'guides') logger.error(`${result.problems.length} content problems:\n${result.problems.map(formatProblem).join('\n')}`);
				} else if (name === 'guides') {
					logger.info(`content ok: ${result.guides.length} guides, ${result.providers.length} providers (${Math.round(performance.now() - start)} ms)`);
				}
				const code = await (codeDigest ??= dataCodeDigest(config.root));
				const entries = pick(result);
				const ids = new Set(entries.map((entry) => entry.id));
				for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
				// An unchanged file has the same digest and is not stored again.
				for (const { id, path, source, data, body } of entries)
					store.set({ id, data: data as Record<string, unknown>, body, filePath: path, digest: generateDigest(code + source) });
			};
			syncs.add(sync);
			await sync();
			watch(context);
		},
	});

	return {
		guides: loader('guides', (result) => result.guides),
		providers: loader('providers', (result) => result.providers),
	};
}
