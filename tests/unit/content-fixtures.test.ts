import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/content-checks/problem.ts';
import { validateContent } from '../../src/content-checks/validate.ts';

const fixture = (name: string) => new URL(`../fixtures/${name}/`, import.meta.url);
const GUIDE = 'content/errors/aws/example-denied.mdx';

/**
 * One fixture per kind of mistake (tests/fixtures/<name>/content/...), each a small valid site
 * with one mistake planted. Each row: the file and field the message must name, and the
 * expectation it must state.
 */
const cases: Array<[name: string, file: string, field: string | RegExp, expectation: string]> = [
	['missing-field', GUIDE, 'causes', 'missing required field'],
	['wrong-type', GUIDE, 'httpStatus', 'expected an HTTP status code such as 403'],
	['empty-causes', GUIDE, 'causes', 'must list at least one cause'],
	['empty-fixes', GUIDE, 'fixes', 'must list at least one fix'],
	['long-title', GUIDE, 'title', 'must be at most 70 characters'],
	['long-description', GUIDE, 'description', 'must be at most 160 characters'],
	['future-date', GUIDE, 'updated', 'must not be in the future'],
	['malformed-source-url', GUIDE, 'sources[0].url', 'expected a full https:// URL'],
	['related-typo', GUIDE, 'related[0]', 'no guide "aws/other-denid" — did you mean "aws/other-denied"?'],
	['unknown-provider', 'content/errors/gpc/example-denied.mdx', '', 'no provider "gpc"'],
	['unknown-service', GUIDE, 'services[1]', 'no service "s4" in content/providers/aws.json'],
	['self-related', GUIDE, 'related[0]', 'a guide cannot relate to itself'],
	['duplicate-in-list', GUIDE, 'related[1]', '"aws/other-denied" is listed twice (first at index 0)'],
	['slug-not-url-safe', 'content/errors/aws/Example_Denied.mdx', '', 'is not a URL-safe slug'],
	['duplicate-code', GUIDE, 'code', 'is already covered by content/errors/aws/example-denied-again.mdx'],
	['alias-is-another-code', 'content/errors/aws/other-denied.mdx', 'aliases[0]', '"exampledenied" is the code of content/errors/aws/example-denied.mdx'],
	['unknown-language', GUIDE, 'fixes[0].samples[0].lang', 'unknown code language "jsonc5"'],
	['unknown-fence-language', GUIDE, 'detection', 'unknown code language "shelll"'],
	['unknown-body-fence-language', GUIDE, 'body:32', 'unknown code language "jsn" on a code fence'],
	['filename-with-folder', GUIDE, 'fixes[0].samples[0].filename', 'expected a plain file name'],
	['mdx-compile-error', GUIDE, 'body:32', 'MDX does not compile'],
	['link-to-missing-guide', GUIDE, 'body:30', 'link "/aws/s3-denied/" points to no page'],
	['link-to-missing-anchor', GUIDE, 'body:30', 'has no anchor "#fix-2" — did you mean "fix-1"?'],
	['link-to-empty-service', GUIDE, 'body:30', 'link "/aws/#service-kms": /aws/ has no anchor "#service-kms"'],
	['stray-markdown-file', 'content/errors/aws/notes.md', '', 'not a guide: guides are content/errors/<provider>/<slug>.mdx'],
	['yaml-syntax-error', GUIDE, /^frontmatter:\d+$/, 'YAML does not parse'],
	['unknown-field', GUIDE, 'escalaton', 'unknown field — did you mean "escalation"?'],
	['invalid-provider', 'content/providers/aws.json', 'services', 'missing required field'],
];

describe('content validation', () => {
	test('the valid fixture passes, links and related guides included', async () => {
		const { problems, guides } = await validateContent(fixture('valid'));
		expect(problems).toEqual([]);
		expect(guides.map((g) => g.id).sort()).toEqual(['aws/example-denied', 'aws/other-denied']);
	});

	test('the real content passes', async () => {
		const { problems, guides } = await validateContent(new URL('../../', import.meta.url));
		expect(problems.map(formatProblem)).toEqual([]);
		expect(guides.length).toBeGreaterThan(0);
	});

	test.each(cases)('%s: fails, naming the file, the field and the expectation', async (name, file, field, expectation) => {
		const { problems } = await validateContent(fixture(name));
		// Exactly the planted mistake: no cascade of follow-on errors to wade through.
		expect(problems.map(formatProblem)).toHaveLength(1);
		const [problem] = problems;
		expect(problem!.file).toBe(file);
		if (typeof field === 'string') expect(problem!.field).toBe(field);
		else expect(problem!.field).toMatch(field);
		expect(problem!.message).toContain(expectation);
	});

	test('one run reports every problem in every file', async () => {
		const { problems } = await validateContent(fixture('many-problems'));
		expect(problems.map(formatProblem)).toEqual([
			`${GUIDE}: updated: must not be in the future`,
			`${GUIDE}: related[0]: no guide "aws/other-denid" — did you mean "aws/other-denied"?`,
			'content/errors/aws/other-denied.mdx: fixes: must list at least one fix',
		]);
	});
});
