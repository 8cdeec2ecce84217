/** One thing wrong with one content file, reported the way a compiler reports an error. */
export interface Problem {
	/** Path of the file from the project root, e.g. `content/errors/aws/foo.mdx`. */
	file: string;
	/** Where in the file: a frontmatter path such as `related[2]`, or `body:12` for a body line. */
	field: string;
	/** What is wrong and what was expected. */
	message: string;
}

/** `content/errors/aws/foo.mdx: related[2]: no guide "aws/acess-denied"` */
export function formatProblem({ file, field, message }: Problem): string {
	return field ? `${file}: ${field}: ${message}` : `${file}: ${message}`;
}

/** Turns a Zod issue path (`['fixes', 1, 'samples', 0, 'lang']`) into `fixes[1].samples[0].lang`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
		.join('');
}

/** Thrown by the build when content is wrong: its message lists every problem, one per line. */
export class ContentError extends Error {
	readonly problems: readonly Problem[];

	constructor(problems: readonly Problem[]) {
		super(
			`${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n` +
				problems.map((p) => `  ${formatProblem(p)}`).join('\n') +
				'\n\nFix these, then run `npm run check` to confirm in about a second.'
		);
		this.name = 'ContentError';
		this.problems = problems;
	}
}
