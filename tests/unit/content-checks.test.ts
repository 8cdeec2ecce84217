import { describe, expect, test } from 'vitest';
import type { ContentFile } from '../../src/content-checks/files.ts';
import { formatProblem } from '../../src/content-checks/problem.ts';
import { validateContent, validateFiles } from '../../src/content-checks/validate.ts';
import {
	AWS,
	BODY_LINE,
	EXAMPLE,
	GIT,
	GIT_PROVIDER,
	OTHER,
	baseContent,
	patch,
	withFile,
} from '../fixtures/content.ts';

const sourceOf = (files: ContentFile[], path: string) => files.find((f) => f.path === path)!.source;

/** A bucket policy, for the sample checks; the base sample is plain JSON. */
const POLICY = `{ "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/app-role" }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::example-bucket/*" }] }`;

/** The base guide's first sample as a bucket policy of the given kind, with `extra` YAML after it. */
const withPolicy =
	(kind: string, extra = ''): Mistake =>
	(files) =>
		patch(
			patch(files, EXAMPLE, '{ "Version": "2012-10-17" }', POLICY),
			EXAMPLE,
			'        filename: policy.json',
			`        filename: policy.json\n        policy: ${kind}${extra}`
		);

type Mistake = (files: ContentFile[]) => ContentFile[];
const inExample =
	(from: string | RegExp, to: string): Mistake =>
	(files) =>
		patch(files, EXAMPLE, from, to);

/**
 * One mistake per row, planted in the valid base site: the file and field the problem must name,
 * and the expectation it must state.
 */
const cases: Array<
	[name: string, mistake: Mistake, file: string, field: string, expectation: string]
