/**
 * Sums the Vitest and Playwright JSON reports into one line "N passed, N failed".
 * A failing run whose reports count no failure (type-check or lint failed first, or a runner crashed) counts one.
 */
import { existsSync, readFileSync } from 'node:fs';

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number };
}

function read<T>(path: string): T | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null;
}

const vitest = read<VitestReport>('test-results/vitest.json');
const playwright = read<PlaywrightReport>('test-results/playwright.json');
const exitStatus = Number(process.argv[2] ?? 0);

const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats.expected ?? 0) + (playwright?.stats.flaky ?? 0);
let failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats.unexpected ?? 0);

console.log(`vitest: ${vitest ? `${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed` : 'no report'}`);
console.log(
  `playwright: ${playwright ? `${playwright.stats.expected + playwright.stats.flaky} passed, ${playwright.stats.unexpected} failed` : 'no report'}`,
);
if (exitStatus !== 0 && failed === 0) {
  console.log('the test command failed outside the test runners (type-check, lint or a crash): counted as 1 failed');
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
