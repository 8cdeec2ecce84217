/**
 * The `limit` most recently checked guides, newest first, then by title: what a listing of fixed
 * size shows, whatever the size of the corpus.
 */
export function recentlyChecked<T extends { data: { updated: Date; title: string } }>(
	guides: readonly T[],
	limit: number
): T[] {
	return [...guides]
		.sort(
			(a, b) =>
				b.data.updated.getTime() - a.data.updated.getTime() ||
				a.data.title.localeCompare(b.data.title)
		)
		.slice(0, limit);
}
