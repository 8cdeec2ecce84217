/**
 * Checks a guide's code the way a compiler would: JSON parses, an IAM policy follows the policy
 * grammar for its kind, and a policy's `verify` request names a real action. The tests add what
 * needs tools the build does not ship (the AWS CLI's parser, a policy evaluator): tests/samples/.
 */
import yaml from 'js-yaml';
import { POLICY_KINDS, type PolicyKind } from '../schemas/policy-check.ts';
import { resolveLanguage } from '../utils/code-languages.ts';
import { checkPolicy } from './iam-policy.ts';

export interface FieldProblem {
	field: string;
	message: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON.parse's complaint, or `undefined` when the text parses. */
export function jsonProblem(text: string): string | undefined {
	try {
		JSON.parse(text);
		return undefined;
	} catch (error) {
		return `not valid JSON: ${(error as Error).message}`;
	}
}

/** js-yaml's complaint about a YAML text (one document or several), with its line, or `undefined`. */
export function yamlProblem(text: string): string | undefined {
	try {
		yaml.loadAll(text);
		return undefined;
	} catch (error) {
		if (!(error instanceof yaml.YAMLException)) throw error;
		return `not valid YAML: ${error.reason} (line ${(error.mark?.line ?? 0) + 1})`;
	}
}

/** What parses the code of a language, for the languages a parser ships with the build. */
export function syntaxProblem(lang: string, code: string): string | undefined {
	const id = resolveLanguage(lang)?.id;
	if (id === 'json') return jsonProblem(code);
	if (id === 'yaml') return yamlProblem(code);
	return undefined;
}

const isJson = (lang: unknown) => typeof lang === 'string' && resolveLanguage(lang)?.id === 'json';

/**
 * Every problem in the code of one guide's raw frontmatter: its messages and its fixes' samples.
 * Reads the raw frontmatter, so code is checked even when another field of the guide is wrong.
 */
export function checkCode(raw: Record<string, unknown>): FieldProblem[] {
	const problems: FieldProblem[] = [];
	const messages = Array.isArray(raw.messages) ? raw.messages : [];
	messages.forEach((message, i) => {
		if (isRecord(message) && typeof message.lang === 'string' && typeof message.text === 'string') {
			const problem = syntaxProblem(message.lang, message.text);
			if (problem) problems.push({ field: `messages[${i}].text`, message: problem });
		}
	});
	const fixes = Array.isArray(raw.fixes) ? raw.fixes : [];
	fixes.forEach((fix, i) => {
		const samples = isRecord(fix) && Array.isArray(fix.samples) ? fix.samples : [];
		samples.forEach((sample, j) => {
			if (!isRecord(sample) || typeof sample.code !== 'string') return;
			problems.push(...checkSample(sample, `fixes[${i}].samples[${j}]`));
		});
	});
	return problems;
}

/** The fields of the samples that declare a policy kind: `fixes[1].samples[0].code`. */
export function policyCodeFields(raw: Record<string, unknown>): string[] {
	const fixes = Array.isArray(raw.fixes) ? raw.fixes : [];
	return fixes.flatMap((fix, i) =>
		(isRecord(fix) && Array.isArray(fix.samples) ? fix.samples : []).flatMap((sample, j) =>
			isRecord(sample) && sample.policy !== undefined ? [`fixes[${i}].samples[${j}].code`] : []
		)
	);
}

function checkSample(sample: Record<string, unknown>, at: string): FieldProblem[] {
	const code = sample.code as string;
	const kind =
		typeof sample.policy === 'string' && sample.policy in POLICY_KINDS
			? (sample.policy as PolicyKind)
			: undefined;
	// An unknown language is the schema's problem to report, not a second one here.
	if (typeof sample.lang !== 'string' || !resolveLanguage(sample.lang)) return [];
	if (!isJson(sample.lang)) {
		if (kind) return [{ field: `${at}.lang`, message: 'an IAM policy is JSON: use lang: json' }];
		const problem = syntaxProblem(sample.lang, code);
		return problem ? [{ field: `${at}.code`, message: problem }] : [];
	}
	const problem = jsonProblem(code);
	if (problem) return [{ field: `${at}.code`, message: problem }];
	const document: unknown = JSON.parse(code);
	if (!kind) {
		return isRecord(document) && 'Statement' in document
			? [
					{
						field: `${at}.policy`,
						message: `this sample is an IAM policy: say which kind with policy: (${Object.keys(POLICY_KINDS).join(', ')})`,
					},
				]
			: [];
	}
	const problems = checkPolicy(document, kind).map(({ path, message }) => ({
		field: `${at}.code`,
		message: path ? `${path}: ${message}` : message,
	}));
	// The request's action is checked with every other IAM name (text-facts.ts); a trust policy
	// is only ever checked against an assume-role request.
	if (
		kind === 'trust' &&
		isRecord(sample.verify) &&
		typeof sample.verify.action === 'string' &&
		!/^sts:(AssumeRole|AssumeRoleWithSAML|AssumeRoleWithWebIdentity|TagSession|SetSourceIdentity|SetContext)$/.test(
			sample.verify.action
		)
	)
		problems.push({
			field: `${at}.verify.action`,
			message: 'a role trust policy is checked against an sts:AssumeRole... request',
		});
	return problems;
}
