// `npm run check`: validates every guide and provider in about a second, without building.
// Prints one line per problem (`file: field: message`) and exits 1 if there is any; warnings
// (`file: field: warning: message`: stale guides, oldest first, and guides with nothing to fill)
// are printed and do not fail, unless `--strict` makes the stale ones errors. Facts about
// guides unchanged since the last check or build are reused; `--fresh` reads every file again.
import { formatProblem } from '../content-checks/problem.ts';
import { readContentFiles, validateFiles } from '../content-checks/validate.ts';
import { ValidationCache } from '../content-checks/validation-cache.ts';

const root = new URL('../../', import.meta.url);
const start = performance.now();
const fresh = process.argv.includes('--fresh');
// `--strict`: a stale guide is an error, not a warning (for a release, or a scheduled job).
const strict = process.argv.includes('--strict');
const cache = await ValidationCache.load(root);
const files = await readContentFiles(root);
const result = validateFiles(files, fresh ? {} : { cache });
const { guides, unchanged, providers, fileCount } = result;
const problems = strict ? [...result.stale, ...result.problems] : result.problems;
// Stale guides first and oldest first: the ones to check again soonest lead the list.
const warnings = strict ? result.warnings : [...result.stale, ...result.warnings];
if (!fresh) await cache.save(files.map((file) => file.path));
const seconds = ((performance.now() - start) / 1000).toFixed(2);

// Warnings first, so the problems that stop the build end the output.
for (const warning of warnings)
	console.error(formatProblem({ ...warning, message: `warning: ${warning.message}` }));
for (const problem of problems) console.error(formatProblem(problem));
const problemFiles = new Set(problems.map((p) => p.file)).size;
console.log(
	problems.length === 0
		? `content ok: ${guides.length + unchanged.length} guides (${unchanged.length} unchanged), ${providers.length} providers (${fileCount} files) in ${seconds} s${warnings.length ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''}`
		: `\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${problemFiles} file${problemFiles === 1 ? '' : 's'} (${fileCount} files checked in ${seconds} s)`
);
process.exitCode = problems.length === 0 ? 0 : 1;
