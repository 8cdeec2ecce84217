// The recogniser's parts on their own: what it reads out of each wrapper, how it weighs a guide's
// wording against a code, and what it does with input meant to hurt it. Its accuracy on real
// messages is recogniser-accuracy.test.ts.
import { describe, expect, test } from 'vitest';
import { validateContent } from '../../src/content-checks/validate.ts';
import { READ_LIMIT, extractFacts } from '../../src/search/extract.ts';
import { buildGuideIndex } from '../../src/search/guide-index.ts';
import { guideIndexFor } from '../../src/search/index-from-content.ts';
import {
	createRecogniser,
	describeFacts,
	isDistinctive,
	recognise,
} from '../../src/search/recognise.ts';

const { guides, providers } = await validateContent(new URL('../../', import.meta.url));
const recogniser = createRecogniser(guideIndexFor(guides, providers));
const answer = (text: string) => {
	const { kind, candidates } = recognise(text, recogniser);
	return { kind, first: candidates[0]?.guide.id };
};

describe('what the extractor reads', () => {
	test('an AWS CLI error: code, operation, principal, account, action, resource, deny, region', () => {
		const facts = extractFacts(
			'An error occurred (AccessDeniedException) when calling the Decrypt operation: User: arn:aws:sts::123456789012:assumed-role/app/i-0abc is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab with an explicit deny in a service control policy'
		);
		expect(facts).toMatchObject({
			tool: 'aws-cli',
			codes: ['AccessDeniedException'],
			operation: 'Decrypt',
			principal: 'arn:aws:sts::123456789012:assumed-role/app/i-0abc',
			account: '123456789012',
			actions: ['kms:Decrypt'],
			resource: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
			deny: 'explicit:scp',
			region: 'us-east-1',
		});
		// The principal's ARN says sts; the service refused is the resource's.
		expect(facts.services).toEqual(['kms']);
		expect(describeFacts(facts)).toBe('kms:Decrypt denied for assumed-role/app/i-0abc');
	});

	test.each([
		[
			'Java SDK v1',
			'com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: 8B8D5E4B)',
			{ tool: 'aws-sdk-java', codes: ['AccessDenied'], answeredBy: 's3', status: 403 },
		],
		[
			'Java SDK v2',
			'software.amazon.awssdk.services.s3.model.S3Exception: Access Denied (Service: S3, Status Code: 403, Request ID: 8B8D5E4B)',
			{ tool: 'aws-sdk-java', codes: [], answeredBy: 's3', status: 403 },
		],
		[
			'Go SDK v2',
			'operation error Secrets Manager: GetSecretValue, https response error StatusCode: 400, RequestID: 1a2b, api error AccessDeniedException: User: arn:aws:iam::123456789012:user/dev is not authorized',
			{
				tool: 'aws-sdk-go',
				codes: ['AccessDeniedException'],
				answeredBy: 'secretsmanager',
				operation: 'GetSecretValue',
				status: 400,
			},
		],
		[
			'boto3',
			'Traceback (most recent call last):\n  File "app.py", line 3, in <module>\nbotocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied',
			{ tool: 'boto3', codes: ['AccessDenied'], operation: 'GetObject' },
		],
		[
			'botocore without a response',
			'botocore.exceptions.NoCredentialsError: Unable to locate credentials',
			{ tool: 'boto3', codes: ['NoCredentialsError'] },
		],
		[
			'kubectl',
			'Error from server (Forbidden): pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "example-ns"',
			{ tool: 'kubectl', codes: ['Forbidden'], principal: 'jane' },
		],
		[
			'az',
			"(AuthorizationFailed) The client 'user@example.com' with object id '33333333-3333-3333-3333-333333333333' does not have authorization to perform action 'Microsoft.Resources/subscriptions/resourcegroups/read' over scope '/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups/example-rg' or the scope is invalid.\nCode: AuthorizationFailed",
			{
				codes: ['AuthorizationFailed'],
				principal: 'user@example.com',
				resource: '/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups/example-rg',
			},
		],
		[
			'npm',
			'npm error code E401\nnpm error 401 Unauthorized - GET https://registry.example.com/@example%2fpkg',
			{ tool: 'npm', codes: ['E401'] },
		],
		[
			'Terraform',
			'│ Error: reading S3 Bucket (example-bucket): operation error S3: HeadBucket, https response error StatusCode: 403, RequestID: X, api error AccessDenied: Access Denied\n│\n│   with aws_s3_bucket.example,\n│   on main.tf line 1',
			{ tool: 'terraform', codes: ['AccessDenied'], answeredBy: 's3', status: 403 },
		],
	])('%s', (_, text, expected) => {
		expect(extractFacts(text)).toMatchObject(expected);
	});

	test('an implicit deny names the policy type that did not allow', () => {
		expect(
			extractFacts('... because no permissions boundary allows the s3:PutObject action').deny
		).toBe('implicit:boundary');
		expect(
			extractFacts(
				'... with an explicit deny in a VPC endpoint policy transitively through a service control policy'
			).deny
		).toBe('explicit:scp');
	});
});

