/** Edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
		}
		previous = current;
	}
	return previous[b.length]!;
}

/**
 * The known value closest to a mistyped one, if it is close enough to be a typo.
 * @example nearest('aws/acess-denied', ['aws/access-denied']) // 'aws/access-denied'
 */
export function nearest(value: string, known: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Math.max(2, Math.floor(value.length / 3)) + 1;
	for (const candidate of known) {
		const distance = editDistance(value, candidate);
		if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
	}
	return best;
}

/** ` — did you mean "x"?` when a close value exists, otherwise an empty string. */
export function didYouMean(value: string, known: Iterable<string>): string {
	const match = nearest(value, known);
	return match ? ` — did you mean "${match}"?` : '';
}
