/**
 * The error recogniser: given any pasted text, which guide it belongs to. It answers one
 * confident guide, a short list of candidates, or nothing, and prefers nothing to a confident
 * wrong answer.
 *
 * Evidence, and what it is worth:
 * - words: a guide's code or alias found in the text. A distinctive code is strong, a message
 *   fragment of three or more words (the guide's own wording) stronger, a common word weak;
 * - the code a tool's wrapper names outright (`An error occurred (X)`, `api error X`);
 * - the tool that printed the text: its provider's guides come first (Terraform wraps AWS);
 * - the service that answered, the actions, operation and deny type the text names, against
 *   what each guide's own messages name (src/search/guide-index.ts);
 * - specific beats general: guides sharing a code compete on service, and the code's general
 *   guide wins only when none is about the service.
 *
 * Pure and linear: the paste is split into words once and walked once through a trie of every
 * code and alias, so the cost grows with the paste, not with the number of guides.
 */
import { TOOL_PROVIDERS, extractFacts, readable, type ErrorFacts } from './extract.ts';
import type { GuideIndex, IndexedGuide } from './guide-index.ts';
import { PhraseTrie, words } from './phrases.ts';

export interface Candidate {
	guide: IndexedGuide;
	score: number;
	/** Why it scored, for tests and for tuning: `words:9`, `wrapped:X`, `tool:aws-cli`, ... */
	why: string[];
}

export interface Recognition {
	kind: 'confident' | 'candidates' | 'none';
	/** Best first; for `confident`, the first is the answer. */
	candidates: Candidate[];
	facts: ErrorFacts;
}

interface Phrase {
	guide: number;
	weight: number;
	/** A message fragment of several words: the guide's own wording, whatever tool printed it. */
	fragment: boolean;
	/** The alias, to find the guides whose messages share it; absent for a code. */
	alias?: string;
}

export interface Recogniser {
	index: GuideIndex;
	phrases: PhraseTrie<Phrase>;
	/** Exact code or alias → guides, for codes a wrapper names. */
	exact: Map<string, number[]>;
	/** Action → guides whose messages name it (`iam:PassRole`). */
	byAction: Map<string, number[]>;
	/** Alias → the other guides whose messages show it too. */
	echoes: Map<string, number[]>;
	/** API operation → the one service that has it. */
	operationService: Map<string, string>;
	/** Guide → the other guides of its provider with the same code. */
	siblings: Map<number, number[]>;
	/** Services the index knows the operations of: those a guide can be specific to. */
	answering: Set<string>;
}

/** Scores at or above this, with a clear lead, are a confident answer. */
export const CONFIDENT = 14;
/** The lead over the second guide a confident answer needs. */
export const LEAD = 4;
/** Guides at or above this are offered as candidates. */
export const CANDIDATE = 6;
const MAX_CANDIDATES = 5;
/** Added when a code or alias is all the reader typed. */
const WHOLE = 6;
/** Deny policy types that name the cause whatever the service. */
const CROSS_SERVICE_DENIES = new Set(['scp', 'rcp', 'boundary', 'session', 'endpoint']);

/**
 * A code that could not be an ordinary word: `AccessDeniedException`, `PERMISSION_DENIED`, `E401`,
 * `AADSTS700016`, or several words. `Forbidden`, `denied` and `403` are found in too many messages.
 */
export function isDistinctive(code: string): boolean {
	if (words(code).length >= 3) return true;
	if (/^\d+$/.test(code)) return false;
	return /[a-z][A-Z]|[A-Z]{2,}|_|\d/.test(code) || code.length >= 14;
}

/** What finding a code or alias says; see the module comment. */
function phraseWeight(text: string, count: number, kind: 'code' | 'alias'): number {
	if (!isDistinctive(text)) return kind === 'code' ? 3 : count > 1 ? 4 : 2;
	if (kind === 'code') return 8 + Math.min(count - 1, 3);
	if (count >= 3) return 10 + Math.min(count - 3, 3);
	return count === 2 ? 7 : 6;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
};

