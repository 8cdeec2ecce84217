// Prints one line per suite and a closing `tests: N passed, N failed` line for CI, from the JSON
// reports Vitest and Playwright write to tests/.output/. A suite whose report is missing did not
// run (an earlier step failed) and counts as one failure, so the line never claims a clean run.
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

function unitCounts(): Counts | undefined {
	const report = read('unit.json') as
		| { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }
		| undefined;
	if (!report) return undefined;
	return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

function e2eCounts(): Counts | undefined {
	const report = read('e2e.json') as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } } | undefined;
	if (!report) return undefined;
	const { expected, unexpected, flaky, skipped } = report.stats;
	return { passed: expected, failed: unexpected + flaky, skipped };
}

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
for (const [name, counts] of [
	['unit', unitCounts()],
	['e2e', e2eCounts()],
] as const) {
	const c = counts ?? { passed: 0, failed: 1, skipped: 0 };
	console.log(counts ? `${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped` : `${name}: did not run`);
	total.passed += c.passed;
	total.failed += c.failed;
	total.skipped += c.skipped;
}
console.log(`tests: ${total.passed} passed, ${total.failed} failed`);
