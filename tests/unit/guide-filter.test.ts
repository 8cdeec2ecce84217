import { expect, test } from 'vitest';
import { matchesQuery } from '../../src/utils/guide-filter.ts';

const iam = { code: 'AccessDeniedException', aliases: ['is not authorized to perform'], text: 'AWS IAM permission denied' };
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

test('a hostile string is only ever compared, never interpreted', () => {
	expect(matchesQuery('<img src=x onerror=alert(1)>', iam)).toBe(false);
	// A 100 kB paste with regex metacharacters is split into words, never compiled.
	expect(matchesQuery('(zq+)+$ '.repeat(12_500), iam)).toBe(false);
});
