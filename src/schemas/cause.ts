import { z } from 'astro/zod';
import { blockMarkdownSchema, inlineMarkdownSchema } from './text.ts';

/** One reason the error happens. Causes are listed most likely first. */
export const causeSchema = z.strictObject({
	/** The cause in a few words, e.g. "No identity-based policy allows the action". */
	title: inlineMarkdownSchema,
	/** How the cause produces the error and how to recognise it. */
	body: blockMarkdownSchema,
});

export type Cause = z.output<typeof causeSchema>;
