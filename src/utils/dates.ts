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
