import { expect, test } from 'vitest';
import { matchesQuery, prepareQuery } from '../../src/utils/guide-filter.ts';

const iam = {
	code: 'AccessDeniedException',
	aliases: ['is not authorized to perform'],
	text: 'AWS IAM permission denied',
};
const s3 = { code: 'AccessDenied', aliases: [], text: 'Amazon S3 Access Denied bucket policy' };

test('an empty query matches everything', () => {
	expect(matchesQuery('  ', iam)).toBe(true);
});

test('a whole pasted error matches the guide whose code it contains, and not a guide with a prefix of it', () => {
	const pasted =
		'An error occurred (AccessDeniedException) when calling the GetSecretValue operation: User: arn:aws:iam::123456789012:user/deploy-bot';
	expect(matchesQuery(pasted, iam)).toBe(true);
	expect(matchesQuery(pasted, s3)).toBe(false);
});

test('a pasted message matches on a multi-word alias', () => {
	expect(matchesQuery('User: x is not authorized to perform: s3:GetObject', iam)).toBe(true);
});

test('typed words match when all appear, in any case', () => {
	expect(matchesQuery('s3 bucket', s3)).toBe(true);
	expect(matchesQuery('S3 kms', s3)).toBe(false);
});

test('regular expression syntax is compared as text, never compiled', () => {
	// As a pattern, `.*` would match any guide and `access.*denied` this one; as text neither appears.
	expect(matchesQuery('.*', iam)).toBe(false);
	expect(matchesQuery('access.*denied', iam)).toBe(false);
	expect(matchesQuery('<img src=x onerror=alert(1)>', iam)).toBe(false);
});

test('punctuation around words is trimmed, however long the run', () => {
	expect(prepareQuery(`${'.'.repeat(50_000)}s3:getobject${'-'.repeat(50_000)}`)?.words).toEqual(
		new Set(['s3:getobject'])
	);
	expect(prepareQuery('::: ---')?.words).toEqual(new Set());
	// A query of punctuation alone matches nothing rather than everything.
	expect(matchesQuery('::: ---', iam)).toBe(false);
});
