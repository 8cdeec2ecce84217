// `npm run check`: validates every guide and provider in seconds, without building the site.
// Prints one line per problem (`file: field: message`) and exits 1 if there is any.
import { formatProblem } from '../content-checks/problem.ts';
import { validateContent } from '../content-checks/validate.ts';

const root = new URL('../../', import.meta.url);
const start = performance.now();
const { problems, guides, providers, fileCount } = await validateContent(root);
const seconds = ((performance.now() - start) / 1000).toFixed(2);

for (const problem of problems) console.error(formatProblem(problem));
const files = new Set(problems.map((p) => p.file)).size;
console.log(
	problems.length === 0
		? `content ok: ${guides.length} guides, ${providers.length} providers (${fileCount} files) in ${seconds} s`
		: `\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (${fileCount} files checked in ${seconds} s)`
);
process.exitCode = problems.length === 0 ? 0 : 1;
