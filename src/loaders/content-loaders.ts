import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { GuideFile } from '../content-checks/files.ts';
import { ContentError, formatProblem } from '../content-checks/problem.ts';
import {
	readContentFiles,
	validateFiles,
	type ValidationResult,
} from '../content-checks/validate.ts';
import { ValidationCache } from '../content-checks/validation-cache.ts';

/**
 * The loaders of the `errors` and `providers` collections. Both read one run of the content
 * validator, the same one `npm run check` runs: each file is read and its YAML parsed once, and
 * a build stops with every problem listed before any page is rendered. In the dev server a
 * problem is logged instead and the guides without one keep rendering; every save under
 * `content/` validates again and updates both collections.
 *
 * Nothing is done twice for an unchanged guide: its stored entry is kept (same digest), and the
 * validator reuses its facts from the last run (`validation-cache.ts`). The guide body is stored
 * as written and rendered with the rest of the guide's Markdown (see `Markdown.astro`): no
 * module is compiled per guide, which keeps the build flat in time and memory as the corpus grows.
 */
export function contentLoaders(): { guides: Loader; providers: Loader } {
	let run: Promise<{ result: ValidationResult; code: string }> | undefined;
	const syncs = new Set<() => Promise<void>>();
	let watching = false;
	let guideStore: LoaderContext | undefined;

	/** One validation for both collections; the guides' store says which guides need no reading. */
	async function validate(root: URL): Promise<{ result: ValidationResult; code: string }> {
		const cache = await ValidationCache.load(root);
		const files = await readContentFiles(root);
		const stored = (file: GuideFile) =>
			guideStore?.store.get(file.id)?.digest ===
			guideStore?.generateDigest(cache.code + file.source);
		const result = validateFiles(files, {
			cache: {
				get: (file, digest) => (stored(file) ? cache.get(file, digest) : undefined),
				set: (file, digest, facts) => cache.set(file, digest, facts),
			},
		});
		await cache.save(files.map((file) => file.path));
		return { result, code: cache.code };
	}

	function watch(context: LoaderContext): void {
		const { watcher, config, logger } = context;
		if (!watcher || watching) return;
		watching = true;
		const contentDir = fileURLToPath(new URL('content/', config.root));
		const changed = (path: string) => {
			if (!path.startsWith(contentDir)) return;
			run = undefined;
			for (const sync of syncs)
				sync().catch((error: Error) => logger.error(`content sync failed: ${error.message}`));
		};
		watcher.add(contentDir);
		watcher.on('change', changed).on('add', changed).on('unlink', changed);
	}

	/** One loader: validates (once for both collections), reports, then mirrors its part of the result into the store. */
	const loader = (name: 'guides' | 'providers'): Loader => ({
		name: `fixerror:${name}`,
		async load(context) {
			const { store, logger, config, watcher, generateDigest } = context;
			if (name === 'guides') guideStore = context;
			const sync = async () => {
				const start = performance.now();
				// Astro starts the `errors` loader first, so its store is known by the time either
				// loader starts the shared run; without it every guide would simply be read.
				const { result, code } = await (run ??= validate(config.root));
				if (result.problems.length > 0) {
					// `astro build`, `astro sync` and `astro check` stop here; the dev server carries on.
					if (!watcher) throw new ContentError(result.problems);
					if (name === 'guides')
						logger.error(
							`${result.problems.length} content problems:\n${result.problems.map(formatProblem).join('\n')}`
						);
				} else if (name === 'guides') {
					const count = result.guides.length + result.unchanged.length;
					logger.info(
						`content ok: ${count} guides (${result.guides.length} read, ${result.unchanged.length} unchanged), ${result.providers.length} providers (${Math.round(performance.now() - start)} ms)${result.warnings.length + result.stale.length ? `; ${result.stale.length} stale, ${result.warnings.length} other warnings, listed by \`npm run check\`` : ''}`
					);
				}
				const entries = name === 'guides' ? result.guides : result.providers;
				const keep = new Set([
					...entries.map((entry) => entry.id),
					...(name === 'guides' ? result.unchanged : []),
				]);
				for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
				// An entry whose digest is unchanged is not stored again.
				for (const { id, path, source, data, ...rest } of entries)
					store.set({
						id,
						data: data as Record<string, unknown>,
						body: 'body' in rest ? rest.body : undefined,
						filePath: path,
						digest: generateDigest(code + source),
					});
			};
			syncs.add(sync);
			await sync();
			watch(context);
		},
	});

	return { guides: loader('guides'), providers: loader('providers') };
}
