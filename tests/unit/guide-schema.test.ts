import { describe, expect, test } from 'vitest';
import { formatPath } from '../../src/content-checks/problem.ts';
import { DESCRIPTION_MAX, guideSchema } from '../../src/schemas/guide.ts';
import { requiredFields } from '../../src/schemas/schema-walk.ts';
import { validGuide } from './valid-guide.ts';

/** Parses and returns each issue as "path: message", the way the build reports them. */
function problems(input: unknown): string[] {
	const result = guideSchema.safeParse(input);
	return result.success
		? []
		: result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
}

describe('guide schema', () => {
	test('accepts a complete guide and normalises it', () => {
		const data = guideSchema.parse(validGuide());
		expect(data.updated).toEqual(new Date('2026-01-15'));
		// Trailing blank lines would end up on the clipboard and run a pasted command.
		expect(data.fixes[0]!.samples[0]!.code).toBe('{ "Version": "2012-10-17" }');
		expect(data.messages[0]!.text).toBe('An error occurred (AccessDeniedException)');
	});

	test('fills defaults for optional lists', () => {
		const { aliases, tags, escalation, httpStatus, ...minimal } = validGuide();
		const data = guideSchema.parse(minimal);
		expect(data).toMatchObject({ aliases: [], tags: [] });
		expect(data.httpStatus).toBeUndefined();
		expect(data.escalation).toBeUndefined();
	});

	const required = requiredFields(guideSchema);
	test('the required fields are the ones every guide needs', () => {
		expect(required).toEqual([
			'title',
			'description',
			'code',
			'messages',
			'lead',
			'causes',
			'fixes',
			'related',
			'faqs',
			'sources',
			'updated',
		]);
	});
	test.each(required)('a guide without %s fails and names the field', (field) => {
		const input: Record<string, unknown> = { ...validGuide() };
		delete input[field];
		const found = problems(input);
		expect(found.length).toBeGreaterThan(0);
		expect(found.every((p) => p.startsWith(`${field}: `))).toBe(true);
	});

	test.each([
		['title', 42, 'title: expected the page title as text'],
		['code', ['AccessDenied'], 'code: expected the error code as text'],
		['httpStatus', '403', 'httpStatus: expected an HTTP status code such as 403'],
		['httpStatus', 403.5, 'httpStatus: expected an HTTP status code such as 403'],
		['services', 'iam', 'services: expected a list, such as [a, b]'],
		['services', ['IAM'], 'services[0]: expected a lowercase slug such as "s3"'],
		['causes', [], 'causes: must list at least 3 causes, most likely first'],
		['fixes', [], 'fixes: must list at least 3 fixes, in the order to try them'],
		['messages', [], 'messages: must show the error message at least once'],
		['sources', [], 'sources: must cite at least 2 official sources'],
		['updated', 'last tuesday', 'updated: expected a date as YYYY-MM-DD'],
		['updated', '2999-01-01', 'updated: must not be in the future'],
		['related', ['S3 access denied'], 'related[0]: expected a guide id "<provider>/<slug>"'],
		['tags', ['Permissions'], 'tags[0]: unknown tag "Permissions" — did you mean "permissions"?'],
		['lead', 'line one\nline two', 'lead: must be a single line'],
		['lead', '1. Decode the message first', 'lead: must be inline text'],
		['updated', 20261128, 'updated: expected a date as YYYY-MM-DD'],
		['updated', 'Nov 28 2026', 'updated: expected a date as YYYY-MM-DD'],
	])('%s = %j fails with a message naming the field', (field, value, expected) => {
		const found = problems({ ...validGuide(), [field]: value });
		expect(found.join('\n')).toContain(expected);
	});

	test('an over-long description fails with the limit and the actual length', () => {
		const description = 'x'.repeat(DESCRIPTION_MAX + 5);
		expect(problems({ ...validGuide(), description })).toEqual([
			`description: must be at most ${DESCRIPTION_MAX} characters (search engines cut longer ones); it has ${DESCRIPTION_MAX + 5}`,
		]);
	});

	test('a code sample in a language Shiki does not know fails at its path', () => {
		const guide = validGuide();
		guide.fixes[0]!.samples = [{ lang: 'jsonn', code: '{}' }];
		expect(problems(guide)).toEqual([
			'fixes[0].samples[0].lang: unknown code language "jsonn": use a language Shiki knows (json, bash, sh, yaml, hcl, python, text, ...) — did you mean "json"?',
		]);
	});

	test('a terminal session sample without a "$ " command fails, since there would be nothing to copy', () => {
		const guide = validGuide();
		guide.fixes[0]!.samples = [{ lang: 'console', code: 'aws sts get-caller-identity' }];
		expect(problems(guide).join()).toContain(
			'fixes[0].samples[0].code: a terminal session (lang: console) needs "$ "'
		);
	});

	test('a sample filename with a folder fails', () => {
		const guide = validGuide();
		guide.fixes[0]!.samples = [{ lang: 'json', filename: '../etc/policy.json', code: '{}' }];
		expect(problems(guide).join()).toContain(
			'fixes[0].samples[0].filename: expected a plain file name'
		);
	});

	test('a source that is not an https URL fails', () => {
		const guide = validGuide();
		guide.sources[1] = { title: 'Docs', url: 'docs.aws.amazon.com/iam' };
		expect(problems(guide)).toEqual(['sources[1].url: expected a full https:// URL']);
	});

	test('the bar: code to copy, and detection or escalation', () => {
		const guide = validGuide();
		guide.fixes[2]!.samples = [];
		expect(problems(guide)).toEqual([
			'fixes: must give at least 2 code samples to copy across the fixes; it has 1',
		]);
		const { detection, escalation, ...neither } = validGuide();
		expect(problems(neither)).toEqual([
			'detection: a guide needs detection (how to notice the error) or escalation (whom to ask), or both',
		]);
	});

	test('a misspelt field is rejected instead of silently ignored', () => {
		expect(problems({ ...validGuide(), escalaton: 'typo' }).join()).toContain('escalaton');
	});
});
