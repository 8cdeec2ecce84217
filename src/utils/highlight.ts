import {
	createCssVariablesTheme,
	createHighlighter,
	type BundledLanguage,
	type Highlighter,
} from 'shiki';
import type { SlotRange } from '../fill/slots.ts';
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

/** A token of a line: its text, its offset in the whole code, and its colour class. */
interface Token {
	text: string;
	offset: number;
	kind?: string | undefined;
}

/**
 * The inner HTML of a code block: one `<span class="line">` per line, tokens as classed spans,
 * everything else escaped text. `lang` is a resolved Shiki id (see `resolveLanguage`); `text` is
 * escaped without tokenising. Slots (see `src/fill/slots.ts`) are wrapped inside the tokens that
 * hold them, so a filled value keeps its token's colour.
 */
export async function highlightLines(
	code: string,
	lang: string,
	slots: readonly SlotRange[] = []
): Promise<string> {
	let lines: Token[][];
	if (lang === 'text') {
		let offset = 0;
		lines = code.split('\n').map((line) => {
			const token = { text: line, offset };
			offset += line.length + 1;
			return [token];
		});
	} else {
		lines = (await getHighlighter(lang))
			.codeToTokensBase(code, { lang: lang as BundledLanguage, theme: THEME })
			.map((tokens) =>
				tokens.map((token) => ({
					text: token.content,
					offset: token.offset,
					kind: TOKEN_CLASS.exec(token.color ?? '')?.[1],
				}))
			);
	}
	const flat = flatten(slots);
	return lines
		.map((tokens) => {
			let html = '';
			for (const token of tokens) {
				const text = flat.length ? withSlots(token, flat) : escapeHtml(token.text);
				html +=
					token.kind && token.kind !== 'foreground'
						? `<span class="tk-${token.kind}">${text}</span>`
						: text;
			}
			return `<span class="line">${html}</span>`;
		})
		.join('\n');
}

interface FlatSlot {
	id: number;
	start: number;
	end: number;
	example: number;
}

/** The slot tree as a list, outer before inner, each with an id unique in its block. */
function flatten(slots: readonly SlotRange[]): FlatSlot[] {
	const flat: FlatSlot[] = [];
	const visit = (list: readonly SlotRange[]) => {
		for (const { start, end, example, children } of list) {
			flat.push({ id: flat.length, start, end, example });
			visit(children);
		}
	};
	visit(slots);
	return flat;
}

/**
 * A token's text with the slots inside it wrapped: `<span class="slot" data-e data-r data-p>`,
 * nested as the slots are. A slot that crosses tokens is cut into pieces with the same `data-r`;
 * `data-p="0"` marks the first, which takes the whole value when the slot is filled.
 */
function withSlots(token: Token, slots: readonly FlatSlot[]): string {
	const start = token.offset;
	const end = start + token.text.length;
	const inside = slots.filter((slot) => slot.start < end && slot.end > start);
	if (inside.length === 0) return escapeHtml(token.text);
	const cuts = [
		...new Set([
			start,
			end,
			...inside.flatMap((slot) => [slot.start, slot.end]).filter((at) => at > start && at < end),
		]),
	].sort((a, b) => a - b);
	let html = '';
	for (let i = 0; i + 1 < cuts.length; i++) {
		const [from, to] = [cuts[i]!, cuts[i + 1]!];
		const open = inside.filter((slot) => slot.start <= from && slot.end >= to);
		html +=
			open
				.map(
					(slot) =>
						`<span class="slot" data-e="${slot.example}" data-r="${slot.id}" data-p="${slot.start === from ? 0 : 1}">`
				)
				.join('') +
			escapeHtml(token.text.slice(from - start, to - start)) +
			'</span>'.repeat(open.length);
	}
	return html;
}
