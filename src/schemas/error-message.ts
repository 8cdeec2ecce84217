import { z } from 'astro/zod';
import { codeLanguageSchema } from './code-sample.ts';

/** The error exactly as a reader sees it, shown first on the page. */
export const errorMessageSchema = () =>
	z.strictObject({
		/** Where the reader sees this text: `stderr`, `SDK log`, `Console`. */
		label: z.string().trim().min(1, { error: 'must name where the message appears, e.g. "stderr"' }),
		/** Language for highlighting. Defaults to plain text. */
		lang: codeLanguageSchema().default('text'),
		/** The message text, with documentation values (account 123456789012, example-bucket). */
		text: z
			.string({ error: 'expected the error message as text' })
			.transform((text) => text.replace(/\s+$/, ''))
			.refine((text) => text.trim().length > 0, { error: 'must not be empty' }),
	});

export type ErrorMessage = z.output<ReturnType<typeof errorMessageSchema>>;
