import type { GuideInput } from '../../src/schemas/guide.ts';

/** A complete, valid guide's frontmatter, as an author would write it. Each test breaks one thing. */
export function validGuide(): GuideInput {
	return {
		title: 'AWS AccessDeniedException: IAM permission denied',
		description:
			'The caller has no policy that allows the action. Read the message and add a scoped Allow.',
		code: 'AccessDeniedException',
		aliases: ['is not authorized to perform'],
		services: ['iam'],
		httpStatus: 403,
		tags: ['permissions'],
		messages: [
			{ label: 'stderr', lang: 'text', text: 'An error occurred (AccessDeniedException)\n' },
		],
		lead: 'Read the message: it names the principal, the action and the resource.',
		causes: [
			{ title: 'No policy allows the action', body: 'AWS denies by default.' },
			{ title: 'A policy denies the action', body: 'An explicit deny wins.' },
			{
				title: 'The resource policy does not allow it',
				body: 'Across accounts both sides must allow.',
			},
		],
		fixes: [
			{
				title: 'Add a scoped Allow',
				body: 'Copy the action and resource from the message.',
				samples: [
					{ lang: 'json', filename: 'policy.json', code: '{ "Version": "2012-10-17" }\n\n' },
				],
			},
			{ title: 'Find the deny', body: 'Read every policy that applies.' },
			{
				title: 'Check who is calling',
				body: 'Run this where the call fails.',
				samples: [{ lang: 'bash', code: 'aws sts get-caller-identity' }],
			},
		],
		detection: 'Alarm on denied calls.',
		faqs: [
			{ question: 'Does Deny win?', answer: 'Yes.' },
			{ question: 'How long until a change applies?', answer: 'Usually seconds.' },
			{ question: 'Which policy denied it?', answer: 'The message names its type.' },
			{ question: 'Can I test before deploying?', answer: 'With the policy simulator.' },
		],
		escalation: 'Ask your administrator.',
		related: [
			'aws/s3-access-denied',
			'aws/kms-access-denied-exception',
			'aws/ec2-unauthorized-operation',
		],
		sources: [
			{
				title: 'Troubleshoot access denied',
				url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html',
			},
			{
				title: 'Policy evaluation logic',
				url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html',
			},
		],
		updated: '2026-01-15',
	};
}
