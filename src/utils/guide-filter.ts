export interface FilterableGuide {
	code: string;
	aliases: readonly string[];
	/** Title, description and service names: the words a reader might type. */
	text: string;
}

/** A guide made ready to compare, once: its codes and its searchable text, lower-cased. */
export interface PreparedGuide {
	codes: string[];
	haystack: string;
}

/** A query made ready to compare, once per keystroke, not once per guide. */
export interface PreparedQuery {
	text: string;
	words: Set<string>;
}

// Letters, digits and the punctuation codes are written with (`s3:GetObject`, `ERR_X`, `a/b`).
const WORD = /[\p{L}\p{N}_:.\-/*]+/gu;
const EDGE = new Set(['.', ':', '-', '/']);

/** Drops leading and trailing `.:-/` in one pass; a regular expression here backtracks on long runs. */
function trimEdges(word: string): string {
	let start = 0;
	let end = word.length;
	while (start < end && EDGE.has(word[start]!)) start++;
	while (end > start && EDGE.has(word[end - 1]!)) end--;
	return word.slice(start, end);
}

export function prepareGuide(guide: FilterableGuide): PreparedGuide {
	const codes = [guide.code, ...guide.aliases].map((c) => c.toLowerCase());
	return { codes, haystack: `${codes.join(' ')} ${guide.text.toLowerCase()}` };
}

/** `undefined` for an empty query, which matches every guide. */
export function prepareQuery(query: string): PreparedQuery | undefined {
	const text = query.trim().toLowerCase();
	if (!text) return undefined;
	const words = new Set<string>();
	for (const match of text.matchAll(WORD)) {
		const word = trimEdges(match[0]);
		if (word) words.add(word);
	}
	return { text, words };
}

/**
 * Whether a guide matches what a reader typed or pasted. A pasted error matches when it contains
 * the guide's code or one of its aliases ("An error occurred (AccessDeniedException) when...");
 * typed words match when every word appears in the guide's codes or text. The query is only ever
 * compared as text.
 */
export function matchesPrepared(query: PreparedQuery | undefined, guide: PreparedGuide): boolean {
	if (!query) return true;
	if (
		guide.codes.some((code) =>
			code.includes(' ') ? query.text.includes(code) : query.words.has(code)
		)
	)
		return true;
	for (const word of query.words) if (!guide.haystack.includes(word)) return false;
	return query.words.size > 0;
}

/** One query against one guide; the page prepares both once instead (see guide-filter script). */
export function matchesQuery(query: string, guide: FilterableGuide): boolean {
	return matchesPrepared(prepareQuery(query), prepareGuide(guide));
}
