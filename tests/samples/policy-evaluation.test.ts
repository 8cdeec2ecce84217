// Every policy sample that says what it must do (`verify`) is evaluated by a real IAM policy
// evaluator, @cloud-copilot/iam-simulate (AGPL: a test-only dependency, never imported from
// src/). The sample takes its kind's place in the evaluation and every other policy allows the
// request, so the result is what this policy itself decides; the page's "Checked:" note says the
// same thing, from the same block.
import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import { parse as parseArn } from '@aws-sdk/util-arn-parser';
import { describe, expect, test } from 'vitest';
import { validateContent } from '../../src/content-checks/validate.ts';
import type { PolicyKind } from '../../src/schemas/policy-check.ts';
import type { CodeSample } from '../../src/schemas/code-sample.ts';

const ALLOW_ALL = {
	Version: '2012-10-17',
	Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
};

type Verified = CodeSample & { verify: NonNullable<CodeSample['verify']>; policy: PolicyKind };

const { guides } = await validateContent(new URL('../../', import.meta.url));
const samples = guides.flatMap((guide) =>
	guide.data.fixes.flatMap((fix, i) =>
		fix.samples.flatMap((sample, j) =>
			sample.verify && sample.policy
				? [{ where: `${guide.path}: fixes[${i}].samples[${j}]`, sample: sample as Verified }]
				: []
		)
	)
);

/** The simulation for one sample: it in its slot, everything else allowing. */
export function simulationFor(sample: Verified): Simulation {
	const policy = JSON.parse(sample.code) as {
		Statement: Array<{ Effect: string }> | { Effect: string };
	};
	const { principal, action, resource, context } = sample.verify;
	const statements = Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement];
	// A guardrail of denies sits beside the default FullAWSAccess, as it does in a real organization.
	const orgLevel = statements.some((s) => s.Effect === 'Allow') ? [policy] : [policy, ALLOW_ALL];
	const callerAccount = parseArn(principal).accountId;
	// An S3 ARN names no account: the sample says whose bucket it is, or it is the caller's.
	const resourceAccount =
		sample.verify.resourceAccount ??
		(resource === '*' ? callerAccount : parseArn(resource).accountId || callerAccount);
	const simulation: Simulation = {
		request: {
			principal,
			action,
			resource: { resource, accountId: resourceAccount },
			contextVariables: context,
		},
		identityPolicies: [
			{ name: 'sample', policy: sample.policy === 'identity' ? policy : ALLOW_ALL },
		],
		serviceControlPolicies:
			sample.policy === 'scp'
				? [
						{
							orgIdentifier: 'r-root',
							policies: orgLevel.map((p, i) => ({ name: `scp-${i}`, policy: p })),
						},
					]
				: [],
		resourceControlPolicies:
			sample.policy === 'rcp'
				? [
						{
							orgIdentifier: 'r-root',
							policies: orgLevel.map((p, i) => ({ name: `rcp-${i}`, policy: p })),
						},
					]
				: [],
	};
	// The resource's own policy: the sample, or one that lets the caller's account decide with its
	// IAM policies (a KMS key, unlike a bucket, refuses everyone its key policy does not allow).
	simulation.resourcePolicy =
		sample.policy === 'resource' || sample.policy === 'trust' || sample.policy === 'key'
			? policy
			: {
					Version: '2012-10-17',
					Statement: [
						{
							Effect: 'Allow',
							Principal: { AWS: `arn:aws:iam::${callerAccount}:root` },
							Action: '*',
							Resource: '*',
						},
					],
				};
	if (sample.policy === 'boundary')
		simulation.permissionBoundaryPolicies = [{ name: 'boundary', policy }];
	if (sample.policy === 'session') simulation.sessionPolicy = policy;
	if (sample.policy === 'endpoint') simulation.vpcEndpointPolicies = [{ name: 'endpoint', policy }];
	return simulation;
}

