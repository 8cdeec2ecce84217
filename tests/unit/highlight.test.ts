import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { highlightLines } from '../../src/utils/highlight.ts';

const css = readFileSync(new URL('../../src/styles/code.css', import.meta.url), 'utf8');
const textOf = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&amp;', '&');

const samples: Array<[string, string]> = [
	['json', '{\n  "Effect": "Allow",\n  "Count": 1,\n  "On": true\n}'],
	[
		'bash',
		'aws iam put-user-policy \\\n  --user-name deploy-bot # inline policy\necho "$HOME" > /tmp/x',
	],
	['yaml', 'apiVersion: v1\nkind: Role # comment\nrules:\n  - verbs: ["get"]'],
	['hcl', 'resource "aws_s3_bucket" "b" {\n  bucket = var.name\n}'],
	['python', 'def f(x):\n    return "<b>" + str(x)'],
];

test('every line is a span, and the text is exactly the code', async () => {
	for (const [lang, code] of samples) {
		const html = await highlightLines(code, lang);
		expect(html.split('\n')).toHaveLength(code.split('\n').length);
		expect(textOf(html)).toBe(code);
	}
});

test('tokens are coloured by class, never by inline style, and every class has a colour in code.css', async () => {
	const classes = new Set<string>();
	for (const [lang, code] of samples) {
		const html = await highlightLines(code, lang);
		expect(html).not.toContain('style=');
		for (const [, name] of html.matchAll(/class="(tk-[a-z-]+)"/g)) classes.add(name!);
	}
	expect(classes.size).toBeGreaterThan(3);
	for (const name of classes) expect(css, name).toMatch(new RegExp(`\\.${name}[\\s,{]`));
});

test('plain text is escaped, not tokenised', async () => {
	expect(await highlightLines('<img src=x onerror="alert(1)">\nsecond', 'text')).toBe(
		'<span class="line">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</span>\n<span class="line">second</span>'
	);
});
