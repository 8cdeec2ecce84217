import { formatAge, isoDate, monthsBetween } from '../utils/dates.ts';
import type { Problem } from './problem.ts';

/**
 * Guides whose facts were last checked more than `months` ago, oldest first: the sources may have
 * changed since. Warnings for `npm run check`; `--strict` makes them errors.
 */
export function staleGuides(
	guides: ReadonlyArray<{ file: string; updated: Date | undefined }>,
	today: Date,
	months: number
): Problem[] {
	return guides
		.filter((g): g is { file: string; updated: Date } => g.updated !== undefined)
		.map((g) => ({ ...g, age: monthsBetween(g.updated, today) }))
		.filter((g) => g.age >= months)
		.sort((a, b) => a.updated.getTime() - b.updated.getTime() || (a.file < b.file ? -1 : 1))
		.map((g) => ({
			file: g.file,
			field: 'updated',
			message: `checked ${formatAge(g.age)} ago (${isoDate(g.updated)}): check the facts against the sources again, then update the date`,
		}));
}
