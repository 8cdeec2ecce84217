import { satteri } from '@astrojs/markdown-satteri';
import type { Problem } from './problem.ts';

type Renderer = Awaited<ReturnType<NonNullable<ReturnType<typeof satteri>['createMdxRenderer']>>>;

// The MDX compiler Astro 7 builds `.mdx` with (Sätteri), so a body that compiles here compiles
// in the build, and one that fails here fails there.
let renderer: Promise<Renderer> | undefined;

function getRenderer(): Promise<Renderer> {
	if (renderer) return renderer;
	const processor = satteri();
	if (!processor.createMdxRenderer) throw new Error('@astrojs/markdown-satteri cannot compile MDX');
	renderer = processor.createMdxRenderer(
		{ syntaxHighlight: false, gfm: true, smartypants: true },
		{ optimize: false, srcDir: new URL('../', import.meta.url), sourcemap: false }
	);
	return renderer;
}

/**
 * Compiles a guide's MDX body and reports a failure at its line in the file (`body:14`); the
 * body keeps the file's line numbers (see `splitFrontmatter`).
 */
export async function checkMdxBody(file: string, body: string): Promise<Problem[]> {
	try {
		await (await getRenderer()).process(body, file, {});
		return [];
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const position = /^(\d+):(\d+):\s*/.exec(message);
		const line = position ? Number(position[1]) : 1;
		const text = position ? message.slice(position[0].length) : message;
		return [{ file, field: `body:${line}`, message: `MDX does not compile: ${text}` }];
	}
}
