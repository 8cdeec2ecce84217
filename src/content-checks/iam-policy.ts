/**
 * The grammar of an IAM policy document, as the IAM JSON policy reference gives it: its elements,
 * their value types, the condition operators, and which kinds of policy may name a `Principal`.
 * Actions and condition keys are checked against AWS's reference too (`iam-reference.ts`).
 */
import { POLICY_KINDS, type PolicyKind } from '../schemas/policy-check.ts';
import { conditionKeyExists, isIamService, matchingActions } from './iam-reference.ts';
import { didYouMean } from './suggest.ts';

export interface PolicyProblem {
	/** Where in the document: `Statement[1].Condition.StringEquals`. */
	path: string;
	message: string;
}

/** Kinds of policy attached to a resource: they say whom they apply to. */
const WITH_PRINCIPAL = new Set<PolicyKind>(['resource', 'trust', 'key', 'rcp', 'endpoint']);

const OPERATORS = [
	'StringEquals',
	'StringNotEquals',
	'StringEqualsIgnoreCase',
	'StringNotEqualsIgnoreCase',
	'StringLike',
	'StringNotLike',
	'NumericEquals',
	'NumericNotEquals',
	'NumericLessThan',
	'NumericLessThanEquals',
	'NumericGreaterThan',
	'NumericGreaterThanEquals',
	'DateEquals',
	'DateNotEquals',
	'DateLessThan',
	'DateLessThanEquals',
	'DateGreaterThan',
	'DateGreaterThanEquals',
	'Bool',
	'BinaryEquals',
	'IpAddress',
	'NotIpAddress',
	'ArnEquals',
	'ArnLike',
	'ArnNotEquals',
	'ArnNotLike',
];

/** `ForAnyValue:StringLike`, `StringEqualsIfExists`, `Null`: an operator the condition element accepts. */
function isOperator(name: string): boolean {
	if (name === 'Null') return true;
	const base = name.replace(/^(ForAllValues|ForAnyValue):/, '').replace(/IfExists$/, '');
	return OPERATORS.includes(base);
}

