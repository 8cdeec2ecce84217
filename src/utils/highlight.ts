import {
	createCssVariablesTheme,
	createHighlighter,
	type BundledLanguage,
	type Highlighter,
} from 'shiki';
import { escapeHtml } from './escape-html.ts';

/**
 * Shiki tokenises once, with a theme whose colours are CSS variables (`--tk-keyword`, ...). Each
 * token becomes a class (`tk-keyword`) that `src/styles/code.css` colours with a `light-dark()`
 * pair, so one highlighted block serves both themes, carries no inline style (the CSP needs no
 * `style-src-attr`) and is half the bytes and half the work of a dual-theme block.
 */
const THEME = createCssVariablesTheme({ name: 'fixerror-tokens', variablePrefix: '--tk-' });
const TOKEN_CLASS = /^var\(--tk-(?:token-)?([a-z-]+)\)$/;

// One highlighter for the whole build, with only the languages the content uses: creating a
// highlighter per block leaks memory on large sites (withastro/astro#3130).
let highlighter: Promise<Highlighter> | undefined;

async function getHighlighter(lang: string): Promise<Highlighter> {
	highlighter ??= createHighlighter({ themes: [THEME], langs: [] });
	const instance = await highlighter;
	if (!instance.getLoadedLanguages().includes(lang))
		await instance.loadLanguage(lang as BundledLanguage);
	return instance;
}

/**
 * The inner HTML of a code block: one `<span class="line">` per line, tokens as classed spans,
 * everything else escaped text. `lang` is a resolved Shiki id (see `resolveLanguage`); `text` is
 * escaped without tokenising.
 */
export async function highlightLines(code: string, lang: string): Promise<string> {
	if (lang === 'text')
		return code
			.split('\n')
			.map((line) => `<span class="line">${escapeHtml(line)}</span>`)
			.join('\n');
	const lines = (await getHighlighter(lang)).codeToTokensBase(code, {
		lang: lang as BundledLanguage,
		theme: THEME,
	});
	return lines
		.map((tokens) => {
			let html = '';
			for (const token of tokens) {
				const kind = TOKEN_CLASS.exec(token.color ?? '')?.[1];
				const text = escapeHtml(token.content);
				html += kind && kind !== 'foreground' ? `<span class="tk-${kind}">${text}</span>` : text;
			}
			return `<span class="line">${html}</span>`;
		})
		.join('\n');
}
