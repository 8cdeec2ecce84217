import { z } from 'astro/zod';
import { resolveLanguage, unknownLanguageMessage } from '../utils/code-languages.ts';
import { SESSION_LANGUAGES } from '../utils/copy-text.ts';
import { policyCheckSchema, policyKindSchema } from './policy-check.ts';
import { inlineMarkdownSchema, ofKind } from './text.ts';

/** A language Shiki knows, by its id or an alias (`sh`, `console`, `stderr`). */
export const codeLanguageSchema = ofKind(
	'identifier',
	z
		.string({ error: 'expected a code language such as "json", "bash" or "text"' })
		.trim()
		.refine((lang) => resolveLanguage(lang) !== undefined, {
			error: (issue) => unknownLanguageMessage(String(issue.input)),
		})
);

/** A file name a reader would save the sample as: no folders, no spaces. */
export const fileNameSchema = ofKind(
	'plain',
	z
		.string()
		.trim()
		.regex(/^[\w.-]+$/, {
			error:
				'expected a plain file name such as "policy.json" (letters, digits, ".", "_", "-"; no folders)',
		})
);

/**
 * Code or an error message exactly as a reader copies or sees it. Trailing whitespace goes: a
 * trailing newline on the clipboard would run a pasted command at once.
 */
export const codeTextSchema = (error: string) =>
	ofKind(
		'code',
		z
			.string({ error })
			.transform((code) => code.replace(/\s+$/, ''))
			.refine((code) => code.trim().length > 0, { error: 'must not be empty' })
	);

/** One code sample a reader copies: an IAM policy, a command, a config file. */
export const codeSampleSchema = z
	.strictObject({
		/** Language of the code, for highlighting and the header label. Must be one Shiki knows. */
		lang: codeLanguageSchema,
		/** File name shown in the header, when the sample is a file the reader saves. */
		filename: fileNameSchema.optional(),
		/** One line said about the sample, shown above it. Inline Markdown. */
		caption: inlineMarkdownSchema.optional(),
		/** The code itself, exactly as the reader should copy it. */
		code: codeTextSchema('expected the code as text (use a YAML block scalar: `code: |`)'),
		/** For an IAM policy in JSON: which kind it is, so its grammar can be checked. */
		policy: policyKindSchema.optional(),
		/** For a policy: a request it must allow or deny, checked by the tests and shown to readers. */
		verify: policyCheckSchema.optional(),
		/**
		 * For AWS CLI commands that only version 2 has (`aws sso login`): why, in a few words. Shown
		 * to the reader beside the sample; the tests then skip it when parsing with CLI v1.
		 */
		awsCliV2Only: inlineMarkdownSchema.optional(),
	})
	.superRefine((sample, ctx) => {
		if (sample.verify && !sample.policy)
			ctx.addIssue({
				code: 'custom',
				path: ['verify'],
				message: 'only a policy sample can be verified: say which kind it is with `policy:`',
			});
		// The copy button copies only the `$ ` lines of a terminal session: without one it would copy nothing.
		const lang = resolveLanguage(sample.lang)?.id;
		if (
			lang &&
			SESSION_LANGUAGES.has(lang) &&
			!sample.code.split('\n').some((line) => line.startsWith('$ '))
		) {
			ctx.addIssue({
				code: 'custom',
				path: ['code'],
				message: `a terminal session (lang: ${sample.lang}) needs "$ " before each command, or the copy button copies nothing; for commands alone use lang: bash`,
			});
		}
	});

export type CodeSampleInput = z.input<typeof codeSampleSchema>;
export type CodeSample = z.output<typeof codeSampleSchema>;
