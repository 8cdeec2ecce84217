import { createHighlighter, type BundledLanguage, type Highlighter } from 'shiki';
import { codeBlockA11y } from './code-block-a11y.ts';
import { resolveLanguage } from './code-languages.ts';
import { shikiThemes } from './code-themes.ts';

// One highlighter for the whole build, with only the languages the content uses: creating a
// highlighter per block leaks memory on large sites (withastro/astro#3130).
let highlighter: Promise<Highlighter> | undefined;

async function getHighlighter(lang: string): Promise<Highlighter> {
	highlighter ??= createHighlighter({ themes: Object.values(shikiThemes), langs: [] });
	const instance = await highlighter;
	if (lang !== 'text' && !instance.getLoadedLanguages().includes(lang)) {
		await instance.loadLanguage(lang as BundledLanguage);
	}
	return instance;
}

/**
 * Highlights code at build time in both themes. Colours are emitted as CSS `light-dark()` values,
 * so the page's `color-scheme` (system preference or the theme switch) picks one, with no script
 * and no `!important` overrides. `label` names the block for assistive technology.
 */
export async function highlight(
	code: string,
	language: string,
	options: Parameters<typeof codeBlockA11y>[0] & { label: string }
): Promise<string> {
	const lang = resolveLanguage(language)?.id;
	if (!lang) throw new Error(`highlight: unknown language "${language}"`);
	const instance = await getHighlighter(lang);
	return instance.codeToHtml(code, {
		lang,
		themes: shikiThemes,
		defaultColor: 'light-dark()',
		transformers: [codeBlockA11y(options)],
	});
}
