import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { codeBlockA11y } from './code-block-a11y.ts';
import { shikiThemes } from './code-themes.ts';

type Processor = Awaited<ReturnType<typeof createSatteriMarkdownProcessor>>;

// One processor for the whole build: the Sätteri pipeline Astro 7 renders Markdown with.
let processor: Promise<Processor> | undefined;

const SINGLE_PARAGRAPH = /^<p>([\s\S]*)<\/p>\s*$/;

/**
 * Renders a guide's text field (a cause's body, a FAQ's answer) to HTML with the same Markdown
 * processor Astro uses for content. With `inline`, a single paragraph is unwrapped so the result
 * can sit inside a heading or a `<summary>`.
 */
export async function renderMarkdown(text: string, { inline = false } = {}): Promise<string> {
	// Same highlighting as `markdown.shikiConfig` in astro.config.mjs, for fences in text fields.
	processor ??= createSatteriMarkdownProcessor({
		syntaxHighlight: 'shiki',
		shikiConfig: { themes: shikiThemes, defaultColor: 'light-dark()', transformers: [codeBlockA11y()] },
	});
	const { code } = await (await processor).render(text);
	if (!inline) return code;
	const match = SINGLE_PARAGRAPH.exec(code);
	return match && !match[1]!.includes('<p>') ? match[1]! : code;
}
