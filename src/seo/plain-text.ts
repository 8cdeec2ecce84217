import { unescapeHtml } from '../utils/escape-html.ts';
import { renderMarkdown } from '../utils/markdown.ts';

/**
 * A Markdown text as the plain text a reader sees on the page: rendered by the same renderer,
 * then without tags, entities decoded and white space collapsed. For structured data and feeds,
 * which must say what the page shows.
 */
export function plainText(markdown: string): string {
	return unescapeHtml(renderMarkdown(markdown).replace(/<[^>]*>/g, ' '))
		.replace(/\s+/g, ' ')
		.replace(/ ([.,;:!?)])/g, '$1')
		.replace(/\( /g, '(')
		.trim();
}
