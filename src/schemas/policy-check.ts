import { z } from 'astro/zod';
import { ofKind } from './text.ts';

/**
 * The kinds of IAM policy a JSON sample can be. The kind decides the grammar (a trust policy
 * names a `Principal` and no `Resource`; an identity policy names no `Principal`) and, when the
 * sample is verified, which slot of the evaluation it takes.
 */
export const POLICY_KINDS = {
	identity: 'identity-based policy',
	resource: 'resource-based policy',
	trust: 'role trust policy',
	key: 'KMS key policy',
	scp: 'service control policy',
	rcp: 'resource control policy',
	boundary: 'permissions boundary',
	session: 'session policy',
	endpoint: 'VPC endpoint policy',
} as const;

export type PolicyKind = keyof typeof POLICY_KINDS;

export const policyKindSchema = ofKind(
	'identifier',
	z.enum(Object.keys(POLICY_KINDS) as [PolicyKind, ...PolicyKind[]], {
		error: `expected the kind of policy: one of ${Object.keys(POLICY_KINDS).join(', ')}`,
	})
);

const arnOrStar = ofKind(
	'identifier',
	z.string().regex(/^(\*|arn:aws[a-z-]*:.+)$/, { error: 'expected an ARN (arn:aws:...) or "*"' })
);

/**
 * A request the policy sample must allow or deny, checked by the tests with a policy evaluator
 * (tests/samples/). The page shows it under the sample: "Checked: allows s3:GetObject on ...".
 * The sample takes its kind's place in the evaluation, every other policy allowing the request,
 * so the note says what this policy itself decides.
 */
export const policyCheckSchema = z.strictObject({
	/** Who makes the request: an IAM user, role or assumed-role session ARN. */
	principal: ofKind(
		'identifier',
		z.string().regex(/^arn:aws[a-z-]*:(iam|sts)::\d{12}:.+$/, {
			error: 'expected the ARN of a user, role or session',
		})
	),
	/** The one action requested, e.g. `s3:GetObject`: no wildcard. */
	action: ofKind(
		'identifier',
		z.string().regex(/^[a-z0-9-]+:[A-Za-z0-9]+$/, {
			error: 'expected one action such as "s3:GetObject", without wildcards',
		})
	),
	/** The resource's ARN, or `*` for actions that take none. */
	resource: arnOrStar,
	/** The account that owns the resource, when its ARN does not say (an S3 bucket); else the ARN's or the caller's. */
	resourceAccount: ofKind(
		'identifier',
		z.string().regex(/^\d{12}$/, { error: 'expected a 12-digit account id' })
	).optional(),
	/** Condition keys of the request, e.g. `{ "aws:SourceVpc": "vpc-1a2b3c4d" }`. Defaults to none. */
	context: z
		.record(
			ofKind('identifier', z.string()),
			ofKind('plain', z.union([z.string(), z.array(z.string())]))
		)
		.default({}),
	/** What the policy must decide. */
	expect: ofKind(
		'identifier',
		z.enum(['allowed', 'denied'], { error: 'expected "allowed" or "denied"' })
	),
});

export type PolicyCheck = z.output<typeof policyCheckSchema>;
