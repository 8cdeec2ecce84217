// Temporary author aid: validates the frontmatter of the guide files given on the command line.
import { readFileSync } from 'node:fs';
import { splitFrontmatter } from '../content-checks/frontmatter.ts';
import { guideSchema } from '../schemas/guide.ts';

let failed = 0;
for (const file of process.argv.slice(2)) {
	const { data } = splitFrontmatter(readFileSync(file, 'utf8'));
	const result = guideSchema().safeParse(data);
	if (result.success) {
		console.log(`${file}: ok`);
		continue;
	}
	failed++;
	for (const issue of result.error.issues) console.log(`${file}: ${issue.path.join('.')}: ${issue.message}`);
}
process.exit(failed ? 1 : 0);
