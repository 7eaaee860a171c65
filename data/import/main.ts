/**
 * `npm run data:import -- FILE… [--year=2024] [--encoding=gb18030] [--kind=NAME:inflow]… [--headline=NAME]`:
 * reads station readings and the sewer programme's tables (village table, plan; told apart by their headers) with the
 * same parsers `/data` runs in the browser and writes the parts they make to the git-ignored `data/imported/`
 * (`water.json`, `sewers.json` and their figures; new towns are taken as confirmed). A build made with
 * `VITE_DATASET=imported` then serves it as its default (DESIGN §7 "Deployments"); the committed illustrative
 * `data/*.json` are never touched. The bureau server's `npm run serve -- import` reads files the same way.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { StationRecord, TownRecord, TransferEventRecord } from '../../src/domain/dataset';
import { toShanghaiTimestamp } from '../../src/domain/shanghai-time';
import { BatchError, importBatch, parseKinds } from '../../src/import/batch-import';
import { formatJson } from '../generate/dataset';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = <T>(file: string) => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    year: { type: 'string' },
    encoding: { type: 'string' },
    kind: { type: 'string', multiple: true, default: [] },
    headline: { type: 'string' },
  },
});
if (positionals.length === 0) {
  console.error(
    'usage: npm run data:import -- FILE… [--year=YYYY] [--encoding=utf-8|gb18030] [--kind=NAME:lake|inflow|outflow] [--headline=NAME]',
  );
  process.exit(2);
}
if (values.encoding !== undefined && values.encoding !== 'utf-8' && values.encoding !== 'gb18030') {
  console.error(`--encoding must be utf-8 or gb18030, not ${values.encoding}`);
  process.exit(2);
}

try {
  const { water, sewers, log } = await importBatch(
    positionals.map((path) => ({ name: basename(path), bytes: new Uint8Array(readFileSync(path)) })),
    {
      stations: readJson<{ stations: StationRecord[] }>('stations.json').stations,
      events: readJson<{ events: TransferEventRecord[] }>('transfer-events.json').events,
      towns: readJson<{ towns: TownRecord[] }>('sewers-towns.json').towns,
    },
    {
      encoding: values.encoding,
      firstYear: values.year === undefined ? undefined : Number(values.year),
      kinds: parseKinds(values.kind),
      headline: values.headline,
      importedAt: toShanghaiTimestamp(Date.now()),
    },
  );
  for (const line of log) console.log(line);
  const outDir = join(dataDir, 'imported');
  mkdirSync(outDir, { recursive: true });
  if (sewers) {
    writeFileSync(join(outDir, 'sewers.json'), `${formatJson(sewers.dataset)}\n`);
    writeFileSync(join(outDir, 'sewers-figures.json'), `${formatJson(sewers.derived)}\n`);
    console.log(`wrote data/imported/sewers.json (as of ${sewers.dataset.asOf})`);
  }
  if (water) {
    writeFileSync(join(outDir, 'water.json'), `${formatJson(water.dataset)}\n`);
    writeFileSync(join(outDir, 'water-figures.json'), `${formatJson(water.derived)}\n`);
    console.log(`wrote data/imported/water.json (${water.derived.from} … ${water.derived.asOf})`);
  }
  console.log('build it as the default with: VITE_DATASET=imported npm run build');
} catch (error) {
  if (!(error instanceof BatchError)) throw error;
  console.error(error.message);
  process.exit(1);
}
