/**
 * Checks that read any text of a guide (prose, messages, code): IAM actions and condition keys
 * must exist in AWS's reference, ARNs must parse and use documentation values, and nothing may
 * look like a real credential. Each returns messages with the offset they were found at, so a
 * problem in the body can name its line.
 */
import { parse as parseArn, validate as isArn } from '@aws-sdk/util-arn-parser';
import { conditionKeyExists, isIamService, matchingActions } from './iam-reference.ts';
import { didYouMean } from './suggest.ts';

export interface TextFinding {
	/** Offset in the text, for a line number. */
	index: number;
	message: string;
}

/**
 * Account ids AWS documentation uses in examples. A twelve-digit account id anywhere else in a
 * guide could be someone's real account.
 */
export const DOCUMENTATION_ACCOUNTS = new Set([
	'123456789012',
	'111122223333',
	'444455556666',
	'777788889999',
	'555555555555',
]);

// `s3:GetObject`, `aws:SourceVpc`, `aws:PrincipalTag/team`, `s3:x-amz-server-side-encryption`. Not
// preceded by a word character or colon, so the inside of an ARN (`arn:aws:s3:::`) is not read.
const IAM_NAME = /(?<![\w:/.$-])([a-z0-9-]+):([A-Za-z0-9*?][A-Za-z0-9*?._/${}-]*)/g;

/** Every IAM action or condition key a text names, as written: what `checkIamNames` reads. */
export function iamNamesIn(text: string): string[] {
	return [...text.matchAll(IAM_NAME)]
		.map((match) => ({ prefix: match[1]!, name: match[2]!.replace(/[.?/:-]+$/, '') }))
		.filter(({ prefix }) => prefix === 'aws' || isIamService(prefix))
		.map(({ prefix, name }) => `${prefix}:${name}`);
}

/** Whether a name is known: itself, or as the start of a key that goes on (`aws:PrincipalTag/...`, `kms:EncryptionContext:...`). */
function known(prefix: string, name: string, next: string): boolean {
	const token = `${prefix}:${name}`;
	if (prefix !== 'aws' && matchingActions(prefix, name).length > 0) return true;
	if (conditionKeyExists(token)) return true;
	return (
		(next === '/' && conditionKeyExists(`${token}/x`)) ||
		(next === ':' && conditionKeyExists(`${token}:x`))
	);
}

/**
 * Every IAM action or condition key named in the text that AWS's reference does not know. In
 * prose, `aws:` followed by a lowercase word is a value (`aws:kms`, the encryption header's
 * value), not a global condition key, and is left alone unless it is one (`aws:username`).
 */
export function checkIamNames(text: string): TextFinding[] {
	const findings: TextFinding[] = [];
	for (const match of text.matchAll(IAM_NAME)) {
		const prefix = match[1]!;
		// Trailing punctuation belongs to the sentence ("Is it s3:GetObject?").
		const raw = match[2]!;
		const name = raw.replace(/[.?/:-]+$/, '');
		const next =
			raw.slice(name.length, name.length + 1) || text[match.index + match[0].length] || '';
		if (prefix !== 'aws' && !isIamService(prefix)) continue;
		if (known(prefix, name, next)) continue;
		if (prefix === 'aws') {
			if (/^[a-z]/.test(name)) continue;
			findings.push({
				index: match.index,
				message: `no global condition key "aws:${name}" in the Service Authorization Reference`,
			});
			continue;
		}
		findings.push({
			index: match.index,
			message: /[*?]/.test(name)
				? `"${prefix}:${name}" matches no action of ${prefix}`
				: `${prefix} has no action or condition key "${name}"${didYouMean(name, matchingActions(prefix, '*'))}`,
		});
	}
	return findings;
}

