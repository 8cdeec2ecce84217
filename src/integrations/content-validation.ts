import type { AstroIntegration } from 'astro';
import { formatProblem } from '../content-checks/problem.ts';
import { validateContent } from '../content-checks/validate.ts';

/**
 * Validates all content before Astro reads it, with the same validator as `npm run check`.
 * A build (or `astro sync`/`astro check`) stops with every problem listed; the dev server only
 * logs them, so an author can fix one file while the others keep rendering.
 *
 * @example integrations: [contentValidation(), mdx()]
 */
export function contentValidation() {
	return {
		name: 'fixerror:content-validation',
		hooks: {
			'astro:config:setup': async ({ command, config, logger }) => {
				if (command === 'preview') return;
				const start = performance.now();
				const { problems, guides, providers } = await validateContent(config.root);
				const ms = Math.round(performance.now() - start);
				if (problems.length === 0) {
					logger.info(`content ok: ${guides.length} guides, ${providers.length} providers (${ms} ms)`);
					return;
				}
				const report = `${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`;
				if (command === 'dev') logger.error(report);
				else throw new Error(`${report}\n\nFix these, then run \`npm run check\` to confirm in seconds.`);
			},
		},
	} satisfies AstroIntegration;
}
