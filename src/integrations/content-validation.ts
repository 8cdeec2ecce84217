import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../content-checks/problem.ts';
import { validateContent } from '../content-checks/validate.ts';

/** Validates all content and returns the report, or `undefined` when there is nothing to fix. */
async function report(root: URL, logger: AstroIntegrationLogger): Promise<string | undefined> {
	const start = performance.now();
	const { problems, guides, providers } = await validateContent(root);
	const ms = Math.round(performance.now() - start);
	if (problems.length === 0) {
		logger.info(`content ok: ${guides.length} guides, ${providers.length} providers (${ms} ms)`);
		return undefined;
	}
	return `${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`;
}

/**
 * Validates all content before Astro reads it, with the same validator as `npm run check`.
 * A build (or `astro sync`/`astro check`) stops with every problem listed. The dev server only
 * logs them, again on every save under `content/`, so an author sees each mistake as it is made
 * while the other pages keep rendering.
 *
 * @example integrations: [contentValidation(), mdx()]
 */
export function contentValidation() {
	let root: URL;
	return {
		name: 'fixerror:content-validation',
		hooks: {
			'astro:config:setup': async ({ command, config, logger }) => {
				root = config.root;
				if (command === 'preview') return;
				const problems = await report(root, logger);
				if (!problems) return;
				if (command === 'dev') logger.error(problems);
				else throw new Error(`${problems}\n\nFix these, then run \`npm run check\` to confirm in seconds.`);
			},
			'astro:server:setup': ({ server, logger }) => {
				const contentDir = fileURLToPath(new URL('content/', root));
				// One run at a time, always on the latest files: saves during a run queue one more.
				let running: Promise<void> | undefined;
				let again = false;
				const run = async (): Promise<void> => {
					try {
						const problems = await report(root, logger);
						if (problems) logger.error(problems);
					} catch (error) {
						logger.error(`content validation failed: ${(error as Error).message}`);
					}
					if (again) {
						again = false;
						return run();
					}
				};
				const revalidate = (path: string) => {
					if (!path.startsWith(contentDir)) return;
					if (running) again = true;
					else running = run().finally(() => (running = undefined));
				};
				server.watcher.on('change', revalidate).on('add', revalidate).on('unlink', revalidate);
			},
		},
	} satisfies AstroIntegration;
}
