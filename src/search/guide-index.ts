/**
 * The recogniser's index: what it needs of each guide, built at build time from the content and
 * served as one JSON file loaded with search. A guide's own messages are read by the same
 * extractor that reads a reader's paste, so "this guide's messages name kms:Decrypt, an explicit
 * deny in an SCP, the AssumeRole operation" is data, not code.
 */
import { extractFacts, type DenyType, type Tool } from './extract.ts';
import { PhraseTrie, words } from './phrases.ts';

export interface GuideSource {
	id: string;
	url: string;
	title: string;
	provider: string;
	code: string;
	aliases: readonly string[];
	services: readonly string[];
	related: readonly string[];
	/** The guide's messages, as printed. */
	messages: readonly string[];
}

export interface IndexedGuide {
	id: string;
	url: string;
	title: string;
	provider: string;
	code: string;
	aliases: string[];
	services: string[];
	/**
	 * The general guide of its code: several guides of the provider share the code and this one is
	 * related to the most of them (AccessDeniedException for any service without its own guide).
	 */
	hub?: true;
	/** What the guide's own messages show: the tools that print them, actions, deny types, operations, services. */
	tools: Tool[];
	actions: string[];
	denies: DenyType[];
	operations: string[];
	messageServices: string[];
	/**
	 * Other guides' aliases its own messages contain: wording two codes share (`The security token
	 * included in the request is invalid`), which says this guide as much as the alias's owner.
	 */
	echoes: string[];
}

export interface GuideIndex {
	version: 1;
	/**
	 * Service id → its API operations that no other service of the index has: the AWS CLI names
	 * the operation (`when calling the GetObject operation`) but not the service.
	 */
	operations: Record<string, string[]>;
	/** Provider id → its name and its service ids. */
	providers: Record<string, { name: string; services: string[] }>;
	guides: IndexedGuide[];
}

const unique = <T>(items: Iterable<T | undefined>) =>
	[...new Set(items)].filter((item): item is T => item !== undefined);

/** The index for a set of guides. Pure: the same guides give the same index. */
export function buildGuideIndex(
	guides: readonly GuideSource[],
	providers: Readonly<Record<string, { name: string; services: readonly string[] }>>,
	/** Service id → its API operations, for the services whose errors name operations. */
	serviceOperations: Readonly<Record<string, readonly string[]>> = {}
): GuideIndex {
	const owners = new Map<string, string[]>();
	for (const [service, operations] of Object.entries(serviceOperations))
		for (const operation of operations)
			owners.set(operation, [...(owners.get(operation) ?? []), service]);
	const operations: Record<string, string[]> = {};
	for (const [operation, [service, ...others]] of owners)
		if (others.length === 0) (operations[service!] ??= []).push(operation);

	// Guides sharing a code within a provider: the one most of the others relate to is the hub.
	const byCode = new Map<string, GuideSource[]>();
	for (const guide of guides) {
		const key = `${guide.provider}\n${guide.code}`;
		byCode.set(key, [...(byCode.get(key) ?? []), guide]);
	}
	const hubs = new Set<string>();
	for (const group of byCode.values()) {
		if (group.length < 2) continue;
		const inbound = (id: string) => group.filter((g) => g.related.includes(id)).length;
		const ranked = [...group].sort((a, b) => inbound(b.id) - inbound(a.id));
		if (inbound(ranked[0]!.id) > inbound(ranked[1]!.id)) hubs.add(ranked[0]!.id);
	}

	// Every guide's aliases, to find them in the other guides' messages in one pass per message.
	const aliases = new PhraseTrie<{ guide: string; alias: string }>();
	for (const guide of guides)
		for (const alias of guide.aliases) aliases.add(words(alias), { guide: guide.id, alias });
	const echoesOf = (guide: GuideSource) => {
		const found = new Set<string>();
		for (const message of guide.messages)
			aliases.scan(words(message), ({ guide: owner, alias }) => {
				if (owner !== guide.id) found.add(alias);
			});
		return [...found];
	};

	return {
		version: 1,
		operations,
		providers: Object.fromEntries(
			Object.entries(providers).map(([id, p]) => [id, { name: p.name, services: [...p.services] }])
		),
		guides: guides.map((guide): IndexedGuide => {
			const facts = guide.messages.map(extractFacts);
			return {
				id: guide.id,
				url: guide.url,
				title: guide.title,
				provider: guide.provider,
				code: guide.code,
				aliases: [...guide.aliases],
				services: [...guide.services],
				...(hubs.has(guide.id) ? { hub: true as const } : {}),
				tools: unique(facts.map((f) => f.tool)),
				actions: unique(facts.flatMap((f) => f.actions)),
				denies: unique(facts.map((f) => f.deny)),
				operations: unique(facts.map((f) => f.operation)),
				messageServices: unique(facts.flatMap((f) => f.services)),
				echoes: echoesOf(guide),
			};
		}),
	};
}
