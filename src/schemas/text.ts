import { z } from 'astro/zod';

/**
 * A short text field written in inline Markdown (code spans, emphasis, links), such as a cause's
 * title. Rendered by the same Markdown processor as a guide's body.
 */
export const inlineMarkdownSchema = () =>
	z
		.string({ error: 'expected a line of text (inline Markdown)' })
		.trim()
		.min(1, { error: 'must not be empty' })
		.refine((text) => !text.includes('\n'), { error: 'must be a single line' })
		// Markdown would turn these into a list, heading or quote: block elements cannot sit in a
		// heading or a <summary>.
		.refine((text) => !/^([-*+]|\d+[.)]|#{1,6}|>)(\s|$)/.test(text), {
			error: 'must be inline text: a leading "-", "1.", "#" or ">" would make it a list, heading or quote',
		});

/** A longer text field in Markdown: one or more paragraphs, lists and code spans. */
export const blockMarkdownSchema = () =>
	z.string({ error: 'expected text (Markdown)' }).trim().min(1, { error: 'must not be empty' });
