import { z } from 'astro/zod';
import { codeSampleSchema } from './code-sample.ts';
import { blockMarkdownSchema, inlineMarkdownSchema } from './text.ts';

/** One step to fix the error. Fixes are listed in the order a reader should try them. */
export const fixSchema = z.strictObject({
	/** What to do, as an instruction: "Simulate the request before you deploy". */
	title: inlineMarkdownSchema,
	/** Why and how, in Markdown. */
	body: blockMarkdownSchema,
	/** Code to copy for this step, in the order it is used. Defaults to none. */
	samples: z.array(codeSampleSchema).default([]),
});

export type Fix = z.output<typeof fixSchema>;
