import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../src/utils/markdown.ts';

describe('renderMarkdown', () => {
	test('renders inline Markdown without a wrapping paragraph', async () => {
		expect(await renderMarkdown('Run `aws sts get-caller-identity` *first*', { inline: true })).toBe(
			'Run <code>aws sts get-caller-identity</code> <em>first</em>'
		);
	});

	test('renders block Markdown as paragraphs and lists', async () => {
		const html = await renderMarkdown('One.\n\n- a\n- b');
		expect(html).toContain('<p>One.</p>');
		expect(html).toMatch(/<ul>\s*<li>a<\/li>/);
	});

	test('keeps several paragraphs wrapped even when asked for inline', async () => {
		expect(await renderMarkdown('One.\n\nTwo.', { inline: true })).toContain('<p>Two.</p>');
	});

	test('escapes the content of code spans', async () => {
		expect(await renderMarkdown('`<script>alert(1)</script>`', { inline: true })).toBe(
			'<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>'
		);
	});

	test('highlights fenced code with both themes', async () => {
		const html = await renderMarkdown('```bash\naws s3 ls\n```');
		expect(html).toContain('<pre');
		expect(html).toContain('light-dark(');
	});
});
