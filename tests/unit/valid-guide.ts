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
		causes: [{ title: 'No policy allows the action', body: 'AWS denies by default.' }],
		fixes: [
			{
				title: 'Add a scoped Allow',
				body: 'Copy the action and resource from the message.',
				samples: [
					{ lang: 'json', filename: 'policy.json', code: '{ "Version": "2012-10-17" }\n\n' },
				],
			},
		],
		detection: 'Alarm on denied calls.',
		faqs: [{ question: 'Does Deny win?', answer: 'Yes.' }],
		escalation: 'Ask your administrator.',
		related: ['aws/s3-access-denied'],
		sources: [
			{
				title: 'Troubleshoot access denied',
				url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html',
			},
		],
		updated: '2026-01-15',
	};
}