> = [
	[
		'missing field',
		inExample(/causes:\n(?: {2}.*\n)+/, ''),
		EXAMPLE,
		'causes',
		'missing required field',
	],
	[
		'wrong type',
		inExample('tags: [permissions]', 'httpStatus: forbidden'),
		EXAMPLE,
		'httpStatus',
		'expected an HTTP status code such as 403',
	],
	[
		'empty causes',
		inExample(/causes:\n(?: {2}.*\n)+/, 'causes: []\n'),
		EXAMPLE,
		'causes',
		'must list at least 3 causes, most likely first',
	],
	[
		'empty fixes',
		inExample(/fixes:\n(?: {2}.*\n)+/, 'fixes: []\n'),
		EXAMPLE,
		'fixes',
		'must list at least 3 fixes, in the order to try them',
	],
	[
		'long title',
		inExample(
			"title: 'AWS ExampleDenied: the caller may not do this'",
			`title: '${'A title that goes on and on '.repeat(3)}'`
		),
		EXAMPLE,
		'title',
		'must be at most 70 characters',
	],
	[
		'long description',
		inExample(/description: .*/, `description: ${'This description keeps going. '.repeat(6)}`),
		EXAMPLE,
		'description',
		'must be at most 160 characters',
	],
	[
		'future date',
		inExample('updated: 2026-01-15', 'updated: 2999-01-01'),
		EXAMPLE,
		'updated',
		'must not be in the future',
	],
	[
		'malformed source url',
		inExample('url: https://docs.aws.amazon.com/', 'url: docs.aws.amazon.com/'),
		EXAMPLE,
		'sources[0].url',
		'expected a full https:// URL',
	],
	[
		'related typo',
		inExample('related: [aws/other-denied,', 'related: [aws/other-denid,'),
		EXAMPLE,
		'related[0]',
		'no guide "aws/other-denid" — did you mean "aws/other-denied"?',
	],
	[
		'unknown provider',
		(files) =>
			withFile(
				files,
				'content/errors/gpc/push-denied.mdx',
				sourceOf(files, GIT).replace('ExamplePushDenied', 'PushDenied')
			),
		'content/errors/gpc/push-denied.mdx',
		'',
		'no provider "gpc" (the guide\'s folder): add content/providers/gpc.json — did you mean "git"?',
	],
	[
		'unknown service',
		inExample('services: [iam]', 'services: [iam, s4]'),
		EXAMPLE,
		'services[1]',
		'no service "s4" in content/providers/aws.json',
	],
	[
		'no service where the provider has some',
		inExample('services: [iam]\n', ''),
		EXAMPLE,
		'services',
		'must name at least one service of content/providers/aws.json',
	],
	[
		'a service where the provider has none',
		(files) => patch(files, GIT, 'tags:', 'services: [push]\ntags:'),
		GIT,
		'services',
		'content/providers/git.json lists no services: leave this field out',
	],
	[
		'self related',
		inExample('related: [aws/other-denied,', 'related: [aws/example-denied,'),
		EXAMPLE,
		'related[0]',
		'a guide cannot relate to itself',
	],
	[
		'duplicate in list',
		inExample('related: [aws/other-denied,', 'related: [aws/other-denied, aws/other-denied,'),
		EXAMPLE,
		'related[1]',
		'"aws/other-denied" is listed twice (first at index 0)',
	],
	[
		'slug not URL-safe',
		(files) =>
			withFile(
				files,
				'content/errors/git/Push_Denied.mdx',
				sourceOf(files, GIT).replace('ExamplePushDenied', 'PushDenied')
			),
		'content/errors/git/Push_Denied.mdx',
		'',
		'file name "Push_Denied" is not a URL-safe slug: use lowercase letters, digits and single hyphens, e.g. "push-denied"',
	],
	[
		'slug of digits',
		(files) =>
			withFile(
				files,
				'content/errors/git/2.mdx',
				sourceOf(files, GIT).replace('ExamplePushDenied', 'Two')
			),
		'content/errors/git/2.mdx',
		'',
		'file name "2" is not a URL-safe slug',
	],
	[
		'duplicate code and service',
		(files) =>
			withFile(
				files,
				'content/errors/aws/fifth-denied.mdx',
				sourceOf(files, OTHER)
					.replace('code: OtherDenied', 'code: ExampleDenied')
					.replace(
						/^related: .*$/m,
						'related: [aws/other-denied, aws/third-denied, aws/fourth-denied]'
					)
			),
		'content/errors/aws/fifth-denied.mdx',
		'code',
		'"ExampleDenied" for service "iam" is already covered by content/errors/aws/example-denied.mdx: merge the two guides, or if this one is narrower (one cause, tool or operation), relate them',
	],
	[
		'shared code without a relation',
		(files) => patch(files, GIT, 'code: ExamplePushDenied', 'code: FourthDenied'),
		GIT,
		'code',
		'"FourthDenied" is also the code of content/errors/aws/fourth-denied.mdx, from another provider: guides may share a code across providers only when they relate to each other (add "aws/fourth-denied" to related)',
	],
	[
		'alias that is another code',
		(files) => patch(files, GIT, 'tags:', 'aliases: [exampledenied]\ntags:'),
		GIT,
		'aliases[0]',
		'"exampledenied" is the code of content/errors/aws/example-denied.mdx',
	],
	[
		'unknown sample language',
		inExample('- lang: json', '- lang: jsonc5'),
		EXAMPLE,
		'fixes[0].samples[0].lang',
		'unknown code language "jsonc5"',
	],
	[
		'unknown fence language in a field',
		inExample(
			'detection: Alarm on denied calls in CloudTrail.',
			'detection: |\n  Count them:\n\n  ```shelll\n  aws logs\n  ```'
		),
		EXAMPLE,
		'detection',
		'unknown code language "shelll": use a language Shiki knows (json, bash, sh, yaml, hcl, python, text, ...) — did you mean "shell"? (on a code fence)',
	],
	[
		'unknown fence language in the body',
		inExample('See [fix 1]', 'An example:\n\n```jsn\n{}\n```\n\nSee [fix 1]'),
		EXAMPLE,
		`body:${BODY_LINE + 2}`,
		'unknown code language "jsn"',
	],
	[
		'code fence inside a list',
		inExample('See [fix 1]', '1. Run:\n\n   ```bash\n   aws s3 ls\n   ```\n\nSee [fix 1]'),
		EXAMPLE,
		`body:${BODY_LINE + 2}`,
		'code block inside a list or quote',
	],
	[
		'indented code in the body',
		inExample('See [fix 1]', 'Run this:\n\n    aws s3 ls\n\nSee [fix 1]'),
		EXAMPLE,
		`body:${BODY_LINE + 2}`,
		'indented code block: use a fenced block',
	],
	[
		'raw HTML in a field',
		inExample('lead: Read the message first.', 'lead: Read the <b>message</b> first.'),
		EXAMPLE,
		'lead',
		'raw HTML is not rendered',
	],
	[
		'a component in the body',
		inExample('See [fix 1]', '<Aside>Careful.</Aside>\n\nSee [fix 1]'),
		EXAMPLE,
		`body:${BODY_LINE}`,
		'a component or HTML tag is not supported',
	],
	[
		'filename with folder',
		inExample('filename: policy.json', 'filename: policies/policy.json'),
		EXAMPLE,
		'fixes[0].samples[0].filename',
		'expected a plain file name',
	],
	[
		'MDX that does not parse',
		inExample('See [fix 1]', 'The second has a stray { brace.\n\nSee [fix 1]'),
		EXAMPLE,
		`body:${BODY_LINE}`,
		'MDX does not parse: Unexpected end of file in expression',
	],
	[
		'link to a missing guide',
		inExample('See [fix 1]', 'Read [the S3 guide](/aws/s3-denied/).\n\nSee [fix 1]'),
		EXAMPLE,
		`body:${BODY_LINE}`,
		'link "/aws/s3-denied/" points to no page',
	],
	[
		'link to a missing anchor',
		inExample('[causes](#why-this-happens)', '[fix 9](#fix-9)'),
		EXAMPLE,
		`body:${BODY_LINE}`,
		'has no anchor "#fix-9" — did you mean "fix-1"?',
	],
	[
		'link to a service without guides',
		inExample('/aws/#service-iam', '/aws/#service-kms'),
		EXAMPLE,
		`body:${BODY_LINE}`,
		'link "/aws/#service-kms": /aws/ has no anchor "#service-kms"',
	],
	[
		'link inside a field',
		inExample('lead: Read the message first.', 'lead: Read [the other guide](/aws/other/) first.'),
		EXAMPLE,
		'lead',
		'link "/aws/other/" points to no page',
	],
	[
		'stray Markdown file',
		(files) => withFile(files, 'content/errors/aws/notes.md', '# Notes'),
		'content/errors/aws/notes.md',
		'',
		'not a guide: guides are content/errors/<provider>/<slug>.mdx (rename it to .mdx)',
	],
	// The file line the parser points at: the line of the mistake, or for an unclosed bracket the
	// line where the parser found the collection had not ended.
	[
		'YAML with a colon in a plain value',
		inExample('lead: Read the message first.', 'lead: Read this: the message'),
		EXAMPLE,
		'frontmatter:11',
		'YAML does not parse: bad indentation of a mapping entry',
	],
	[
		'YAML with an unclosed bracket',
		inExample('tags: [permissions]', 'tags: [permissions'),
		EXAMPLE,
		'frontmatter:7',
		'YAML does not parse: missed comma between flow collection entries',
	],
	[
		'unknown field',
		inExample('detection:', 'escalaton: Ask your administrator.\ndetection:'),
		EXAMPLE,
		'escalaton',
		'unknown field — did you mean "escalation"?',
	],
	[
		'invalid provider',
		(files) => patch(files, AWS, '"iam":"IAM"', '"IAM":"IAM"'),
		AWS,
		'services.IAM',
		'expected a lowercase slug such as "s3"',
	],
	// Samples and facts, checked like code (src/content-checks/samples.ts, text-facts.ts).
	[
		'JSON that does not parse',
		inExample('{ "Version": "2012-10-17" }', '{ "Version": "2012-10-17", }'),
		EXAMPLE,
		'fixes[0].samples[0].code',
		'not valid JSON',
	],
	[
		'YAML that does not parse',
		inExample(
			'      - lang: bash\n        code: |\n          aws sts get-caller-identity',
			'      - lang: yaml\n        code: |\n          rules:\n            - verbs: [get\n          kind: Role'
		),
		EXAMPLE,
		'fixes[2].samples[0].code',
		'not valid YAML',
	],
	[
		'an IAM policy that does not say its kind',
		inExample('{ "Version": "2012-10-17" }', POLICY),
		EXAMPLE,
		'fixes[0].samples[0].policy',
		'this sample is an IAM policy: say which kind with policy:',
	],
	[
		'a Principal in an identity policy',
		withPolicy('identity'),
		EXAMPLE,
		'fixes[0].samples[0].code',
		'Statement[0].Principal: an identity-based policy cannot name a principal',
	],
	[
		'a misspelt action in a policy',
		(files) => patch(withPolicy('resource')(files), EXAMPLE, '"s3:GetObject"', '"s3:GetObjcet"'),
		EXAMPLE,
		'fixes[0].samples[0].code',
		'Statement[0].Action: s3 has no action "GetObjcet" — did you mean "GetObject"?',
	],
	[
		'an unknown condition key in prose',
		inExample(
			'body: AWS denies by default.',
			'body: AWS denies by default, unless `aws:SourceVpcId` matches.'
		),
		EXAMPLE,
		'causes[0].body',
		'no global condition key "aws:SourceVpcId"',
	],
	[
		'a real-looking account id in an ARN',
		inExample(
			'    text: An error occurred (ExampleDenied)',
			'    text: An error occurred (ExampleDenied) for arn:aws:iam::210987654321:role/app-role'
		),
		EXAMPLE,
		'messages[0].text',
		'use a documentation account id',
	],
	[
		'a real-looking access key',
		inExample(
			'aws sts get-caller-identity',
			'AWS_ACCESS_KEY_ID=AKIA2ZXYW3VUT4SRQPON aws sts get-caller-identity'
		),
		EXAMPLE,
		'fixes[2].samples[0].code',
		'this looks like an AWS access key id',
	],
	[
		'a verified policy whose request names no real action',
		withPolicy(
			'resource',
			'\n        verify:\n          principal: arn:aws:iam::111122223333:role/app-role\n          action: s3:GetObjects\n          resource: arn:aws:s3:::example-bucket/a\n          expect: allowed'
		),
		EXAMPLE,
		'fixes[0].samples[0].verify.action',
		's3 has no action or condition key "GetObjects" — did you mean "GetObject"?',
	],
	[
		'a fill value no sample holds',
		inExample(
			'lead: Read the message first.',
			'lead: Read the message first.\nfill:\n  add:\n    bucket: amzn-s3-demo-bucket'
		),
		EXAMPLE,
		'fill.add.bucket',
		'"amzn-s3-demo-bucket" appears in no code sample as a whole value',
	],
	[
		'a fill value that would need quoting',
		inExample(
			'lead: Read the message first.',
			'lead: Read the message first.\nfill:\n  add:\n    bucket: "example-bucket; rm"'
		),
		EXAMPLE,
		'fill.add.bucket',
		"is not a bucket a reader's error could fill",
	],
	[
		'an unknown slot name',
		inExample(
			'lead: Read the message first.',
			'lead: Read the message first.\nfill:\n  exclude: [buckets]'
		),
		EXAMPLE,
		'fill.exclude[0]',
		'expected a slot name: principal, resource',
	],
	[
		'an old path that is a live guide',
		inExample('redirectFrom: [/aws/example-old/]', 'redirectFrom: [/aws/other-denied/]'),
		EXAMPLE,
		'redirectFrom[0]',
		'"/aws/other-denied/" is the guide "aws/other-denied", which is live',
	],
	[
		'an old path that is not a path',
		inExample('redirectFrom: [/aws/example-old/]', 'redirectFrom: [aws/Example-Old]'),
		EXAMPLE,
		'redirectFrom[0]',
		'expected a site path that starts and ends with "/"',
	],
	[
		'an unknown tag',
		inExample('tags: [permissions]', 'tags: [permisions]'),
		EXAMPLE,
		'tags[0]',
		'unknown tag "permisions" — did you mean "permissions"?',
	],
];

