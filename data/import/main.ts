/**
 * `npm run data:import -- FILE… [--year=2024] [--encoding=gb18030] [--kind=NAME:inflow]… [--headline=NAME]`:
 * reads station readings and the sewer programme's tables (village table, plan; told apart by their headers) with the
 * same parsers `/data` runs in the browser and writes the parts they make to the git-ignored `data/imported/`
 * (`water.json`, `sewers.json` and their figures; new towns are taken as confirmed). A build made with `VITE_DATASET=imported` then serves it as its default (DESIGN §7
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
import { type FileOptions, readReadingsFile } from '../../src/import/read-file';
import { defaultStationChoices, importedWater, mergeReadings, stationKey } from '../../src/import/water-import';
import { defaultTownChoices, importedSewers, mergeSewers, readSewersFile } from '../../src/import/sewers-import';
import { deriveSewersFigures } from '../../src/domain/sewers-figures';
import type { TownRecord } from '../../src/domain/dataset';
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
const sewerFiles = [];
const options: FileOptions = {
  encoding: values.encoding,
  firstYear: values.year === undefined ? undefined : Number(values.year),
};
for (const path of positionals) {
  const bytes = new Uint8Array(readFileSync(path));
  try {
    let file;
    try {
      file = await readReadingsFile(basename(path), bytes, options);
      files.push(file);
    } catch (error) {
      // Not readings: a sewer table, or the readings' own problem when it is not one either.
      if (!(error instanceof ImportError && error.problem.code === 'missing-columns')) throw error;
      try {
        file = await readSewersFile(basename(path), bytes, options);
      } catch {
        throw error;
      }
      sewerFiles.push(file);
    }
    const { rowsRead, rowsAccepted, rowsRejected, rejections } = file.report;
    console.log(`${file.name}: ${rowsRead} rows read, ${rowsAccepted} accepted, ${rowsRejected} rejected`);
    for (const r of rejections.slice(0, 10)) console.log(`  row ${r.row}: ${r.reason} ${r.column ?? ''} ${r.value}`);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    console.error(`${path}: ${JSON.stringify(error.problem)}`);
    process.exit(1);
  }
}
const importedAt = toShanghaiTimestamp(Date.now());
const outDir = join(dataDir, 'imported');
mkdirSync(outDir, { recursive: true });

if (sewerFiles.length) {
  const towns = readJson<{ towns: TownRecord[] }>('sewers-towns.json').towns;
  const merged = mergeSewers(sewerFiles, towns);
  if (merged.planDecreases.length) {
    console.error(`the plan falls from one month to the next: ${merged.planDecreases.join('; ')}`);
    process.exit(1);
  }
  const sewers = await importedSewers(
    merged,
    defaultTownChoices(merged.towns),
    sewerFiles.map((f) => ({ name: f.name, rows: f.report.rowsAccepted })),
    importedAt,
  );
  writeFileSync(join(outDir, 'sewers.json'), `${formatJson(sewers)}\n`);
  writeFileSync(join(outDir, 'sewers-figures.json'), `${formatJson(deriveSewersFigures(sewers))}\n`);
  for (const t of merged.towns) console.log(`town ${t.name}${t.known ? '' : ' (new)'}: ${t.villages} villages`);
  if (merged.duplicates.length) console.log(`duplicate names (numbered): ${merged.duplicates.join(', ')}`);
  console.log(`wrote data/imported/sewers.json (as of ${sewers.asOf})`);
}
if (files.length === 0) {
  console.log('build it as the default with: VITE_DATASET=imported npm run build');
  process.exit(0);
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
const water = importedWater(
  merged,
  choices,
  events,
  files.map((f) => ({ name: f.name, rows: f.report.rowsAccepted })),
  importedAt,
);

writeFileSync(join(outDir, 'water.json'), `${formatJson(water)}\n`);
writeFileSync(join(outDir, 'water-figures.json'), `${formatJson(deriveWaterFigures(water))}\n`);
for (const s of choices) console.log(`station ${s.id} ${s.name.zh} (${s.kind}${s.headline ? ', headline' : ''})`);
console.log(
  `wrote data/imported/ (${toShanghaiTimestamp(merged.period.first)} … ${toShanghaiTimestamp(merged.period.last)})`,
);
console.log('build it as the default with: VITE_DATASET=imported npm run build');