/** Prepares an index for recognising: done once when search loads. */
export function createRecogniser(index: GuideIndex): Recogniser {
	const phrases = new PhraseTrie<Phrase>();
	const exact = new Map<string, number[]>();
	const byAction = new Map<string, number[]>();
	const echoes = new Map<string, number[]>();
	const byCode = new Map<string, number[]>();
	const add = (text: string, guide: number, kind: 'code' | 'alias') => {
		const list = words(text);
		if (list.length === 0) return;
		phrases.add(list, {
			guide,
			weight: phraseWeight(text, list.length, kind),
			fragment: kind === 'alias' && list.length >= 3,
			alias: kind === 'alias' ? text : undefined,
		});
		push(exact, text, guide);
	};
	index.guides.forEach((guide, i) => {
		add(guide.code, i, 'code');
		for (const alias of guide.aliases) add(alias, i, 'alias');
		for (const action of guide.actions) push(byAction, action, i);
		for (const alias of guide.echoes) push(echoes, alias, i);
		push(byCode, `${guide.provider}\n${guide.code}`, i);
	});
	const siblings = new Map<number, number[]>();
	for (const group of byCode.values())
		if (group.length > 1)
			for (const i of group)
				siblings.set(
					i,
					group.filter((j) => j !== i)
				);
	const operationService = new Map<string, string>();
	for (const [service, operations] of Object.entries(index.operations))
		for (const operation of operations) operationService.set(operation, service);
	return {
		index,
		phrases,
		exact,
		byAction,
		echoes,
		operationService,
		siblings,
		answering: new Set(Object.keys(index.operations)),
	};
}

