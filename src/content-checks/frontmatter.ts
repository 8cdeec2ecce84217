import yaml from 'js-yaml';

export interface SplitFile {
	/** The parsed frontmatter, or `undefined` when the file has none. */
	data: unknown;
	/**
	 * The body, with the frontmatter replaced by as many empty lines as it had, so line N of
	 * the body is line N of the file and messages can point at file lines directly.
	 */
	body: string;
}

/** A frontmatter block that does not parse, at a 1-based line of the file. */
export class FrontmatterError extends Error {
	readonly line: number;

	constructor(message: string, line: number) {
		super(message);
		this.line = line;
	}
}

const isFence = (line: string | undefined) => line !== undefined && /^---\s*$/.test(line);

/**
 * Splits a guide into its YAML frontmatter (between two `---` lines at the top, after any blank
 * lines) and its body, and parses the YAML with js-yaml, the parser Astro uses for frontmatter.
 * Throws `FrontmatterError` with the file line the parser points at.
 */
export function splitFrontmatter(source: string): SplitFile {
	const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
	let open = 0;
	while (open < lines.length && lines[open]!.trim() === '') open++;
	if (!isFence(lines[open])) return { data: undefined, body: source };
	let close = open + 1;
	while (close < lines.length && !isFence(lines[close])) close++;
	if (close === lines.length)
		throw new FrontmatterError('the frontmatter has no closing "---" line', open + 1);
	let data: unknown;
	try {
		data = yaml.load(lines.slice(open + 1, close).join('\n'));
	} catch (error) {
		if (!(error instanceof yaml.YAMLException)) throw error;
		// js-yaml counts lines from 0 at the first line after the opening `---`.
		throw new FrontmatterError(error.reason, open + 2 + (error.mark?.line ?? -1));
	}
	return { data: data ?? {}, body: '\n'.repeat(close + 1) + lines.slice(close + 1).join('\n') };
}
