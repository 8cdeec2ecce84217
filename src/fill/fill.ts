/**
 * Which example values a reader's error replaces: pure, so the page script and the tests share it.
 */
import { extractFacts } from '../search/extract.ts';
import type { FillPlan } from './slots.ts';
import { validValues, valuesFromFacts, type SlotName, type SlotValues } from './values.ts';

/** What a reader's paste gives: the values, and the services it names. */
export interface ReaderError {
	values: SlotValues;
	services: string[];
}

/** Reads a pasted error (any length: the extractor reads a bounded part of it). */
export function readError(pasted: string): ReaderError {
	const facts = extractFacts(pasted);
	return { values: valuesFromFacts(facts), services: facts.services };
}

/**
 * The message of the guide most like the reader's: the most services in common; between those,
 * the one with the most examples the reader has values for; else the first.
 */
export function closestMessage(
	plan: FillPlan,
	services: readonly string[],
	names: readonly SlotName[] = []
): number {
	let best = 0;
	let bestScore: [number, number] = [-1, -1];
	plan.services.forEach((own, index) => {
		const shared = own.filter((service) => services.includes(service)).length;
		const fillable = plan.examples.filter(
			(example) => example.messages.includes(index) && names.includes(example.name)
		).length;
		if (shared > bestScore[0] || (shared === bestScore[0] && fillable > bestScore[1]))
			[best, bestScore] = [index, [shared, fillable]];
	});
	return best;
}

/**
 * Example index → the reader's value for it. An example is replaced when the reader has a value
 * of its name (of the right shape) and it belongs to the message most like the reader's.
 */
export function replacements(plan: FillPlan, reader: ReaderError): Map<number, string> {
	const values = validValues(reader.values);
	const message = closestMessage(plan, reader.services, Object.keys(values) as SlotName[]);
	const result = new Map<number, string>();
	plan.examples.forEach((example, index) => {
		const value = values[example.name];
		if (value === undefined || value === example.value) return;
		if (example.messages.length > 0 && !example.messages.includes(message)) return;
		result.set(index, value);
	});
	return result;
}
