// Prints one line per suite and a closing `tests: N passed, N failed` line for CI, from the JSON
// reports Vitest and Playwright write to tests/.output/. It never reports a clean run that was
// not: a suite whose report is missing did not run (an earlier step failed), errors outside tests
// (a file that fails to load, a web server that does not start) count as failures, and a non-zero
// exit status passed as the first argument adds a failure if nothing else explains it.
import { existsSync, readFileSync } from 'node:fs';

interface Counts {
	passed: number;
	failed: number;
	skipped: number;
}

const output = new URL('.output/', import.meta.url);

function read(file: string): unknown {
	const path = new URL(file, output);
	return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

/** A Vitest JSON report: the unit suite, or the checks over the built site. */
function vitestCounts(file: string): Counts | undefined {
	const report = read(file) as
		| {
				numPassedTests: number;
				numFailedTests: number;
				numPendingTests: number;
				numTodoTests: number;
				numFailedTestSuites: number;
				success: boolean;
		  }
		| undefined;
	if (!report) return undefined;
	// A test file that fails to import, or a failing hook, fails its suite without failing a test.
	const failed = report.numFailedTests + report.numFailedTestSuites || (report.success ? 0 : 1);
	return {
		passed: report.numPassedTests,
		failed,
		skipped: report.numPendingTests + report.numTodoTests,
	};
}

function e2eCounts(): Counts | undefined {
	const report = read('e2e.json') as
		| {
				stats: { expected: number; unexpected: number; flaky: number; skipped: number };
				errors?: unknown[];
		  }
		| undefined;
	if (!report) return undefined;
	const { expected, unexpected, flaky, skipped } = report.stats;
	// Errors outside any test (web server, forbidOnly, a spec that throws on load) are in `errors`.
	return { passed: expected, failed: unexpected + flaky + (report.errors?.length ?? 0), skipped };
}

const status = Number(process.argv[2] ?? 0);
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
for (const [name, counts] of [
	['unit', vitestCounts('unit.json')],
	['site', vitestCounts('site.json')],
	['e2e', e2eCounts()],
] as const) {
	const c = counts ?? { passed: 0, failed: 1, skipped: 0 };
	console.log(
		counts
			? `${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`
			: `${name}: did not run`
	);
	total.passed += c.passed;
	total.failed += c.failed;
	total.skipped += c.skipped;
}
if (status !== 0 && total.failed === 0) {
	console.log(`a step failed outside the test suites (exit status ${status})`);
	total.failed = 1;
}
console.log(`tests: ${total.passed} passed, ${total.failed} failed`);
