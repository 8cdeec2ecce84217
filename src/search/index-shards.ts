/**
 * The recogniser's index in pieces, so that a search fetches what its text can match and not the
 * whole corpus. A guide enters the recogniser's running only through a phrase found in the text
 * (its code, an alias, or another guide's alias its messages echo) or an action the text names
 * (src/search/recognise.ts). So each guide is filed under one word of each of those phrases and
 * under its actions (and, with the other guides of its provider that share its code, under
 * theirs), and a text needs only the shards of the keys it contains: every phrase it contains has
 * all its words, the filing word among them.
 *
 * The head, fetched first, holds the list of keys (a vocabulary, which grows far slower than the
 * guides) and what every search needs (providers, the services whose operations are known). The
 * operations themselves (thousands, for AWS) are filed like keys, and a text's one operation
 * fetches its shard. Pure: the build writes the pieces,
 * the browser and the tests put them back together.
 */
import { readable, type ErrorFacts } from './extract.ts';
import type { GuideIndex, IndexedGuide } from './guide-index.ts';
import { words } from './phrases.ts';

export interface IndexHead {
	version: 1;
	/** The services whose API operations the index knows (each shard holds some of them). */
	services: string[];
	providers: GuideIndex['providers'];
	/** Every key a shard is filed under, sorted: a word, or `action:` and an action. */
	keys: string[];
	/** How many shards there are: a key's shard is `shardOf(key, shardCount)`. */
	shardCount: number;
	/**
	 * A digest of every shard, in their file names (`/search/recogniser/<n>-<digest>.json`): a
	 * head never meets the shards of another build.
	 */
	shardDigest: string;
}

export interface IndexShard {
	/** Each guide with its place in the whole index, which keeps the recogniser's order of evaluation. */
	guides: Array<{ order: number; guide: IndexedGuide }>;
	/** Service → its operations filed here: a text names at most one operation. */
	operations: Record<string, string[]>;
}

/**
 * About this many keys per shard. A text fetches a shard for each key it has, and every guide
 * filed there: fewer keys per shard load less per search, more keys per shard write fewer files
 * per build (each about 2 ms on a CI disk). At 10,000 guides, 8 gives 2,500 shards and about
 * 4 KB of shards for a real message (npm run bench:search, bench:scale).
 */
const KEYS_PER_SHARD = 8;

const phrasesOf = (guide: IndexedGuide) => [guide.code, ...guide.aliases, ...guide.echoes];

/**
 * How each phrase is filed: under its word the fewest of the index's phrases share (then the
 * longest), so a common word such as `authorized` does not bring every guide whose alias has it.
 */
export function phraseFiling(index: GuideIndex): (phrase: string) => string | undefined {
	const phrases = new Set(index.guides.flatMap(phrasesOf));
	const shared = new Map<string, number>();
	for (const phrase of phrases)
		for (const word of new Set(words(phrase))) shared.set(word, (shared.get(word) ?? 0) + 1);
	return (phrase) => {
		let best: string | undefined;
		for (const word of words(phrase)) {
			if (best === undefined) {
				best = word;
				continue;
			}
			const [a, b] = [shared.get(word) ?? 0, shared.get(best) ?? 0];
			if (
				a < b ||
				(a === b && (word.length > best.length || (word.length === best.length && word < best)))
			)
				best = word;
		}
		return best;
	};
}

const actionKey = (action: string) => `action:${action}`;
const operationKey = (operation: string) => `operation:${operation}`;

/** The keys a guide is filed under. */
export function guideKeys(
	guide: IndexedGuide,
	filing: (phrase: string) => string | undefined
): Set<string> {
	const keys = new Set<string>();
	for (const phrase of phrasesOf(guide)) {
		const word = filing(phrase);
		if (word) keys.add(word);
	}
	for (const action of guide.actions) keys.add(actionKey(action));
	return keys;
}

/** FNV-1a: a key's shard, the same in the build and in the browser. */
export function shardOf(key: string, shardCount: number): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) {
		hash ^= key.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash % shardCount;
}

/** Splits an index into its head and shards; `digest` names the shards' content. */
export function shardIndex(
	index: GuideIndex,
	digest: (shardsJson: string) => string,
	keysPerShard = KEYS_PER_SHARD
): { head: IndexHead; shards: IndexShard[] } {
	const filing = phraseFiling(index);
	// Guides of a provider that share a code come in together: the recogniser gives the others of
	// the code a place behind the one found ("family"), so each is filed under all their keys.
	const family = new Map<string, Set<string>>();
	for (const guide of index.guides) {
		const id = `${guide.provider}\n${guide.code}`;
		const keys = family.get(id) ?? new Set<string>();
		for (const key of guideKeys(guide, filing)) keys.add(key);
		family.set(id, keys);
	}
	const keysOf = index.guides.map((guide) => family.get(`${guide.provider}\n${guide.code}`)!);
	const keys = new Set(keysOf.flatMap((own) => [...own]));
	const shardCount = Math.max(1, Math.ceil(keys.size / keysPerShard));
	const shards: IndexShard[] = Array.from({ length: shardCount }, () => ({
		guides: [],
		operations: {},
	}));
	index.guides.forEach((guide, order) => {
		const into = new Set([...keysOf[order]!].map((key) => shardOf(key, shardCount)));
		for (const shard of into) shards[shard]!.guides.push({ order, guide });
	});
	// Operations are not listed in the head (there are thousands): a text's one operation is
	// looked up in its shard directly.
	for (const [service, operations] of Object.entries(index.operations))
		for (const operation of operations)
			(shards[shardOf(operationKey(operation), shardCount)]!.operations[service] ??= []).push(
				operation
			);
	return {
		head: {
			version: 1,
			services: Object.keys(index.operations),
			providers: index.providers,
			keys: [...keys].sort(),
			shardCount,
			shardDigest: digest(JSON.stringify(shards)),
		},
		shards,
	};
}

/** The keys a text contains: its words as the recogniser reads them, and the codes and actions it names. */
function textKeys(text: string, facts: ErrorFacts): Set<string> {
	const keys = new Set(words(readable(text)));
	for (const code of facts.codes) for (const word of words(code)) keys.add(word);
	for (const action of facts.actions) keys.add(actionKey(action));
	if (facts.operation) keys.add(operationKey(facts.operation));
	return keys;
}

/**
 * For a head, which shards a text needs: those of its keys the head lists, and of its operation
 * (operations are not listed). The head's keys are read into a set once, here.
 */
export function shardPicker(head: IndexHead): (text: string, facts: ErrorFacts) => number[] {
	const known = new Set(head.keys);
	return (text, facts) => {
		const needed = new Set<number>();
		for (const key of textKeys(text, facts))
			if (known.has(key) || key.startsWith('operation:')) needed.add(shardOf(key, head.shardCount));
		return [...needed].sort((a, b) => a - b);
	};
}

/** The part of the index that some shards hold, in the whole index's order. */
export function indexFromShards(head: IndexHead, shards: readonly IndexShard[]): GuideIndex {
	const byOrder = new Map<number, IndexedGuide>();
	const operations: Record<string, string[]> = Object.fromEntries(
		head.services.map((service) => [service, []])
	);
	for (const shard of shards) {
		for (const { order, guide } of shard.guides) byOrder.set(order, guide);
		for (const [service, names] of Object.entries(shard.operations))
			operations[service]!.push(...names);
	}
	return {
		version: 1,
		operations,
		providers: head.providers,
		guides: [...byOrder].sort((a, b) => a[0] - b[0]).map(([, guide]) => guide),
	};
}