/** What a text is; `facts`, when the caller has already read them from the same text. */
export function recognise(
	text: string,
	recogniser: Recogniser,
	facts: ErrorFacts = extractFacts(text)
): Recognition {
	const { index, exact, byAction, operationService, siblings, answering } = recogniser;
	const scores = new Map<number, { score: number; why: string[] }>();
	const add = (i: number, points: number, why: string) => {
		const e = scores.get(i) ?? { score: 0, why: [] };
		e.score += points;
		e.why.push(why);
		scores.set(i, e);
	};

	// Codes and aliases as words: the best phrase of each guide counts once, and more when it is
	// all the reader typed. Wording a guide's messages share with an alias counts for it too.
	const list = words(readable(text));
	const best = new Map<number, number>();
	const fragment = new Set<number>();
	const credit = (i: number, points: number) => best.set(i, Math.max(best.get(i) ?? 0, points));
	recogniser.phrases.scan(list, (phrase, start, end) => {
		const points =
			phrase.weight + (start === 0 && end === list.length && phrase.weight >= 6 ? WHOLE : 0);
		credit(phrase.guide, points);
		// Wording other guides' messages share is no guide's own.
		if (phrase.fragment && !recogniser.echoes.has(phrase.alias!)) fragment.add(phrase.guide);
		for (const i of (phrase.alias && recogniser.echoes.get(phrase.alias)) || [])
			credit(i, points - 3);
	});
	for (const [i, points] of best) add(i, points, `words:${points}`);
	// A guide's wording belongs to its code: the other guides of the code are in the running too,
	// a little behind, and the service decides between them.
	for (const [i, points] of best)
		for (const j of siblings.get(i) ?? [])
			if (!best.has(j) && !scores.get(j)?.why.includes('family')) add(j, points - 3, 'family');
	// A message fragment that is a specific guide's own wording says more than any code.
	for (const i of fragment) if (!index.guides[i]!.hub) add(i, 4, 'fragment');

	// Codes a wrapper names outright: the first is the error; later ones are context.
	const wrapped = new Set<number>();
	facts.codes.forEach((code, n) => {
		for (const i of exact.get(code) ?? [])
			if (!wrapped.has(i)) {
				wrapped.add(i);
				add(i, n === 0 ? 6 : 3, `wrapped:${code}`);
			}
	});
	const acted = new Set<number>();
	for (const action of facts.actions)
		for (const i of byAction.get(action) ?? [])
			if (!acted.has(i)) {
				acted.add(i);
				add(i, 6, `action:${action}`);
			}
	// A guide about one action of a service (iam:PassRole), for an error about another of its actions.
	const actionServices = new Set(facts.actions.map((a) => a.split(':')[0]));
	for (const [i] of scores) {
		const own = index.guides[i]!.actions.filter((a) => a.includes(':'));
		if (!acted.has(i) && own.length === 1 && actionServices.has(own[0]!.split(':')[0]!))
			add(i, -4, 'other action');
	}

	// A wrapper names a code some guides have: the provider's guides of other codes fall behind,
	// unless the text carries their own wording (`Signature expired` under SignatureDoesNotMatch).
	const wrappedCode = facts.codes.find((code) => exact.has(code));
	if (wrappedCode) {
		const providersOfCode = new Set(exact.get(wrappedCode)!.map((i) => index.guides[i]!.provider));
		for (const [i] of scores)
			if (!wrapped.has(i) && !fragment.has(i) && providersOfCode.has(index.guides[i]!.provider))
				add(i, -4, 'other code');
	}

	const toolProvider = facts.tool && TOOL_PROVIDERS[facts.tool];
	// Whether the tool's own provider has a guide whose code or wording is in the text.
	const toolHasOwn = [...best].some(
		([i, points]) => index.guides[i]!.provider === toolProvider && points >= 6
	);
	const answeredBy =
		facts.answeredBy ?? (facts.operation ? operationService.get(facts.operation) : undefined);
	const named = answeredBy ? [answeredBy] : facts.services;
	const denyKind = facts.deny?.split(':')[1];
	for (const [i, e] of scores) {
		const guide = index.guides[i]!;
		const adjust = (points: number, why: string) => {
			e.score += points;
			e.why.push(why);
		};
		// The tool that printed the text is the reader's context: its provider's guides come first.
		// An error docker prints from a registry keeps that registry's guide in the running when
		// the text carries its wording and docker's own guides have nothing better.
		if (toolProvider === guide.provider) adjust(8, `tool:${facts.tool}`);
		else if (toolProvider && (toolHasOwn || !fragment.has(i)))
			adjust(-6, `other tool:${facts.tool}`);

		// The policy type of a deny: an SCP, a boundary, a session or endpoint policy names the
		// cause whatever the service; a resource policy is the service's own; "no identity-based
		// policy allows" is the ordinary case and says nothing.
		const denyMatch = facts.deny !== undefined && guide.denies.includes(facts.deny);
		const causeMatch = denyMatch && CROSS_SERVICE_DENIES.has(denyKind!);
		if (causeMatch) adjust(10, `deny:${facts.deny}`);
		else if (denyMatch && denyKind === 'resource') adjust(3, `deny:${facts.deny}`);
		else if (
			facts.deny &&
			guide.denies.length > 0 &&
			guide.denies.every((d) => CROSS_SERVICE_DENIES.has(d.split(':')[1]!))
		)
			// A guide about an SCP or a boundary, for an error that names another policy type.
			adjust(-6, 'other deny');
		else if (
			facts.deny?.startsWith('explicit') &&
			guide.denies.some((d) => d.startsWith('explicit'))
		)
			adjust(-4, 'other deny');

		// The service that answered says most; services the text merely mentions say less. A guide
		// of another service loses points, unless it is the code's general guide, names a cause
		// that crosses services, has the very action refused (iam:PassRole, whatever API called
		// it), or serves no service in particular (the SDK, every API).
		const serviceSpecific =
			!guide.hub && !causeMatch && !acted.has(i) && guide.services.some((s) => answering.has(s));
		if (named.includes(guide.services[0] ?? '')) adjust(answeredBy ? 6 : 4, 'service');
		else if (named.some((s) => guide.services.includes(s))) adjust(answeredBy ? 0 : 2, 'service');
		else if (named.some((s) => guide.messageServices.includes(s))) adjust(1, 'service');
		else if (serviceSpecific && named.length > 0) adjust(-4, 'other service');

		if (facts.operation && guide.operations.includes(facts.operation)) adjust(2, 'operation');
		// The general guide of a code comes first unless a guide in the running is about the service.
		if (guide.hub) {
			// Claimed by a guide about the service that has the action or the code the text names.
			const claimed = [...scores.keys()].some(
				(j) =>
					j !== i &&
					named.includes(index.guides[j]!.services[0] ?? '') &&
					(acted.has(j) || wrapped.has(j))
			);
			adjust(claimed ? -3 : 3, claimed ? 'general, claimed' : 'general');
		}
	}

	const aboutService = (c: Candidate) => Number(named.includes(c.guide.services[0] ?? ''));
	const candidates = [...scores]
		.map(([i, e]) => ({ guide: index.guides[i]!, score: e.score, why: e.why }))
		.filter((c) => c.score >= CANDIDATE)
		// On a tie, the guide about the service that answered, then by title.
		.sort(
			(a, b) =>
				b.score - a.score ||
				aboutService(b) - aboutService(a) ||
				a.guide.title.localeCompare(b.guide.title)
		)
		.slice(0, MAX_CANDIDATES);
	const [top, second] = candidates;
	// A wrapper that names a code no guide has means the error is something else, whatever words
	// the text shares with a guide.
	const wrappedElsewhere = facts.codes.length > 0 && !facts.codes.some((code) => exact.has(code));
	if (
		top &&
		!wrappedElsewhere &&
		top.score >= CONFIDENT &&
		(!second || top.score - second.score >= LEAD)
	)
		return { kind: 'confident', candidates, facts };
	return { kind: candidates.length ? 'candidates' : 'none', candidates, facts };
}

/** A short account of what the error says: `kms:Decrypt denied for role/app`. */
export function describeFacts(facts: ErrorFacts): string | undefined {
	const who = facts.principal?.replace(/^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d*:/, '');
	const what = facts.actions[0];
	if (what && who) return `${what} denied for ${who}`;
	if (what) return `${what} denied`;
	if (who) return `refused for ${who}`;
	return undefined;
}
