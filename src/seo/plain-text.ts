import { renderMarkdown } from '../utils/markdown.ts';

const ENTITIES: Readonly<Record<string, string>> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&#39;': "'",
	'&#x27;': "'",
};

/**
 * A Markdown text as the plain text a reader sees on the page: rendered by the same renderer,
 * then without tags, entities decoded and white space collapsed. For structured data and feeds,
 * which must say what the page shows.
 */
export function plainText(markdown: string): string {
	return renderMarkdown(markdown)
		.replace(/<[^>]*>/g, ' ')
		.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity]!)
		.replace(/\s+/g, ' ')
		.replace(/ ([.,;:!?)])/g, '$1')
		.replace(/\( /g, '(')
		.trim();
}
