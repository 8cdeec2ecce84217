const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
};

/** Text made safe to place in HTML, as content or in a quoted attribute. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

const DECODED: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&#39;': "'",
	'&#x27;': "'",
	'&apos;': "'",
};

/** The text of HTML-escaped text: the entities `escapeHtml` and common renderers write, decoded. */
export function unescapeHtml(text: string): string {
	return text.replace(/&(?:amp|lt|gt|quot|apos|#39|#x27);/g, (entity) => DECODED[entity]!);
}