// An ARN runs until whitespace, a quote or closing punctuation.
const ARN = /arn:aws[a-z-]*:[^\s"'`<>()[\]{},;]*/g;
const REGION = /^([a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d|\*)$/;

/** Every ARN that does not parse, names another partition, or names an account that is not a documentation value. */
export function checkArns(text: string): TextFinding[] {
	const findings: TextFinding[] = [];
	for (const match of text.matchAll(ARN)) {
		// A sentence may end just after an ARN; and `arn:aws:` alone names a partition, not a resource.
		const arn = match[0].replace(/[.:]+$/, '');
		if (arn.split(':').length < 6) continue;
		if (!isArn(arn)) {
			findings.push({
				index: match.index,
				message: `"${arn}" is not a valid ARN (arn:partition:service:region:account:resource)`,
			});
			continue;
		}
		const { partition, region, accountId } = parseArn(arn);
		if (!['aws', 'aws-cn', 'aws-us-gov'].includes(partition))
			findings.push({
				index: match.index,
				message: `"${arn}": unknown partition "${partition}" (aws, aws-cn or aws-us-gov)`,
			});
		if (region && !REGION.test(region) && !region.includes('${'))
			findings.push({
				index: match.index,
				message: `"${arn}": "${region}" is not a Region such as us-east-1`,
			});
		if (/^\d{12}$/.test(accountId) && !DOCUMENTATION_ACCOUNTS.has(accountId))
			findings.push({
				index: match.index,
				message: `"${arn}": use a documentation account id (${[...DOCUMENTATION_ACCOUNTS].join(', ')}), not ${accountId}`,
			});
		else if (accountId && !/^(\d{12}|aws|\*|\$\{[^}]+\})$/.test(accountId))
			findings.push({
				index: match.index,
				message: `"${arn}": "${accountId}" is not an account id`,
			});
	}
	// An account id on its own, as in `--account-id` or an ECR registry host.
	for (const match of text.matchAll(/(?<![\w-])\d{12}(?![\w-])/g))
		if (
			!DOCUMENTATION_ACCOUNTS.has(match[0]) &&
			!text.slice(Math.max(0, match.index - 200), match.index).match(/arn:aws[^\s"']*$/)
		)
			findings.push({
				index: match.index,
				message: `${match[0]} looks like an account id: use a documentation value (${[...DOCUMENTATION_ACCOUNTS].join(', ')})`,
			});
	return findings;
}

/** Shapes of real credentials. Documentation's own examples say EXAMPLE in them. */
const SECRETS: Array<[RegExp, string]> = [
	[
		/(?<![A-Z0-9])(AKIA|ASIA|AIDA|AROA|AIPA|ANPA|ANVA|AGPA)[A-Z0-9]{16}(?![A-Z0-9])/g,
		'an AWS access key id',
	],
	// A run of exactly forty base64 characters. Runs are matched whole and their length and mix
	// of cases and digits tested apart (secretKeyShaped): a bounded pattern with lookarounds
	// would be tried again from every character of a long run.
	[/(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40,}=*/g, 'an AWS secret access key'],
	[/(IQoJb3JpZ2lu|FwoGZXIvYXdz)[A-Za-z0-9/+=]{20,}/g, 'an AWS session token'],
	[/-----BEGIN (RSA |EC |OPENSSH |DSA |ENCRYPTED )?PRIVATE KEY-----/g, 'a private key'],
	[/\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{40,}/g, 'a GitHub token'],
	[/\bnpm_[A-Za-z0-9]{36}\b/g, 'an npm token'],
	[/\bxox[abprs]-[A-Za-z0-9-]{10,}/g, 'a Slack token'],
	[/\bAIza[0-9A-Za-z_-]{35}\b/g, 'a Google API key'],
	[/\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g, 'a signed token (JWT)'],
];

/** Forty characters with upper case, lower case and a digit: a generated key, not a word or a path. */
const secretKeyShaped = (run: string) =>
	run.length === 40 && /[A-Z]/.test(run) && /[a-z]/.test(run) && /\d/.test(run);

/** Whether an offset falls inside a URL: a documentation path can be forty letters and slashes long. */
function inUrl(text: string, index: number): boolean {
	let start = index;
	while (start > 0 && !/[\s(<"'`]/.test(text[start - 1]!)) start--;
	return /^https?:\/\//.test(text.slice(start, start + 8));
}

/** Anything that looks like a real credential; documentation examples (with EXAMPLE in them) pass. */
export function checkSecrets(text: string): TextFinding[] {
	const findings: TextFinding[] = [];
	for (const [pattern, what] of SECRETS)
		for (const match of text.matchAll(pattern)) {
			if (/EXAMPLE/.test(match[0]) || inUrl(text, match.index)) continue;
			if (what === 'an AWS secret access key' && !secretKeyShaped(match[0])) continue;
			findings.push({
				index: match.index,
				message: `this looks like ${what}: use a documentation value (AKIAIOSFODNN7EXAMPLE, wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY) or a placeholder`,
			});
		}
	return findings;
}

/**
 * All three text checks. `iamNames: false` for a policy document, whose actions and condition
 * keys the policy grammar checks in place (iam-policy.ts).
 */
export const checkTextFacts = (text: string, { iamNames = true } = {}): TextFinding[] => [
	...(iamNames ? checkIamNames(text) : []),
	...checkArns(text),
	...checkSecrets(text),
];