describe('content validation', () => {
	test('the base site passes, links, related guides and a provider without services included', () => {
		const { problems, guides } = validateFiles(baseContent());
		expect(problems.map(formatProblem)).toEqual([]);
		expect(guides.map((g) => g.id).sort()).toEqual([
			'aws/example-denied',
			'aws/fourth-denied',
			'aws/other-denied',
			'aws/third-denied',
			'git/example-push-denied',
		]);
		expect(guides.find((g) => g.id === 'git/example-push-denied')!.data.services).toEqual([]);
	});

	test('the real content passes', async () => {
		const { problems, guides } = await validateContent(new URL('../../', import.meta.url));
		expect(problems.map(formatProblem)).toEqual([]);
		expect(guides.length).toBeGreaterThan(0);
	});

	test.each(cases)(
		'%s: fails, naming the file, the field and the expectation',
		(_name, mistake, file, field, expectation) => {
			const { problems } = validateFiles(mistake(baseContent()));
			// Exactly the planted mistake: no cascade of follow-on errors to wade through.
			expect(problems.map(formatProblem)).toEqual([expect.stringContaining(expectation)]);
			expect(problems[0]).toMatchObject({ file, field });
		}
	);

	test('a guide none of whose samples can be filled gets a warning, not a problem', () => {
		const plain = validateFiles(baseContent());
		expect(plain.warnings.find((w) => w.file === EXAMPLE)).toMatchObject({
			field: 'fill',
			message: expect.stringContaining('no sample can be filled'),
		});
		// A message naming a bucket the bucket policy sample holds makes that sample fillable.
		const files = patch(
			withPolicy('resource')(baseContent()),
			EXAMPLE,
			/text: An error occurred \(\w+\)/,
			'text: \'User: arn:aws:iam::111122223333:role/app-role is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::example-bucket/config.json"\''
		);
		const filled = validateFiles(files);
		expect(filled.problems.map(formatProblem)).toEqual([]);
		expect(filled.warnings.filter((w) => w.file === EXAMPLE)).toEqual([]);
	});

	test('an old path claimed by two guides is reported at the second', () => {
		const files = patch(
			baseContent(),
			OTHER,
			'lead: Read',
			'redirectFrom: [/aws/example-old/]\nlead: Read'
		);
		expect(validateFiles(files).problems.map(formatProblem)).toEqual([
			`${OTHER}: redirectFrom[0]: "/aws/example-old/" already redirects to "aws/example-denied": an old path leads to one guide`,
		]);
	});

	test('a guide checked more than a year ago is listed as stale, oldest first, with its age', () => {
		const today = new Date('2026-11-29T12:00:00Z');
		const files = patch(baseContent(), GIT, /updated: [\d-]+/, 'updated: 2025-06-30');
		expect(validateFiles(files, { today }).stale.map(formatProblem)).toEqual([
			`${OTHER}: updated: checked 2 years and 8 months ago (2024-03-01): check the facts against the sources again, then update the date`,
			`${GIT}: updated: checked 1 year and 4 months ago (2025-06-30): check the facts against the sources again, then update the date`,
		]);
		expect(validateFiles(baseContent(), { today: new Date('2024-06-01') }).stale).toEqual([]);
	});

	test('a code shared across providers is fine once the guides relate', () => {
		// The git guide relates to aws/example-denied, so it may share its code.
		const files = patch(baseContent(), GIT, 'code: ExamplePushDenied', 'code: ExampleDenied');
		expect(validateFiles(files).problems).toEqual([]);
	});

	test('one run reports every problem in every file', () => {
		let files = patch(baseContent(), EXAMPLE, 'updated: 2026-01-15', 'updated: 2999-01-01');
		files = patch(files, EXAMPLE, 'related: [aws/other-denied,', 'related: [aws/other-denid,');
		files = patch(files, OTHER, 'lead: Read the message first.\n', '');
		files = patch(files, GIT_PROVIDER, '"Git"', '""');
		expect(validateFiles(files).problems.map(formatProblem)).toEqual([
			`${EXAMPLE}: updated: must not be in the future`,
			`${EXAMPLE}: related[0]: no guide "aws/other-denid" — did you mean "aws/other-denied"?`,
			`${OTHER}: lead: missing required field (expected a line of text (inline Markdown))`,
			`${GIT_PROVIDER}: name: must not be empty`,
		]);
	});
});
