export interface FilterableGuide {
	code: string;
	aliases: readonly string[];
	/** Title, description and service names: the words a reader might type. */
	text: string;
}

const WORD = /[\p{L}\p{N}_:.\-/*]+/gu;

function words(text: string): string[] {
	return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/^[.:\-/]+|[.:\-/]+$/g, '')).filter(Boolean);
}

/**
 * Whether a guide matches what a reader typed or pasted into the home page's filter.
 * A pasted error matches when it contains the guide's code or one of its aliases
 * ("An error occurred (AccessDeniedException) when..."); typed words match when every
 * word appears in the guide's code, aliases or text.
 */
export function matchesQuery(query: string, guide: FilterableGuide): boolean {
	const q = query.trim().toLowerCase();
	if (!q) return true;
	const queryWords = new Set(words(q));
	const codes = [guide.code, ...guide.aliases].map((c) => c.toLowerCase());
	if (codes.some((code) => (code.includes(' ') ? q.includes(code) : queryWords.has(code)))) return true;
	const haystack = `${codes.join(' ')} ${guide.text.toLowerCase()}`;
	return [...queryWords].every((word) => haystack.includes(word));
}
