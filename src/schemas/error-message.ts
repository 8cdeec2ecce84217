import { z } from 'astro/zod';
import { codeLanguageSchema, codeTextSchema } from './code-sample.ts';
import { plainTextSchema } from './text.ts';

/** The error exactly as a reader sees it, shown first on the page. */
export const errorMessageSchema = z.strictObject({
	/** Where the reader sees this text: `stderr`, `SDK log`, `Console`. */
	label: plainTextSchema({ empty: 'must name where the message appears, e.g. "stderr"' }),
	/** Language for highlighting. Defaults to plain text. */
	lang: codeLanguageSchema.default('text'),
	/** The message text, with documentation values (account 123456789012, example-bucket). */
	text: codeTextSchema('expected the error message as text'),
});

export type ErrorMessage = z.output<typeof errorMessageSchema>;
