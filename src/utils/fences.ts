export type MarkdownPart =
	| { kind: 'markdown'; text: string }
	| { kind: 'code'; lang: string; code: string; line: number };

// Only a fence at the start of a line is top-level: an indented one belongs to a list item.
const TOP_LEVEL_OPENING = /^(`{3,}|~{3,})\s*([^\s`]*)[^`]*$/;
// Any fence, at any depth: inside list items (indented) or block quotes (`> `).
const ANY_OPENING = /^[\s>]*(`{3,}|~{3,})\s*([^\s`]*)[^`]*$/;

/**
 * Splits a Markdown text field into prose and top-level fenced code blocks, so each such fence
 * is rendered as a full code block (header, copy button) like a fix's samples. Fences nested in
 * lists or quotes stay in the prose, where the Markdown processor renders them in place.
 * A fence with no language is `text`. `line` is the 1-based line of the opening fence.
 */
export function splitFences(markdown: string): MarkdownPart[] {
	const parts: MarkdownPart[] = [];
	const lines = markdown.split('\n');
	let prose: string[] = [];
	const flushProse = () => {
		const text = prose.join('\n').trim();
		if (text) parts.push({ kind: 'markdown', text });
		prose = [];
	};
	for (let i = 0; i < lines.length; i++) {
		const open = TOP_LEVEL_OPENING.exec(lines[i]!);
		if (!open) {
			prose.push(lines[i]!);
			continue;
		}
		const end = closingLine(lines, i, open[1]!);
		flushProse();
		parts.push({ kind: 'code', lang: open[2] || 'text', code: lines.slice(i + 1, end).join('\n'), line: i + 1 });
		i = end;
	}
	flushProse();
	return parts;
}

/** Every fenced code block's language and line, nested ones included, for checking languages. */
export function fenceLanguages(markdown: string): Array<{ lang: string; line: number }> {
	const found: Array<{ lang: string; line: number }> = [];
	const lines = markdown.split('\n');
	for (let i = 0; i < lines.length; i++) {
		const open = ANY_OPENING.exec(lines[i]!);
		if (!open) continue;
		found.push({ lang: open[2] || 'text', line: i + 1 });
		i = closingLine(lines, i, open[1]!);
	}
	return found;
}

/** Index of the line that closes the fence opened at `start`, or the end of the text (CommonMark). */
function closingLine(lines: readonly string[], start: number, fence: string): number {
	const closing = new RegExp(`^[\\s>]*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
	const end = lines.findIndex((line, j) => j > start && closing.test(line));
	return end === -1 ? lines.length : end;
}
