/**
 * Where the n-th of several code blocks in one place sits ("fix 2, sample 3"), so no two copy
 * buttons on a page share a name; just the place when it holds one block.
 */
export function codePlace(
	place: string | undefined,
	index: number,
	count: number
): string | undefined {
	if (count <= 1) return place;
	return [place, `sample ${index + 1}`].filter(Boolean).join(', ');
}

export interface CodeBlockNames {
	/** What the copy button says it copies, after "Copy ": "deploy-bot-policy.json", "Shell code, fix 2". */
	copy: string;
	/** The accessible name of the block itself. */
	block: string;
}

/**
 * Names a code block for screen readers. A file name is enough; otherwise the language and the
 * place. Error messages are named by where they appear ("stderr").
 */
export function codeBlockNames({
	title,
	language,
	place,
	kind,
}: {
	title?: string | undefined;
	language: string;
	place?: string | undefined;
	kind: 'sample' | 'message';
}): CodeBlockNames {
	const copy = title ?? [`${language} code`, place].filter(Boolean).join(', ');
	if (kind === 'message') return { copy, block: `Error message: ${title ?? language}` };
	return { copy, block: `Code: ${title ? `${title}, ${language}` : copy}` };
}
