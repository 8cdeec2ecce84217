import { z } from 'astro/zod';

/**
 * What kind of text a frontmatter field holds, and so which checks read it and how it renders.
 * Every text field of a guide declares one (see `textFields`); a field without one fails a test,
 * so a new Markdown field cannot slip past the link and code-language checks.
 *
 * - `inline-markdown`: one line of Markdown (code spans, emphasis, links), e.g. a cause's title
 * - `block-markdown`: paragraphs, lists and fenced code, e.g. a fix's body
 * - `plain`: text shown as written, e.g. the title or a message's label
 * - `code`: code or an error message, shown in a code block exactly as written
 * - `identifier`: a name the site resolves: an error code, a guide or service id, a tag, a language
 * - `url`, `date`: what they say
 */
export type TextKind =
	'inline-markdown' | 'block-markdown' | 'plain' | 'code' | 'identifier' | 'url' | 'date';

/** The text kind of each registered field schema. */
export const textKinds = z.registry<{ textKind: TextKind }>();

/** Marks a field schema with its kind of text. */
export const ofKind = <T extends z.ZodType>(kind: TextKind, schema: T): T => {
	textKinds.add(schema, { textKind: kind });
	return schema;
};

/**
 * A short text field written in inline Markdown (code spans, emphasis, links), such as a cause's
 * title. Rendered by the same Markdown renderer as a guide's body.
 */
export const inlineMarkdownSchema = ofKind(
	'inline-markdown',
	z
		.string({ error: 'expected a line of text (inline Markdown)' })
		.trim()
		.min(1, { error: 'must not be empty' })
		.refine((text) => !text.includes('\n'), { error: 'must be a single line' })
		// Markdown would turn these into a list, heading or quote: block elements cannot sit in a
		// heading or a <summary>.
		.refine((text) => !/^([-*+]|\d+[.)]|#{1,6}|>)(\s|$)/.test(text), {
			error:
				'must be inline text: a leading "-", "1.", "#" or ">" would make it a list, heading or quote',
		})
);

/** A longer text field in Markdown: paragraphs, lists, code spans and fenced code blocks. */
export const blockMarkdownSchema = ofKind(
	'block-markdown',
	z.string({ error: 'expected text (Markdown)' }).trim().min(1, { error: 'must not be empty' })
);

/**
 * Non-empty plain text, shown as written. `type` and `empty` word what is wrong; `max` caps the
 * length with a message made from the issue.
 */
export const plainTextSchema = ({
	type = 'expected text',
	empty = 'must not be empty',
	max,
}: {
	type?: string;
	empty?: string;
	max?: [number, (issue: { input?: unknown }) => string];
} = {}) => {
	const text = z.string({ error: type }).trim().min(1, { error: empty });
	// Registered last: each Zod method returns a new schema, and the kind belongs to the final one.
	return ofKind('plain', max ? text.max(max[0], { error: max[1] }) : text);
};
