/**
 * `npm run data:import -- FILE… [--year=2024] [--encoding=gb18030] [--kind=NAME:inflow]… [--headline=NAME]`:
 * reads station readings with the same parser `/data` runs in the browser and writes the water part of a dataset to
 * the git-ignored `data/imported/`. A build made with `VITE_DATASET=imported` then serves it as its default (DESIGN §7
 * "Deployments"); the committed illustrative `data/*.json` are never touched.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { StationRecord, TransferEventRecord } from '../../src/domain/dataset';
import type { StationKind } from '../../src/domain/gb3838';
import { toShanghaiTimestamp } from '../../src/domain/shanghai-time';
import { deriveWaterFigures } from '../../src/domain/water-figures';
import { ImportError } from '../../src/import/problems';
import { readReadingsFile } from '../../src/import/read-file';
import { defaultStationChoices, importedWater, mergeReadings, stationKey } from '../../src/import/water-import';
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

const files = [];
for (const path of positionals) {
  try {
    const file = await readReadingsFile(basename(path), new Uint8Array(readFileSync(path)), {
      encoding: values.encoding,
      firstYear: values.year === undefined ? undefined : Number(values.year),
    });
    const { rowsRead, rowsAccepted, rowsRejected, rejections } = file.report;
    console.log(`${file.name}: ${rowsRead} rows read, ${rowsAccepted} accepted, ${rowsRejected} rejected`);
    for (const r of rejections.slice(0, 10)) console.log(`  row ${r.row}: ${r.reason} ${r.column ?? ''} ${r.value}`);
    files.push(file);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    console.error(`${path}: ${JSON.stringify(error.problem)}`);
    process.exit(1);
  }
}

const known = readJson<{ stations: StationRecord[] }>('stations.json').stations;
const { events } = readJson<{ events: TransferEventRecord[] }>('transfer-events.json');
const merged = mergeReadings(files, known);
if (!merged.period) {
  console.error('no readings accepted: nothing to write');
  process.exit(1);
}
const kinds = new Map(
  values.kind.map((pair) => {
    const [name, kind] = pair.split(':');
    if (!name || !['lake', 'inflow', 'outflow'].includes(kind ?? ''))
      throw new Error(`--kind ${pair}: NAME:lake|inflow|outflow`);
    return [stationKey(name), kind as StationKind];
  }),
);
const choices = defaultStationChoices(merged.stations, known.find((s) => s.headline)?.id ?? null).map((c) => ({
  ...c,
  kind: kinds.get(c.key) ?? c.kind,
  headline: values.headline === undefined ? c.headline : c.key === stationKey(values.headline),
}));
const importedAt = toShanghaiTimestamp(Date.now());
const water = importedWater(
  merged,
  choices,
  events,
  files.map((f) => ({ name: f.name, rows: f.report.rowsAccepted })),
  importedAt,
);

const outDir = join(dataDir, 'imported');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'water.json'), `${formatJson(water)}\n`);
writeFileSync(join(outDir, 'water-figures.json'), `${formatJson(deriveWaterFigures(water))}\n`);
for (const s of choices) console.log(`station ${s.id} ${s.name.zh} (${s.kind}${s.headline ? ', headline' : ''})`);
console.log(
  `wrote data/imported/ (${toShanghaiTimestamp(merged.period.first)} … ${toShanghaiTimestamp(merged.period.last)})`,
);
console.log('build it as the default with: VITE_DATASET=imported npm run build');
