import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';

export interface SplitFile {
	/** The parsed frontmatter (an object), or `undefined` when the file has none. */
	data: unknown;
	/**
	 * The body, with the frontmatter replaced by as many empty lines as it had, so line N of
	 * the body is line N of the file and messages can point at file lines directly.
	 */
	body: string;
}

/** 1-based file line of the opening `---`, to turn the YAML parser's error lines into file lines. */
export function frontmatterStartLine(source: string): number {
	const lines = source.replace(/^\uFEFF/, '').split('\n');
	return lines.findIndex((line) => /^(---|\+\+\+)/.test(line)) + 1 || 1;
}

/**
 * Splits an MDX file into frontmatter and body with Astro's own frontmatter parser (BOM,
 * leading blank lines and CRLF handled as the build handles them). Throws the YAML parser's
 * error, which carries a line relative to the opening `---`.
 */
export function splitFrontmatter(source: string): SplitFile {
	if (extractFrontmatter(source) === undefined) return { data: undefined, body: source };
	const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-lines' });
	return { data: frontmatter, body: content };
}