describe('how guides are weighed', () => {
	test('common words are not codes; codes and message fragments are', () => {
		expect(['Forbidden', 'denied', '403', 'Unauthorized'].map(isDistinctive)).toEqual([
			false,
			false,
			false,
			false,
		]);
		expect(
			[
				'AccessDeniedException',
				'PERMISSION_DENIED',
				'E401',
				'AADSTS700016',
				'Signature expired now',
			].map(isDistinctive)
		).toEqual([true, true, true, true, true]);
	});

	test('the seed message, and the code alone, open the AccessDeniedException guide', () => {
		// The seed page's message, with the documentation bucket name.
		const seed = [
			'An error occurred (AccessDeniedException) when calling the GetObject operation:',
			'User: arn:aws:iam::123456789012:user/deploy-bot is not authorized to perform:',
			's3:GetObject on resource: "arn:aws:s3:::example-bucket/config.json"',
			'because no identity-based policy allows the s3:GetObject action',
		].join('\n');
		expect(answer(seed)).toEqual({ kind: 'confident', first: 'aws/access-denied-exception' });
		expect(answer('AccessDeniedException').first).toBe('aws/access-denied-exception');
		expect(answer('ExpiredToken')).toEqual({ kind: 'confident', first: 'aws/expired-token' });
		// A guide's own first message opens that guide, or, for a general guide whose example is
		// about one service, the narrower guide of that service (same code, related).
		for (const guide of guides) {
			const first = answer(guide.data.messages[0]!.text).first;
			const narrower = guides.find((g) => g.id === first);
			if (first !== guide.id) {
				const relate =
					guide.data.related.includes(first!) || narrower?.data.related.includes(guide.id);
				expect(relate, `${guide.id} → ${first}`).toBe(true);
				expect(narrower?.data.code, guide.id).toBe(guide.data.code);
			}
		}
	});

	test('the tool that printed the error wins over the service it wraps: Terraform, then the SDK', () => {
		const go =
			'operation error S3: HeadBucket, https response error StatusCode: 403, RequestID: X, api error AccessDenied: Access Denied';
		expect(answer(go).first).toBe('aws/s3-access-denied');
		expect(
			answer(`│ Error: reading S3 Bucket (example-bucket): ${go}\n│   with aws_s3_bucket.example,`)
				.first
		).toBe('terraform/aws-provider-access-denied');
	});

	test('a wrapper naming a code no guide has gets no confident answer', () => {
		expect(
			answer(
				'An error occurred (NoSuchUpload) when calling the CompleteMultipartUpload operation: The specified upload does not exist.'
			).kind
		).not.toBe('confident');
	});

	test('two guides sharing a code: the hub is the one the others relate to', () => {
		const guide = (id: string, related: string[]) => ({
			id,
			url: `/${id}/`,
			title: id,
			provider: 'aws',
			code: 'AccessDeniedException',
			aliases: [],
			services: [],
			related,
			messages: [],
		});
		const index = buildGuideIndex(
			[
				guide('aws/general', []),
				guide('aws/kms', ['aws/general']),
				guide('aws/sqs', ['aws/general']),
			],
			{ aws: { name: 'AWS', services: [] } }
		);
		expect(index.guides.filter((g) => g.hub).map((g) => g.id)).toEqual(['aws/general']);
	});
});

describe('hostile input', () => {
	const hostile = [
		'('.repeat(1 << 20),
		':'.repeat(1 << 20),
		'.a'.repeat(1 << 19),
		'x.amazonaws.com'.repeat(70_000),
		'arn:aws:'.repeat(130_000),
		'An error occurred ('.repeat(55_000),
		'with an explicit deny in a '.repeat(40_000),
		'aaaa '.repeat(210_000),
		'[{'.repeat(1 << 19),
	];

	test.each(hostile.map((text) => [text.slice(0, 24), text]))(
		'%j… is read, and answers nothing',
		(_, text) => {
			expect(text.length).toBeGreaterThan(READ_LIMIT);
			const { kind } = recognise(text, recogniser);
			expect(kind).toBe('none');
		}
	);

	test('an error at the end of a huge paste is still found: the tail is read', () => {
		const text = `${'noise '.repeat(100_000)}\nAn error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired`;
		expect(answer(text).first).toBe('aws/expired-token');
	});
});
