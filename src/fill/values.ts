/**
 * The values of an error a code sample can be filled with, and how each is read from the facts
 * the extractor found: the same function names the example values of a guide at build time and
 * the reader's values in the browser, so the two always line up.
 */
import type { ErrorFacts } from '../search/extract.ts';

/** Slot names in the order they are tried: a value that two names share belongs to the first. */
export const SLOT_NAMES = [
	'principal',
	'resource',
	'action',
	'account',
	'user',
	'role',
	'bucket',
	'key',
	'region',
	'subscription',
	'resourceGroup',
	'objectId',
	'namespace',
	'repository',
	'image',
	'registry',
] as const;

export type SlotName = (typeof SLOT_NAMES)[number];
export type SlotValues = Partial<Record<SlotName, string>>;

/** What the reader sees beside each value in the summary. */
export const SLOT_LABELS: Readonly<Record<SlotName, string>> = {
	principal: 'Principal',
	resource: 'Resource',
	action: 'Action',
	account: 'Account',
	user: 'User',
	role: 'Role',
	bucket: 'Bucket',
	key: 'Object key',
	region: 'Region',
	subscription: 'Subscription',
	resourceGroup: 'Resource group',
	objectId: 'Object id',
	namespace: 'Namespace',
	repository: 'Repository',
	image: 'Image',
	registry: 'Registry',
};

/**
 * Characters a filled value may hold. Values land in JSON strings and unquoted shell arguments,
 * so anything that would need quoting there (quotes, `$`, backticks, `;`, `|`, spaces, globs) is
 * refused: a value read from an error message must never turn a command into another command.
 */
const SAFE = /^[A-Za-z0-9:/_+=,.@-]+$/;
const MAX_LENGTH = 512;

const SHAPES: Readonly<Record<SlotName, RegExp>> = {
	principal: /^(?:arn:aws[a-z-]{0,20}:iam::\d{12}:(?:user|role)\/.+|[^:/].*)$/,
	resource: /^(?:arn:aws[a-z-]{0,20}:.+|\/subscriptions\/.+)$/,
	action:
		/^(?:[a-z0-9-]{2,40}:[A-Za-z0-9]{2,100}|[a-z][A-Za-z]*(?:\.[a-zA-Z]+){2,}|Microsoft\.[A-Za-z0-9./_-]+)$/,
	account: /^\d{12}$/,
	user: /^[\w+=,.@-]{1,64}$/,
	role: /^[\w+=,.@-]{1,64}$/,
	bucket: /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
	key: /^[A-Za-z0-9!_.()/-]{1,512}$/,
	region: /^[a-z]{2}(?:-gov)?-[a-z]+-\d$/,
	subscription: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
	resourceGroup: /^[\w.()-]{1,90}$/,
	objectId: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
	namespace: /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/,
	repository: /^[\w.-]{1,100}\/[\w.-]{1,100}$/,
	image:
		/^(?:[a-z0-9.-]{1,253}:\d{1,5}\/)?[a-z0-9][a-z0-9._/-]{0,255}(?::[\w.-]{1,128})?(?:@sha256:[0-9a-f]{64})?$/,
	registry: /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)+|localhost)(?::\d{1,5})?$/,
};

/** Whether a value may fill a slot of this name: the right shape and nothing that needs quoting. */
export function isSlotValue(name: SlotName, value: string): boolean {
	return value.length <= MAX_LENGTH && SAFE.test(value) && SHAPES[name].test(value);
}

const IAM_PRINCIPAL =
	/^arn:(aws[a-z-]{0,20}):(?:iam|sts)::(\d{12}):(user|role|assumed-role)\/(.+)$/;
const S3_OBJECT = /^arn:aws[a-z-]{0,20}:s3:::([^/]+)(?:\/(.+))?$/;
const AZURE_SCOPE = /^\/subscriptions\/([^/]+)(?:\/resourceGroups\/([^/]+))?/i;

/**
 * The values in an error's facts, with what can be read from inside them: the account, user or
 * role of a principal ARN (an assumed-role session becomes its role's ARN, which is what policies
 * name), the bucket and key of an S3 ARN, the subscription and resource group of an Azure scope,
 * the repository git names, the registry of a container image.
 * Values of the wrong shape are left out.
 */
export function valuesFromFacts(facts: ErrorFacts): SlotValues {
	const derived = derivedFrom(facts.principal, facts.resource);
	return validValues({
		...derived,
		resource: facts.resource,
		action: facts.actions.find((action) => isSlotValue('action', action)),
		account: facts.account ?? derived.account,
		bucket: derived.bucket ?? facts.s3Uri?.bucket,
		key: derived.key ?? facts.s3Uri?.key,
		region: facts.region,
		objectId: facts.objectId,
		namespace: facts.namespace,
		repository: facts.repository,
		image: facts.image,
		registry: registryOf(facts.image),
	});
}

/**
 * The registry host of an image reference: its first part when that is a host (a dot, a port,
 * or `localhost`). `example/app` names none: Docker Hub is implied, and nothing is filled.
 */
function registryOf(image?: string): string | undefined {
	const [first, ...rest] = image?.split('/') ?? [];
	return rest.length > 0 && first && (/[.:]/.test(first) || first === 'localhost')
		? first
		: undefined;
}

/** What a principal and a resource hold inside them; also applied to values an author adds. */
export function derivedFrom(principal?: string, resource?: string): SlotValues {
	const values: SlotValues = {};
	const iam = principal ? IAM_PRINCIPAL.exec(principal) : null;
	if (iam) {
		const [, partition, account, type, path] = iam;
		const name = type === 'assumed-role' ? path!.split('/')[0]! : path!.split('/').at(-1)!;
		values.account = account;
		if (type === 'user') values.user = name;
		else values.role = name;
		values.principal =
			type === 'assumed-role' ? `arn:${partition}:iam::${account}:role/${name}` : principal;
	} else if (principal) values.principal = principal;
	const s3 = resource ? S3_OBJECT.exec(resource) : null;
	if (s3) {
		values.bucket = s3[1];
		values.key = s3[2];
	}
	const scope = resource ? AZURE_SCOPE.exec(resource) : null;
	if (scope) {
		values.subscription = scope[1];
		values.resourceGroup = scope[2];
	}
	return values;
}

/** Only the names with a value of the right shape. */
export function validValues(values: Readonly<Record<string, unknown>>): SlotValues {
	const valid: SlotValues = {};
	for (const name of SLOT_NAMES) {
		const value = values[name];
		if (typeof value === 'string' && isSlotValue(name, value)) valid[name] = value;
	}
	return valid;
}

/**
 * Slot names in words, in their order: `principal, action, resource and account`, `principal and
 * repository`. What a guide's samples can take, for the panel's hint and its messages.
 */
export function slotWords(names: Iterable<SlotName>): string {
	const present = new Set(names);
	const words = SLOT_NAMES.filter((name) => present.has(name)).map((name) =>
		SLOT_LABELS[name].toLowerCase()
	);
	return words.length > 1
		? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`
		: (words[0] ?? '');
}
