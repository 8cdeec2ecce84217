import { z } from 'astro/zod';
import { blockMarkdownSchema, inlineMarkdownSchema } from './text.ts';

/** A question readers ask about the error, with its answer. */
export const faqSchema = z.strictObject({
	/** The question as a reader would type it. */
	question: inlineMarkdownSchema,
	/** The answer in Markdown. */
	answer: blockMarkdownSchema,
});

export type Faq = z.output<typeof faqSchema>;
