import { markdownToHtml, markdownToMdast, mdxToMdast } from 'satteri';

/**
 * Guide text is Markdown (CommonMark with GitHub's tables and strikethrough, and typographic
 * quotes and dashes), parsed and rendered by Sätteri, the processor Astro 7 renders Markdown
 * with. One processor for the whole build, called directly: a few microseconds per field.
 */
const FEATURES = { gfm: true, smartPunctuation: true } as const;

const SINGLE_PARAGRAPH = /^<p>([\s\S]*)<\/p>\s*$/;

/**
 * Renders a guide's text field (a cause's body, a FAQ's answer) to HTML. With `inline`, a single
 * paragraph is unwrapped so the result can sit inside a heading or a `<summary>`.
 */
export function renderMarkdown(text: string, { inline = false } = {}): string {
	const { html } = markdownToHtml(text, { features: FEATURES });
	if (!inline) return html;
	const match = SINGLE_PARAGRAPH.exec(html);
	return match && !match[1]!.includes('<p>') ? match[1]! : html;
}

export type MarkdownPart =
	{ kind: 'markdown'; text: string } | { kind: 'code'; lang: string; code: string; line: number };

/** A fenced code block at the top level of a text, where the page shows it as a full code block. */
export interface CodeFence {
	lang: string;
	code: string;
	/** 1-based line of the opening fence. */
	line: number;
	start: number;
	end: number;
}

export interface MarkdownScan {
	fences: CodeFence[];
	/** Every link target (inline links and reference definitions), with its line. */
	links: Array<{ url: string; line: number }>;
	/** What the site does not render as written, with its line and what to do instead. */
	unsupported: Array<{ line: number; message: string }>;
}

const MDX_NODES: Record<string, string> = {
	mdxjsEsm: 'an import or export',
	mdxJsxFlowElement: 'a component or HTML tag',
	mdxJsxTextElement: 'a component or HTML tag',
	mdxFlowExpression: 'an {expression}',
	mdxTextExpression: 'an {expression}',
};

const INDENTED_CODE =
	'indented code block: use a fenced block (```lang) so it is highlighted and can be copied';

/** The parts of an mdast node the scan reads. */
interface TreeNode {
	type: string;
	position?: { start: { line: number; column: number; offset?: number }; end: { offset?: number } };
	children?: TreeNode[];
	url?: string;
	lang?: string | null;
	value?: string;
}

const lineOf = (node: TreeNode) => node.position?.start.line ?? 1;
const startOf = (node: TreeNode) => node.position?.start.offset ?? 0;
const endOf = (node: TreeNode) => node.position?.end.offset ?? 0;

/** An MDX syntax error, with the line and column the compiler gave, when it gave them. */
export class MdxSyntaxError extends Error {
	readonly line: number | undefined;

	constructor(message: string, line: number | undefined) {
		super(message);
		this.line = line;
	}
}

const markdownTree = (text: string) =>
	markdownToMdast(text, { features: FEATURES }) as unknown as TreeNode;

function parse(text: string, mdx: boolean): TreeNode {
	if (!mdx) return markdownTree(text);
	try {
		return mdxToMdast(text, { features: FEATURES }) as unknown as TreeNode;
	} catch (error) {
		// Sätteri's error carries its position only in the text: "3:9: Unexpected end of file ...".
		// Without one the problem is reported for the body as a whole, never at a made-up line.
		const message = error instanceof Error ? error.message : String(error);
		const position = /^(\d+):(\d+): /.exec(message);
		throw new MdxSyntaxError(
			position ? message.slice(position[0].length) : message,
			position ? Number(position[1]) : undefined
		);
	}
}

/** Whether a Markdown text could hold anything a scan finds; most fields hold none, and skip the parse. */
const MAY_HOLD = /\]\(|\]:|<|```|~~~|^( {4}|\t)/m;

/**
 * Reads a Markdown text's tree for what the checks and the page need: its top-level fenced code
 * blocks, its links, and constructs the site does not render. `mdx` parses it as MDX (a guide's
 * body), where components, imports and expressions are refused, since the body is rendered as
 * Markdown. Throws `MdxSyntaxError` when an MDX body does not parse.
 */
export function scanMarkdown(text: string, { mdx = false } = {}): MarkdownScan {
	const scan: MarkdownScan = { fences: [], links: [], unsupported: [] };
	if (!mdx && !MAY_HOLD.test(text)) return scan;
	const root = parse(text, mdx);
	// A fenced block's first line starts with its fence; an indented block's does not.
	const isFenced = (node: TreeNode) =>
		/^ {0,3}(`{3,}|~{3,})/.test(
			text.slice(startOf(node) - ((node.position?.start.column ?? 1) - 1))
		);
	const visit = (node: TreeNode, depth: number): void => {
		const mdxKind = MDX_NODES[node.type];
		if (mdxKind) {
			scan.unsupported.push({
				line: lineOf(node),
				message: `${mdxKind} is not supported: the body is rendered as Markdown (write a literal "{" as "\\{", "<" as "&lt;")`,
			});
			return;
		}
		if (node.type === 'html') {
			scan.unsupported.push({
				line: lineOf(node),
				message: 'raw HTML is not rendered: write Markdown (a literal "<" as "&lt;")',
			});
		} else if (node.type === 'link' || node.type === 'definition') {
			scan.links.push({ url: node.url ?? '', line: lineOf(node) });
		} else if (node.type === 'code') {
			if (depth > 1)
				scan.unsupported.push({
					line: lineOf(node),
					message:
						'code block inside a list or quote: put it at the top level of the text, where it gets its header and copy button',
				});
			else if (!isFenced(node))
				scan.unsupported.push({ line: lineOf(node), message: INDENTED_CODE });
			else
				scan.fences.push({
					lang: node.lang || 'text',
					code: node.value ?? '',
					line: lineOf(node),
					start: startOf(node),
					end: endOf(node),
				});
		}
		for (const child of node.children ?? []) visit(child, depth + 1);
	};
	visit(root, 0);
	// MDX has no indented code (an indented line is a paragraph) but Markdown, which renders the
	// body, has: look for it as Markdown too.
	if (mdx && /^( {4}|\t)/m.test(text)) {
		for (const node of markdownTree(text).children ?? [])
			if (node.type === 'code' && !isFenced(node))
				scan.unsupported.push({ line: lineOf(node), message: INDENTED_CODE });
	}
	return scan;
}

/**
 * Splits a text into prose and its top-level fenced code blocks, so each block is rendered as a
 * full code block (header, copy button) like a fix's samples, from the Markdown tree itself.
 */
export function markdownParts(text: string): MarkdownPart[] {
	if (!text.includes('```') && !text.includes('~~~')) return [{ kind: 'markdown', text }];
	const parts: MarkdownPart[] = [];
	let from = 0;
	const prose = (to: number) => {
		const chunk = text.slice(from, to).trim();
		if (chunk) parts.push({ kind: 'markdown', text: chunk });
	};
	for (const fence of scanMarkdown(text).fences) {
		prose(fence.start);
		parts.push({ kind: 'code', lang: fence.lang, code: fence.code, line: fence.line });
		from = fence.end;
	}
	prose(text.length);
	return parts;
}
