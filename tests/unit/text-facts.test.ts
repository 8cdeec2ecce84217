import { expect, test } from 'vitest';
import { checkArns, checkIamNames, checkSecrets } from '../../src/content-checks/text-facts.ts';

const messages = (findings: Array<{ message: string }>) => findings.map((f) => f.message);

test('IAM actions and condition keys named in prose and code must exist', () => {
	const text =
		'Allow `s3:GetObject` and `kms:Decrypt` (with `kms:ViaService`), match `aws:PrincipalTag/team` and `s3:Get*`; see s3://example-bucket/x and https://docs.aws.amazon.com.';
	expect(checkIamNames(text)).toEqual([]);
	expect(
		messages(
			checkIamNames('User is not authorized to perform: secretsmanager:GetSecretValu on resource')
		)
	).toEqual([
		'secretsmanager has no action or condition key "GetSecretValu" — did you mean "GetSecretValue"?',
	]);
	expect(
		messages(checkIamNames('"Condition": { "Bool": { "aws:SecureTransports": "false" } }'))
	).toEqual([
		'no global condition key "aws:SecureTransports" in the Service Authorization Reference',
	]);
});

test('prose around IAM names: sentence punctuation, keys that go on, and values that look like keys', () => {
	expect(
		checkIamNames(
			'Can s3:* still be denied s3:GetObject? Match `aws:PrincipalTag/...` or `kms:EncryptionContext:` pairs; SSE-KMS sends `aws:kms`; `${aws:username}` works.'
		)
	).toEqual([]);
	expect(messages(checkIamNames('Is it s3:GetObjekt?'))).toEqual([
		's3 has no action or condition key "GetObjekt" — did you mean "GetObject"?',
	]);
});

test('the inside of an ARN, URLs, times and YAML keys are not read as IAM names', () => {
	expect(
		checkIamNames(
			'arn:aws:iam::123456789012:role/app-role at 12:30:00, image: nginx:1.27, apiVersion: v1'
		)
	).toEqual([]);
});

test('ARNs must parse and use documentation account ids', () => {
	expect(
		checkArns(
			'"arn:aws:s3:::example-bucket/*" and arn:aws:iam::123456789012:role/app-role. And arn:aws:iam::aws:policy/ReadOnlyAccess'
		)
	).toEqual([]);
	expect(messages(checkArns('arn:aws:iam::210987654321:role/app-role'))).toEqual([
		'"arn:aws:iam::210987654321:role/app-role": use a documentation account id (123456789012, 111122223333, 444455556666, 777788889999, 555555555555), not 210987654321',
	]);
	expect(messages(checkArns('arn:aws:kms:useast1:123456789012:key/x'))).toEqual([
		'"arn:aws:kms:useast1:123456789012:key/x": "useast1" is not a Region such as us-east-1',
	]);
	expect(messages(checkArns('arn:aws-eu:s3:::example-bucket'))).toEqual([
		'"arn:aws-eu:s3:::example-bucket": unknown partition "aws-eu" (aws, aws-cn or aws-us-gov)',
	]);
	// A partition prefix in prose is not an ARN.
	expect(checkArns('ARNs start with `arn:aws:`, `arn:aws-cn:` or `arn:aws-us-gov:`.')).toEqual([]);
	expect(
		messages(checkArns('docker push 210987654321.dkr.ecr.us-east-1.amazonaws.com/app'))[0]
	).toContain('210987654321 looks like an account id');
});

test('nothing that looks like a real credential, but documentation examples pass', () => {
	expect(
		checkSecrets(
			'AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY AIDACKCEVSQ6C2EXAMPLE'
		)
	).toEqual([]);
	expect(messages(checkSecrets('aws_access_key_id = AKIA2ZXYW3VUT4SRQPON'))).toEqual([
		expect.stringContaining('an AWS access key id'),
	]);
	expect(messages(checkSecrets('secret = Zk3mP9qL2xV8nB4cR7tY1wE6uI0oA5sD3fG8hJ2k'))).toEqual([
		expect.stringContaining('an AWS secret access key'),
	]);
	expect(messages(checkSecrets('-----BEGIN OPENSSH PRIVATE KEY-----'))).toEqual([
		expect.stringContaining('a private key'),
	]);
	expect(messages(checkSecrets(`token ghp_${'a1B2'.repeat(9)}`))).toEqual([
		expect.stringContaining('a GitHub token'),
	]);
	// A documentation URL whose path happens to be forty letters and slashes is not a secret.
	expect(
		checkSecrets(
			'See https://docs.aws.amazon.com/AmazonS3/latest/userguide/cloudtrail-logging-s3-info.html'
		)
	).toEqual([]);
	// A long path or a hex digest is not a secret.
	expect(
		checkSecrets(
			'/home/runner/work/example/example/node_modules/.bin sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'
		)
	).toEqual([]);
});
