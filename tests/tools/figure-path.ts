/** The path the README traces (`trace-figure.ts` prints it; `figure-path.test.ts` checks it against the code). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

export interface Hop {
  file: string;
  /** Code in the file that reads or passes the value. */
  code: string;
  /** What the file does with it. */
  role: string;
  /** Runs when the illustrative data is made (`npm run data`), not in the app. */
  buildTime?: true;
  /**
   * How the value reaches the next hop when the next file does not import this one at runtime: the text in this file
   * and in the next that make the crossing.
   */
  crossing?: { name: string; here: string; there: string };
}

/** The overview's NH3-N change, hop by hop, in the built app's default host (the mock worker, the illustrative data). */
export const FIGURE_PATH: readonly Hop[] = [
  {
    file: 'src/domain/water-figures.ts',
    code: 'during.mean! / baseline.mean! - 1',
    role: 'computes the change, during ÷ baseline − 1',
  },
  {
    file: 'data/generate/dataset.ts',
    code: "'water-figures.json': deriveWaterFigures(water)",
    role: 'writes the illustrative figures (npm run data)',
    buildTime: true,
    crossing: { name: 'data/water-figures.json', here: "'water-figures.json'", there: "'../data/water-figures.json'" },
  },
  {
    file: 'mocks/active-dataset.ts',
    code: 'waterFigures: lazyJson(',
    role: "loads the figures file as the water part's derived figures",
    crossing: { name: "the dataset's accessor", here: 'derived: () => files.waterFigures()', there: 'water.derived()' },
  },
  {
    file: 'src/contract/routes/water-quality.ts',
    code: 'derived.summaries',
    role: "answers /water-quality/summary with the event's summary",
  },
  {
    file: 'src/contract/answer.ts',
    code: 'export const ok',
    role: 'wraps it as the answer',
    crossing: { name: 'the route set', here: 'export const ok', there: 'route.resolve(url)' },
  },
  {
    file: 'mocks/mock-api.worker.ts',
    code: 'JSON.stringify(answer.body)',
    role: 'serialises it in the mock worker and posts it to the page',
    crossing: { name: 'a thread (postMessage)', here: "type: 'response'", there: 'new Response(body' },
  },
  {
    file: 'mocks/page-bridge.ts',
    code: 'new Response(body',
    role: "answers the page's fetch with it",
    crossing: { name: 'fetch', here: 'window.fetch =', there: 'await fetch(' },
  },
  { file: 'src/api/client.ts', code: 'export async function apiGet', role: 'parses and validates the response' },
  {
    file: 'src/api/water-quality.ts',
    code: 'waterSummarySchema',
    role: "the summary's schema and query",
  },
  { file: 'src/features/water-quality/use-headline.ts', code: 'figuresOf(', role: "picks the headline station's" },
  { file: 'src/stories/water-summary.ts', code: 'export const figuresOf', role: "finds a station's figures in it" },
  {
    file: 'src/features/water-quality/components/headline-kpis.tsx',
    code: 'formatChange(change, language)',
    role: 'shows it on the overview',
  },
  { file: 'src/i18n/format.ts', code: 'export function formatChange', role: 'formats it as a signed percentage' },
];

const root = join(dirname(new URL(import.meta.url).pathname), '..', '..');
const source = (file: string) => readFileSync(join(root, file), 'utf8');

/** The files `file` imports at runtime (static or dynamic imports; `import type` left out), from the root. */
function runtimeImports(file: string): Set<string> {
  const code = source(file);
  const specifiers = [
    ...code.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'(\.[^']+)'/gms),
    ...code.matchAll(/import\('(\.[^']+)'\)/g),
  ].map((match) => match[1]!);
  return new Set(
    specifiers.map((specifier) => {
      const bare = normalize(join(dirname(file), specifier));
      return (
        ['', '.ts', '.tsx'].map((ext) => bare + ext).find((candidate) => existsSync(join(root, candidate))) ?? bare
      );
    }),
  );
}

/** What no longer matches the code: a hop's file or code gone, or a hop no earlier one reaches. */
export function pathProblems(): string[] {
  const problems: string[] = [];
  FIGURE_PATH.forEach((hop, index) => {
    if (!existsSync(join(root, hop.file))) return problems.push(`${hop.file}: no such file`);
    if (!source(hop.file).includes(hop.code)) problems.push(`${hop.file}: no longer holds \`${hop.code}\``);
    if (index === 0) return;
    // Reached from an earlier hop: one of them imports the other at runtime, or the hop before crosses over to it.
    const imports = runtimeImports(hop.file);
    const linked = FIGURE_PATH.slice(0, index).some(
      (earlier) => imports.has(earlier.file) || runtimeImports(earlier.file).has(hop.file),
    );
    const previous = FIGURE_PATH[index - 1]!;
    const crossing = previous.crossing;
    if (crossing && !(source(previous.file).includes(crossing.here) && source(hop.file).includes(crossing.there)))
      problems.push(`${previous.file} → ${hop.file}: the crossing by ${crossing.name} is not in the code`);
    else if (!crossing && !linked) problems.push(`${hop.file}: no earlier hop imports it or is imported by it`);
  });
  return problems;
}