const STATEMENT_ELEMENTS = [
	'Sid',
	'Effect',
	'Principal',
	'NotPrincipal',
	'Action',
	'NotAction',
	'Resource',
	'NotResource',
	'Condition',
];
const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'];

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringOrList = (value: unknown) =>
	typeof value === 'string' ||
	(Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string'));
const list = (value: unknown): string[] =>
	Array.isArray(value) ? (value as string[]) : [value as string];

/** An action or action pattern: `*`, or `service:Action` where the service exists and the pattern names at least one action. */
export function checkAction(action: string): string | undefined {
	if (action === '*') return undefined;
	const match = /^([a-z0-9-]+):([A-Za-z0-9*?]+)$/.exec(action);
	if (!match)
		return `"${action}" is not an action: expected "service:Action", such as "s3:GetObject"`;
	const [, service, name] = match as unknown as [string, string, string];
	if (!isIamService(service)) return `"${service}" is not an IAM service prefix (in "${action}")`;
	if (matchingActions(service, name).length > 0) return undefined;
	if (/[*?]/.test(name)) return `"${action}" matches no action of ${service}`;
	const suggestion = didYouMean(name, matchingActions(service, '*'));
	return `${service} has no action "${name}"${suggestion}`;
}

/** A condition key the reference knows, `aws:SourceVpc` or `s3:x-amz-server-side-encryption`. */
export function checkConditionKey(key: string): string | undefined {
	if (!/^[a-z0-9-]+:./i.test(key))
		return `"${key}" is not a condition key: expected "aws:..." or "service:..."`;
	return conditionKeyExists(key)
		? undefined
		: `no condition key "${key}" in the Service Authorization Reference`;
}

/**
 * Checks a parsed JSON document as a policy of the given kind. Returns every problem found, each
 * at its path in the document.
 */
export function checkPolicy(document: unknown, kind: PolicyKind): PolicyProblem[] {
	const problems: PolicyProblem[] = [];
	const add = (path: string, message: string) => problems.push({ path, message });
	// "an identity-based policy", "a trust policy"
	const name = `${/^[aeiou]/.test(POLICY_KINDS[kind]) ? 'an' : 'a'} ${POLICY_KINDS[kind]}`;
	if (!isObject(document))
		return [{ path: '', message: `${name} is a JSON object with "Version" and "Statement"` }];
	for (const key of Object.keys(document))
		if (!['Version', 'Id', 'Statement'].includes(key))
			add(key, `unknown policy element${didYouMean(key, ['Version', 'Id', 'Statement'])}`);
	if (document.Version !== '2012-10-17' && document.Version !== '2008-10-17')
		add('Version', 'expected "2012-10-17" (the current policy language version)');
	const statements = Array.isArray(document.Statement)
		? document.Statement
		: document.Statement === undefined
			? []
			: [document.Statement];
	if (statements.length === 0) add('Statement', 'a policy needs at least one statement');

	statements.forEach((statement: unknown, i) => {
		const at = (element: string) => `Statement[${i}]${element ? `.${element}` : ''}`;
		if (!isObject(statement)) return add(at(''), 'a statement is a JSON object');
		for (const key of Object.keys(statement))
			if (!STATEMENT_ELEMENTS.includes(key))
				add(at(key), `unknown statement element${didYouMean(key, STATEMENT_ELEMENTS)}`);
		if (statement.Sid !== undefined && typeof statement.Sid !== 'string')
			add(at('Sid'), 'expected text');
		if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny')
			add(at('Effect'), 'expected "Allow" or "Deny"');

		const principal = statement.Principal ?? statement.NotPrincipal;
		const principalKey = statement.Principal !== undefined ? 'Principal' : 'NotPrincipal';
		if (WITH_PRINCIPAL.has(kind) && principal === undefined)
			add(at('Principal'), `${name} names whom it applies to: add "Principal"`);
		if (!WITH_PRINCIPAL.has(kind) && principal !== undefined)
			add(
				at(principalKey),
				`${name} cannot name a principal: it applies to whoever it is attached to`
			);
		if (principal !== undefined && principal !== '*') {
			if (!isObject(principal))
				add(
					at(principalKey),
					'expected "*" or an object such as { "AWS": "arn:aws:iam::123456789012:root" }'
				);
			else
				for (const [type, value] of Object.entries(principal)) {
					if (!PRINCIPAL_TYPES.includes(type))
						add(
							at(`${principalKey}.${type}`),
							`unknown principal type${didYouMean(type, PRINCIPAL_TYPES)}`
						);
					else if (!isStringOrList(value))
						add(at(`${principalKey}.${type}`), 'expected a string or a list of strings');
				}
		}

		const actionKey = statement.Action !== undefined ? 'Action' : 'NotAction';
		if (statement.Action !== undefined && statement.NotAction !== undefined)
			add(at('NotAction'), 'a statement has "Action" or "NotAction", not both');
		const actions = statement[actionKey];
		if (actions === undefined) add(at('Action'), 'a statement needs "Action" (or "NotAction")');
		else if (!isStringOrList(actions))
			add(at(actionKey), 'expected an action or a list of actions');
		else
			list(actions).forEach((action, j) => {
				const problem = checkAction(action);
				if (problem) add(at(Array.isArray(actions) ? `${actionKey}[${j}]` : actionKey), problem);
			});

		const resourceKey = statement.Resource !== undefined ? 'Resource' : 'NotResource';
		const resources = statement[resourceKey];
		if (statement.Resource !== undefined && statement.NotResource !== undefined)
			add(at('NotResource'), 'a statement has "Resource" or "NotResource", not both');
		if (kind === 'trust') {
			if (resources !== undefined)
				add(
					at(resourceKey),
					'a role trust policy cannot name a resource: the role it is attached to is the resource'
				);
		} else if (resources === undefined) {
			// Some resource-based policies leave the resource implicit: an Amazon ECR repository
			// policy applies to its repository and has no Resource element.
			if (kind !== 'resource')
				add(at('Resource'), 'a statement needs "Resource" (or "NotResource")');
		} else if (!isStringOrList(resources))
			add(at(resourceKey), 'expected a resource ARN, "*", or a list of them');
		else
			list(resources).forEach((resource, j) => {
				if (resource !== '*' && !resource.startsWith('arn:'))
					add(
						at(Array.isArray(resources) ? `${resourceKey}[${j}]` : resourceKey),
						`"${resource}" is not an ARN or "*"`
					);
			});

		if (statement.Condition !== undefined) {
			if (!isObject(statement.Condition))
				return add(at('Condition'), 'expected an object of operators');
			for (const [operator, block] of Object.entries(statement.Condition)) {
				const here = at(`Condition.${operator}`);
				if (!isOperator(operator))
					add(here, `unknown condition operator${didYouMean(operator, [...OPERATORS, 'Null'])}`);
				if (!isObject(block)) {
					add(here, 'expected an object of condition keys and values');
					continue;
				}
				for (const [key, value] of Object.entries(block)) {
					const problem = checkConditionKey(key);
					if (problem) add(`${here}.${key}`, problem);
					const values = Array.isArray(value) ? value : [value];
					if (
						values.length === 0 ||
						!values.every((v) => ['string', 'number', 'boolean'].includes(typeof v))
					)
						add(`${here}.${key}`, 'expected a value or a list of values');
				}
			}
		}
	});
	return problems;
}