describe('policy samples do what they say', () => {
	test('the corpus has verified policies', () => {
		console.log(
			`policy evaluation: ${samples.length} verified policy samples in ${new Set(samples.map((s) => s.where.split(':')[0])).size} guides`
		);
		expect(samples.length).toBeGreaterThan(0);
	});

	test.each(samples)('$where', async ({ sample }) => {
		const result = await runSimulation(simulationFor(sample), {});
		if (result.resultType === 'error')
			throw new Error(`the evaluator could not run: ${JSON.stringify(result.errors)}`);
		const decision = result.overallResult === 'Allowed' ? 'allowed' : 'denied';
		expect(
			decision,
			`${sample.verify.action} on ${sample.verify.resource}: ${result.overallResult}`
		).toBe(sample.verify.expect);
	});
});

describe('the harness itself', () => {
	const base = {
		lang: 'json',
		code: '',
		policy: 'identity' as const,
		verify: {
			principal: 'arn:aws:iam::123456789012:user/deploy-bot',
			action: 's3:GetObject',
			resource: 'arn:aws:s3:::example-bucket/config.json',
			context: {},
			expect: 'allowed' as const,
		},
	};
	const decide = async (sample: Verified) => {
		const result = await runSimulation(simulationFor(sample), {});
		return result.resultType === 'error' ? 'error' : result.overallResult;
	};

	test('an identity policy that allows the object is allowed; one that names the bucket only is not', async () => {
		const allow = (resource: string) =>
			JSON.stringify({
				Version: '2012-10-17',
				Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: resource }],
			});
		expect(await decide({ ...base, code: allow('arn:aws:s3:::example-bucket/*') })).toBe('Allowed');
		expect(await decide({ ...base, code: allow('arn:aws:s3:::example-bucket') })).not.toBe(
			'Allowed'
		);
	});

	test('a KMS key needs its key policy too: an identity policy is enough once the key policy defers to IAM', async () => {
		const key = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
		const code = JSON.stringify({
			Version: '2012-10-17',
			Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: key }],
		});
		expect(
			await decide({
				...base,
				code,
				verify: { ...base.verify, action: 'kms:Decrypt', resource: key },
			})
		).toBe('Allowed');
	});

	test('a bucket in another account needs the bucket policy to name the caller', async () => {
		const bucketPolicy = (principal: string) =>
			JSON.stringify({
				Version: '2012-10-17',
				Statement: [
					{
						Effect: 'Allow',
						Principal: { AWS: principal },
						Action: 's3:GetObject',
						Resource: 'arn:aws:s3:::example-bucket/*',
					},
				],
			});
		const request = (principal: string) => ({
			...base,
			policy: 'resource' as const,
			code: bucketPolicy(principal),
			verify: {
				...base.verify,
				principal: 'arn:aws:iam::111122223333:role/app-role',
				resourceAccount: '123456789012',
			},
		});
		expect(await decide(request('arn:aws:iam::111122223333:role/app-role'))).toBe('Allowed');
		expect(await decide(request('arn:aws:iam::444455556666:role/app-role'))).not.toBe('Allowed');
	});

	test('a Region guardrail SCP denies outside its Regions and lets the rest through', async () => {
		const scp = JSON.stringify({
			Version: '2012-10-17',
			Statement: [
				{
					Effect: 'Deny',
					Action: '*',
					Resource: '*',
					Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1'] } },
				},
			],
		});
		const request = (region: string) => ({
			...base,
			policy: 'scp' as const,
			code: scp,
			verify: {
				...base.verify,
				action: 'ec2:RunInstances',
				resource: `arn:aws:ec2:${region}:123456789012:instance/*`,
				context: { 'aws:RequestedRegion': region },
			},
		});
		expect(await decide(request('eu-west-1'))).toBe('ExplicitlyDenied');
		expect(await decide(request('us-east-1'))).toBe('Allowed');
	});
});
