import type { PolicyCheck } from '../schemas/policy-check.ts';

/**
 * What the page says under a verified policy sample, in inline Markdown, made from the same
 * `verify` block the tests evaluate (tests/samples/policy-evaluation.test.ts): the note cannot
 * claim what the evaluator was not asked.
 *
 * @example "Checked: allows `s3:GetObject` on `arn:aws:s3:::example-bucket/*` for `arn:aws:iam::123456789012:role/app-role`"
 */
export function policyNote(check: PolicyCheck): string {
	const verb = check.expect === 'allowed' ? 'allows' : 'denies';
	const context = Object.entries(check.context)
		.map(
			([key, value]) =>
				`\`${key}\` is ${(Array.isArray(value) ? value : [value]).map((v) => `\`${v}\``).join(' and ')}`
		)
		.join(', ');
	const account = check.resourceAccount ? ` in account \`${check.resourceAccount}\`` : '';
	return `Checked: ${verb} \`${check.action}\` on \`${check.resource}\`${account} for \`${check.principal}\`${context ? ` when ${context}` : ''}`;
}
