// Real error messages collected from official documentation and public issue threads, each with
// where it was found and the guide it belongs to (or null when no guide covers it).
import { readdirSync, readFileSync } from 'node:fs';

export interface ErrorFixture {
	text: string;
	form: string;
	source: string;
	expect: string | null;
	why: string;
	/** `aws.json#12`: where the fixture is, for failure messages. */
	where: string;
}

const dir = new URL('../fixtures/errors/', import.meta.url);

export const errorFixtures: ErrorFixture[] = readdirSync(dir)
	.filter((file) => file.endsWith('.json'))
	.sort()
	.flatMap((file) =>
		(JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Omit<ErrorFixture, 'where'>[]).map(
			(fixture, i) => ({ ...fixture, where: `${file}#${i}` })
		)
	);
