/**
 * Values of a pasted error carried from search (or another guide) to the guide the reader opens,
 * in session storage: same origin, this tab only, never in a URL, never sent anywhere. Only our
 * pages can write it, so a crafted link cannot fill a reader's samples with someone else's
 * values. Read back through the same shape checks as a paste.
 */
import type { ReaderError } from '../fill/fill.ts';
import { validValues } from '../fill/values.ts';
import { HANDOFF_KEY as KEY } from './fill-key.ts';

interface HandOff extends ReaderError {
	path: string;
}

function storage(): Storage | undefined {
	try {
		return window.sessionStorage;
	} catch {
		return undefined; // storage disabled: the samples keep their examples
	}
}

/** Keeps a reader's values for the page at `url`, replacing any kept before. */
export function handOff(url: string, reader: ReaderError): void {
	if (Object.keys(reader.values).length === 0) return;
	const path = new URL(url, location.href).pathname;
	try {
		storage()?.setItem(KEY, JSON.stringify({ path, ...reader } satisfies HandOff));
	} catch {
		// Storage full or refused: nothing is carried, nothing breaks.
	}
}

/** The values kept for this page, checked again; the entry stays so a reload keeps them. */
export function takeHandOff(path: string): ReaderError | undefined {
	let kept: Partial<HandOff>;
	try {
		kept = JSON.parse(storage()?.getItem(KEY) ?? 'null') ?? {};
	} catch {
		return undefined;
	}
	if (kept.path !== path || typeof kept.values !== 'object' || kept.values === null)
		return undefined;
	const values = validValues(kept.values as Record<string, unknown>);
	const services = Array.isArray(kept.services)
		? kept.services.filter((s): s is string => typeof s === 'string' && /^[a-z0-9]{1,40}$/.test(s))
		: [];
	return Object.keys(values).length > 0 ? { values, services: services.slice(0, 20) } : undefined;
}

export function clearHandOff(): void {
	storage()?.removeItem(KEY);
}
