import { expect, test } from 'vitest';
import {
	checkAction,
	checkConditionKey,
	checkPolicy,
} from '../../src/content-checks/iam-policy.ts';

const statement = (extra: Record<string, unknown>) => ({
	Version: '2012-10-17',
	Statement: [
		{
			Effect: 'Allow',
			Action: 's3:GetObject',
			Resource: 'arn:aws:s3:::example-bucket/*',
			...extra,
		},
	],
});
const messages = (document: unknown, kind: Parameters<typeof checkPolicy>[1]) =>
	checkPolicy(document, kind).map((p) => `${p.path}: ${p.message}`);

test('a well-formed identity policy passes', () => {
	expect(
		messages(
			statement({ Condition: { StringEquals: { 'aws:SourceVpc': 'vpc-1a2b3c4d' } } }),
			'identity'
		)
	).toEqual([]);
});

test('Principal is required where the policy is attached to a resource, and refused where it is attached to an identity', () => {
	expect(messages(statement({}), 'resource')).toEqual([
		'Statement[0].Principal: a resource-based policy names whom it applies to: add "Principal"',
	]);
	expect(
		messages(
			statement({ Principal: { AWS: 'arn:aws:iam::111122223333:role/app-role' } }),
			'identity'
		)
	).toEqual([
		'Statement[0].Principal: an identity-based policy cannot name a principal: it applies to whoever it is attached to',
	]);
	expect(messages(statement({ Principal: { Aws: 'x' } }), 'key')).toEqual([
		'Statement[0].Principal.Aws: unknown principal type — did you mean "AWS"?',
	]);
});

test('a resource-based policy may leave its resource implicit; an identity policy may not', () => {
	const { Resource, ...rest } = statement({}).Statement[0]!;
	const withoutResource = (extra: Record<string, unknown>) => ({
		Version: '2012-10-17',
		Statement: [{ ...rest, ...extra }],
	});
	expect(
		messages(withoutResource({ Principal: { AWS: 'arn:aws:iam::111122223333:root' } }), 'resource')
	).toEqual([]);
	expect(messages(withoutResource({}), 'identity')).toEqual([
		'Statement[0].Resource: a statement needs "Resource" (or "NotResource")',
	]);
});

test('a trust policy names no resource', () => {
	const trust = {
		Version: '2012-10-17',
		Statement: [
			{
				Effect: 'Allow',
				Principal: { Service: 'lambda.amazonaws.com' },
				Action: 'sts:AssumeRole',
				Resource: '*',
			},
		],
	};
	expect(messages(trust, 'trust')).toEqual([
		'Statement[0].Resource: a role trust policy cannot name a resource: the role it is attached to is the resource',
	]);
});

test('elements, effects, operators and versions are checked, with suggestions', () => {
	expect(
		messages(
			{
				Version: '2012-10-18',
				Statment: [],
				Statement: {
					Efect: 'Allow',
					Effect: 'allow',
					Action: ['s3:GetObject'],
					Resource: 'example-bucket',
					Condition: { StringEqual: { 'aws:SourceVpc': 'v' } },
				},
			},
			'identity'
		)
	).toEqual([
		'Statment: unknown policy element — did you mean "Statement"?',
		'Version: expected "2012-10-17" (the current policy language version)',
		'Statement[0].Efect: unknown statement element — did you mean "Effect"?',
		'Statement[0].Effect: expected "Allow" or "Deny"',
		'Statement[0].Resource: "example-bucket" is not an ARN or "*"',
		'Statement[0].Condition.StringEqual: unknown condition operator — did you mean "StringEquals"?',
	]);
});

test('condition operators take IfExists and set prefixes', () => {
	for (const operator of [
		'ForAnyValue:StringLike',
		'StringNotEqualsIfExists',
		'Null',
		'ForAllValues:ArnLike',
		'BoolIfExists',
	])
		expect(
			messages(
				statement({ Condition: { [operator]: { 'aws:PrincipalTag/team': 'x' } } }),
				'identity'
			),
			operator
		).toEqual([]);
});

test('actions and condition keys must exist in the Service Authorization Reference', () => {
	expect(checkAction('s3:GetObject')).toBeUndefined();
	expect(checkAction('s3:get*')).toBeUndefined();
	expect(checkAction('kms:Decrpyt')).toBe('kms has no action "Decrpyt" — did you mean "Decrypt"?');
	expect(checkAction('s3:Fly*')).toBe('"s3:Fly*" matches no action of s3');
	expect(checkAction('s4:GetObject')).toBe('"s4" is not an IAM service prefix (in "s4:GetObject")');
	expect(checkAction('GetObject')).toContain('expected "service:Action"');
	expect(checkConditionKey('aws:SourceVpc')).toBeUndefined();
	expect(checkConditionKey('aws:PrincipalTag/team')).toBeUndefined();
	expect(checkConditionKey('s3:x-amz-server-side-encryption')).toBeUndefined();
	expect(checkConditionKey('kms:ViaService')).toBeUndefined();
	expect(checkConditionKey('aws:SourceVPCE')).toBeUndefined(); // condition key names are case-insensitive
	expect(checkConditionKey('aws:SourceVpcId')).toBe(
		'no condition key "aws:SourceVpcId" in the Service Authorization Reference'
	);
});
