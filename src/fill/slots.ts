/**
 * Where a guide's code samples hold the values of its own example error. Found at build time,
 * with no authoring: the extractor reads the guide's messages, and every place their values (or
 * the parts inside them) appear in a sample becomes a slot the reader's own values can fill.
 */
import { extractFacts } from '../search/extract.ts';
import {
	SLOT_NAMES,
	derivedFrom,
	isSlotValue,
	validValues,
	valuesFromFacts,
	type SlotName,
	type SlotValues,
} from './values.ts';

/** One example value of a guide. */
export interface Example {
	name: SlotName;
	value: string;
	/**
	 * The messages it was read from (their indexes). A guide's messages can be different
	 * requests (an S3 read, a Secrets Manager read): a reader's values replace only the examples
	 * of the message most like theirs. Empty for a value the author added: it belongs to all.
	 */
	messages: number[];
}

/** What a guide page needs to fill its samples: the examples, and each message's services. */
export interface FillPlan {
	examples: Example[];
	/** Per message, the services its actions and ARNs name, to pick the one most like the reader's. */
	services: string[][];
}

/** The optional frontmatter field: values derivation misses, and names never to fill. */
export interface FillOptions {
	add?: SlotValues | undefined;
	exclude?: readonly SlotName[] | undefined;
}

/** A guide's example values, read from its messages the way the reader's will be read. */
export function fillPlan(messages: readonly string[], options: FillOptions = {}): FillPlan {
	const examples: Example[] = [];
	const excluded = new Set(options.exclude ?? []);
	const add = (name: SlotName, value: string, message?: number) => {
		if (excluded.has(name)) return;
		// A value is one slot: the first name that claims it keeps it.
		const known = examples.find((example) => example.value === value);
		if (!known) examples.push({ name, value, messages: message === undefined ? [] : [message] });
		else if (
			message !== undefined &&
			known.messages.length > 0 &&
			!known.messages.includes(message)
		)
			known.messages.push(message);
	};
	if (options.add) {
		const added = validValues({
			...derivedFrom(options.add.principal, options.add.resource),
			...options.add,
		});
		for (const name of SLOT_NAMES) if (added[name]) add(name, added[name]);
	}
	const services = messages.map((text, index) => {
		const facts = extractFacts(text);
		const values = valuesFromFacts(facts);
		for (const name of SLOT_NAMES) if (values[name]) add(name, values[name], index);
		return facts.services;
	});
	return { examples, services };
}

/** A place in a code sample that holds an example value; a longer value can hold shorter ones. */
export interface SlotRange {
	start: number;
	end: number;
	/** Index of the example in the plan. */
	example: number;
	children: SlotRange[];
}

/** Characters that continue a value: an occurrence next to one is part of something else. */
const CONTINUES = /[A-Za-z0-9_-]/;
/** The characters of a word in code: an ARN or a path, up to a quote, space or bracket. */
const WORD = /[^\s"'`,;()[\]{}<>=]/;

/**
 * Where a name's value may stand. A user or role name, a bucket or a key is only that inside
 * the right kind of ARN (`deploy-bot` in `secret:deploy-bot/config` names a secret), and a user
 * or role name outside an ARN only after the option or field that takes it: the role `terraform`
 * is not the command `terraform`.
 */
const INSIDE_ARN: Partial<Record<SlotName, RegExp>> = {
	user: /^arn:[a-z-]+:iam::\d{12}:user\/(?:[\w+=,.@-]+\/)*$/,
	role: /^arn:[a-z-]+:(?:iam::\d{12}:role|sts::\d{12}:assumed-role)\/(?:[\w+=,.@-]+\/)*$/,
	bucket: /^arn:[a-z-]+:s3:::$/,
	key: /^arn:[a-z-]+:s3:::[a-z0-9.-]+\/$/,
};
const OUTSIDE_ARN: Partial<Record<SlotName, RegExp>> = {
	user: /(?:--user-name[ =]|"UserName":\s*")$/,
	role: /(?:--role-name[ =]|"RoleName":\s*")$/,
	key: /(?:--key[ =]|\bs3:\/\/[a-z0-9.-]+\/)$/,
};

function allowedAt(code: string, start: number, end: number, name: SlotName): boolean {
	if (CONTINUES.test(code[start - 1] ?? '') || CONTINUES.test(code[end] ?? '')) return false;
	let wordStart = start;
	while (wordStart > 0 && WORD.test(code[wordStart - 1]!)) wordStart--;
	const word = code.slice(wordStart, start);
	const rule = word.startsWith('arn:') ? INSIDE_ARN[name] : OUTSIDE_ARN[name];
	if (!rule) return true;
	return rule.test(word.startsWith('arn:') ? word : code.slice(Math.max(0, start - 40), start));
}

/** Places a range inside the tree: nested in the one that holds it, dropped where it crosses one. */
function insert(ranges: SlotRange[], range: SlotRange): boolean {
	for (const other of ranges) {
		if (range.start >= other.end || range.end <= other.start) continue;
		if (range.start >= other.start && range.end <= other.end)
			return range.start === other.start && range.end === other.end
				? false
				: insert(other.children, range);
		return false;
	}
	ranges.push(range);
	ranges.sort((a, b) => a.start - b.start);
	return true;
}

/** The slots of one code sample, as a tree of ranges (outermost first, in order). */
export function findSlots(code: string, plan: FillPlan): SlotRange[] {
	const order = plan.examples
		.map((example, index) => ({ example, index }))
		.sort((a, b) => b.example.value.length - a.example.value.length);
	const ranges: SlotRange[] = [];
	for (const { example, index } of order) {
		if (!isSlotValue(example.name, example.value)) continue;
		for (
			let at = code.indexOf(example.value);
			at !== -1;
			at = code.indexOf(example.value, at + 1)
		) {
			const end = at + example.value.length;
			if (allowedAt(code, at, end, example.name))
				insert(ranges, { start: at, end, example: index, children: [] });
		}
	}
	return ranges;
}

/** The examples a code sample holds, outer and nested. */
export function slotExamples(ranges: readonly SlotRange[]): Set<number> {
	const found = new Set<number>();
	const visit = (list: readonly SlotRange[]) =>
		list.forEach((range) => {
			found.add(range.example);
			visit(range.children);
		});
	visit(ranges);
	return found;
}

/**
 * A guide's plan, and which of its examples its code samples hold: the page shows "Use my error"
 * when any does, and the content check warns when none does.
 */
export function guideFill(
	data: { messages: ReadonlyArray<{ text: string }>; fill?: FillOptions | undefined },
	codes: readonly string[]
): { plan: FillPlan; slotted: Set<number> } {
	const plan = fillPlan(
		data.messages.map((message) => message.text),
		data.fill
	);
	const slotted = new Set<number>();
	for (const code of codes)
		for (const example of slotExamples(findSlots(code, plan))) slotted.add(example);
	return { plan, slotted };
}
