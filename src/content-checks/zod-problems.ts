import type { z } from 'astro/zod';
import { formatPath, type Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';

/**
 * Turns Zod's issues into problems that name the field. An unknown key (a typo such as
 * `escalaton`) becomes a problem at that key, with the nearest known field name suggested.
 */
export function zodProblems(
	file: string,
	input: unknown,
	error: z.ZodError,
	knownKeys: Iterable<string>
): Problem[] {
	const known = [...knownKeys];
	return error.issues.flatMap((issue): Problem[] => {
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => ({
				file,
				field: formatPath([...issue.path, key]),
				message: `unknown field${didYouMean(key, known)}`,
			}));
		}
		if (issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined) {
			// Zod's own wording ("Invalid input: expected array, received undefined") says less than ours.
			const detail = issue.message.startsWith('Invalid input') ? '' : ` (${issue.message})`;
			return [{ file, field: formatPath(issue.path), message: `missing required field${detail}` }];
		}
		// A record key that fails its schema: Zod says "Invalid key in record"; the key's own issue says what was expected.
		if (issue.code === 'invalid_key' && issue.issues[0])
			return [{ file, field: formatPath(issue.path), message: issue.issues[0].message }];
		return [{ file, field: formatPath(issue.path) || '(frontmatter)', message: issue.message }];
	});
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
	let value = input;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}
