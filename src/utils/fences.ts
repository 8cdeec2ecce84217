export type MarkdownPart =
	| { kind: 'markdown'; text: string }
	| { kind: 'code'; lang: string; code: string; line: number };

const OPENING = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)[^`]*$/;

/**
 * Splits a Markdown text field into prose and top-level fenced code blocks, so each fence can
 * be rendered as a full code block (header, copy button) like a fix's samples, and its language
 * checked. Fences nested in lists or quotes stay in the prose. A fence with no language is `text`.
 * `line` is the 1-based line of the opening fence within the text.
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
		const open = OPENING.exec(lines[i]!);
		if (!open) {
			prose.push(lines[i]!);
			continue;
		}
		const fence = open[1]!;
		const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
		const end = lines.findIndex((line, j) => j > i && closing.test(line));
		const body = lines.slice(i + 1, end === -1 ? lines.length : end);
		flushProse();
		parts.push({ kind: 'code', lang: open[2] || 'text', code: body.join('\n'), line: i + 1 });
		i = end === -1 ? lines.length : end;
	}
	flushProse();
	return parts;
}
