// One formatter for the whole build: creating an Intl.DateTimeFormat per call was a measurable
// share of the build at 1,000 guides.
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** A date as readers see it on a guide: "28 November 2026". Always UTC, so builds agree. */
export function formatDate(date: Date): string {
	return LONG_DATE.format(date);
}

/** A date as `YYYY-MM-DD` for `<time datetime>` and machine readers. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** Whole months from `from` to `to` (UTC): 2026-01-31 to 2026-02-28 is 0, to 2026-03-01 is 1. */
export function monthsBetween(from: Date, to: Date): number {
	const months =
		(to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
	return to.getUTCDate() < from.getUTCDate() ? months - 1 : months;
}

/** "14 months", "2 years", "1 year and 3 months": how long ago a guide was checked. */
export function formatAge(months: number): string {
	const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	const years = Math.floor(months / 12);
	const rest = months % 12;
	if (years === 0) return plural(months, 'month');
	return rest === 0
		? plural(years, 'year')
		: `${plural(years, 'year')} and ${plural(rest, 'month')}`;
}

/** How many months ago a guide was checked, when that is long enough to call it stale. */
export function staleAge(updated: Date, now: Date, staleAfterMonths: number): number | undefined {
	const months = monthsBetween(updated, now);
	return months >= staleAfterMonths ? months : undefined;
}
