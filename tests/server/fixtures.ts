import { readFileSync } from 'node:fs';
import type { ReadingGrid, StationRecord, TransferEventRecord, WaterDataset } from '../../src/domain/dataset';
import { deriveWaterFigures } from '../../src/domain/water-figures';

const data = <T>(name: string) => JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8')) as T;

/**
 * An imported water dataset for the server tests: the illustrative readings with their NH3-N halved and an import's
 * source, with the figures the domain module derives from it.
 */
export function waterDatasetFixture(name = 'fixture.csv') {
  const readings = data<ReadingGrid>('readings.json');
  for (const byIndicator of Object.values(readings.values))
    byIndicator.nh3n = byIndicator.nh3n.map((v) => (v === null ? null : Math.round(v * 500) / 1000));
  const dataset: WaterDataset = {
    source: { kind: 'import', files: [{ name, importedAt: '2026-12-07T10:00:00+08:00', rows: 1234, excluded: 0 }] },
    stations: data<{ stations: StationRecord[] }>('stations.json').stations,
    events: data<{ events: TransferEventRecord[] }>('transfer-events.json').events,
    readings,
  };
  return { dataset, derived: deriveWaterFigures(dataset) };
}
