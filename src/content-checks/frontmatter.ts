import yaml from 'js-yaml';

export interface SplitFile {
	/** The parsed YAML frontmatter, or `undefined` when the file has none. */
	data: unknown;
	/** The Markdown/MDX body after the frontmatter. */
	body: string;
	/** 1-based line in the file where the body starts, to point messages at body lines. */
	bodyLine: number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Splits an MDX file into its YAML frontmatter and body, the way Astro's loader reads it
 * (js-yaml 4, the same parser Astro uses). Throws js-yaml's error, which carries the line.
 */
export function splitFrontmatter(source: string): SplitFile {
	const match = FENCE.exec(source);
	if (!match) return { data: undefined, body: source, bodyLine: 1 };
	const data = yaml.load(match[1] ?? '');
	const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1;
	return { data, body: source.slice(match[0].length), bodyLine };
}
