import { describe, expect, test } from 'vitest';
import {
	MdxSyntaxError,
	markdownParts,
	renderMarkdown,
	scanMarkdown,
} from '../../src/utils/markdown.ts';

describe('renderMarkdown', () => {
	test('renders inline Markdown without a wrapping paragraph', () => {
		expect(renderMarkdown('Run `aws sts get-caller-identity` *first*', { inline: true })).toBe(
			'Run <code>aws sts get-caller-identity</code> <em>first</em>'
		);
	});

	test('renders block Markdown as paragraphs and lists', () => {
		const html = renderMarkdown('One.\n\n- a\n- b');
		expect(html).toContain('<p>One.</p>');
		expect(html).toMatch(/<ul>\s*<li>a<\/li>/);
	});

	test('keeps several paragraphs wrapped even when asked for inline', () => {
		expect(renderMarkdown('One.\n\nTwo.', { inline: true })).toContain('<p>Two.</p>');
	});

	test('escapes the content of code spans', () => {
		expect(renderMarkdown('`<script>alert(1)</script>`', { inline: true })).toBe(
			'<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>'
		);
	});

	test('uses typographic quotes and dashes, as Astro renders Markdown', () => {
		expect(renderMarkdown('"Denied" -- again', { inline: true })).toBe('“Denied” – again');
	});
});

describe('scanMarkdown', () => {
	test('finds top-level fences with their language and line, from the Markdown tree', () => {
		const text =
			'Before.\n\n```bash\naws s3 ls \\\n  --recursive\n```\n\n~~~~\n```\nnot a close\n~~~~\n\nUse ```a``` inline.';
		expect(scanMarkdown(text).fences.map(({ lang, code, line }) => ({ lang, code, line }))).toEqual(
			[
				{ lang: 'bash', code: 'aws s3 ls \\\n  --recursive', line: 3 },
				{ lang: 'text', code: '```\nnot a close', line: 8 },
			]
		);
	});

	test('an unclosed fence runs to the end, as in CommonMark', () => {
		expect(scanMarkdown('```json\n{}').fences.map((f) => f.code)).toEqual(['{}']);
	});

	test('refuses what the page would not render as a full code block: nested fences and indented code', () => {
		const text =
			'1. Run:\n\n   ```bash\n   aws s3 ls\n   ```\n\n> ```yaml\n> a: 1\n> ```\n\nThen:\n\n    indented\n';
		expect(scanMarkdown(text).unsupported.map((u) => [u.line, u.message.split(':')[0]])).toEqual([
			[3, 'code block inside a list or quote'],
			[7, 'code block inside a list or quote'],
			[13, 'indented code block'],
		]);
	});

	test('finds links and reference definitions, but not link syntax inside code', () => {
		const text = 'See [a](/aws/a/#fix-1) and [b][ref].\n\n`[not](/a/link/)`\n\n[ref]: /aws/b/';
		expect(scanMarkdown(text).links).toEqual([
			{ url: '/aws/a/#fix-1', line: 1 },
			{ url: '/aws/b/', line: 5 },
		]);
	});

	test('refuses raw HTML in Markdown', () => {
		expect(scanMarkdown('Read the <b>message</b>.').unsupported.map((u) => u.message)).toEqual([
			expect.stringContaining('raw HTML is not rendered'),
			expect.stringContaining('raw HTML is not rendered'),
		]);
	});

	test('an MDX body: components, imports and expressions are refused with their lines', () => {
		const body = '\n\nimport X from "x";\n\nText with {1 + 1}.\n\n<Aside>Hi</Aside>\n';
		expect(
			scanMarkdown(body, { mdx: true }).unsupported.map((u) => [
				u.line,
				u.message.split(' is not')[0],
			])
		).toEqual([
			[3, 'an import or export'],
			[5, 'an {expression}'],
			[7, 'a component or HTML tag'],
		]);
	});

	test('an MDX body that does not parse throws with the line the compiler gives', () => {
		let error: unknown;
		try {
			scanMarkdown('One.\n\nA stray { brace.\n', { mdx: true });
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(MdxSyntaxError);
		expect((error as MdxSyntaxError).line).toBe(3);
		expect((error as MdxSyntaxError).message).toMatch(/^Unexpected end of file in expression/);
	});
});

describe('markdownParts', () => {
	test('splits prose and top-level fences in order, keeping the code exact', () => {
		expect(markdownParts('Before.\n\n```bash\naws s3 ls\n```\n\nAfter.')).toEqual([
			{ kind: 'markdown', text: 'Before.' },
			{ kind: 'code', lang: 'bash', code: 'aws s3 ls', line: 3 },
			{ kind: 'markdown', text: 'After.' },
		]);
	});

	test('prose without fences is one part, untouched', () => {
		expect(markdownParts('One.\n\nTwo with `code`.')).toEqual([
			{ kind: 'markdown', text: 'One.\n\nTwo with `code`.' },
		]);
	});
});
