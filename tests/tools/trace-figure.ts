/**
 * Prints the files the overview's NH3-N change passes through, from the domain module that computes it to the
 * component that shows it, in the built app's default host (the mock worker, the illustrative data): the files whose
 * runtime code reads or passes the number. `npx tsx tests/tools/trace-figure.ts`; the README lists its output.
 *
 * The path is declared hop by hop (`figure-path.ts`), and each hop is checked against the code, so that the list cannot drift from it
 * silently: the file must hold the named code, and must hand the value on to the next hop, either by a runtime import
 * of it (`import type` does not count) or across a named boundary (a data file, a thread, an HTTP response). A hop
 * that is removed or renamed fails the check; a layer added between two hops breaks the link between them.
 */
import { FIGURE_PATH, pathProblems } from './figure-path';

const problems = pathProblems();

console.log("The overview's NH3-N change, from the domain module to the screen:\n");
FIGURE_PATH.forEach((hop, index) => {
  const via = hop.crossing ? `  → ${hop.crossing.name}` : '';
  console.log(`${String(index + 1).padStart(2)}. ${hop.file.padEnd(56)} ${hop.role}${via}`);
});
const atDataTime = FIGURE_PATH.filter((hop) => hop.buildTime).map((hop) => hop.file);
console.log(
  `\n${FIGURE_PATH.length} files; ${FIGURE_PATH.length - atDataTime.length} without ${atDataTime.join(', ')}, which runs at \`npm run data\`` +
    (problems.length ? '' : '. Each hop checked against the code.'),
);
if (problems.length) {
  console.error('\nThe declared path no longer matches the code:');
  for (const problem of problems) console.error(`  ${problem}`);
  process.exitCode = 1;
}
