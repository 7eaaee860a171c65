import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { WaterDataset } from '../domain/dataset';
import { deriveSewersFigures } from '../domain/sewers-figures';
import { deriveWaterFigures } from '../domain/water-figures';
import { checkSewers, checkWater } from './contract-check';
import { ImportError } from './problems';
import { readReadingsFile } from './read-file';
import { defaultStationChoices, importedWater, mergeReadings } from './water-import';

const problemOf = (run: () => void) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error.problem;
    throw error;
  }
  return null;
};

const file = await readReadingsFile(
  'release-table-utf8.csv',
  new Uint8Array(readFileSync('tests/fixtures/import/release-table-utf8.csv')),
);
const merged = mergeReadings([file], []);
const good = importedWater(merged, defaultStationChoices(merged.stations, null), [], [], '2026-12-07T10:00:00+08:00');

describe('an import checked against the contract before it is stored', () => {
  it('lets through what the API may serve', () => {
    expect(problemOf(() => checkWater(good, deriveWaterFigures(good)))).toBeNull();
  });

  it('stops a station without an id and a value the series may not carry, naming the endpoint and the field', () => {
    const noId: WaterDataset = { ...good, stations: good.stations.map((s, i) => (i === 0 ? { ...s, id: '' } : s)) };
    expect(problemOf(() => checkWater(noId, deriveWaterFigures(noId)))).toEqual({
      code: 'breaks-contract',
      detail: expect.stringMatching(/^\/stations: stations\.0\.id/),
    });
    const [id] = Object.keys(good.readings.values);
    const values = structuredClone(good.readings.values);
    values[id!]!.nh3n[3] = Number.POSITIVE_INFINITY;
    const infinite = { ...good, readings: { ...good.readings, values } };
    expect(problemOf(() => checkWater(infinite, deriveWaterFigures(good)))).toEqual({
      code: 'breaks-contract',
      detail: `/water-quality/series: ${id} nh3n values.3`,
    });
  });

  it('stops a sewer programme the client would reject', () => {
    const dataset = {
      source: { kind: 'illustrative' as const },
      period: { start: '2022-01-01', end: '2025-12-31' },
      asOf: '2024-03-31T00:00:00+08:00',
      towns: [{ id: 't', name: { zh: '镇', en: 'Town' }, location: null }],
      villages: [
        {
          id: 'v',
          name: { zh: '村', en: 'Cun' },
          townId: 't',
          status: 'completed' as const,
          households: 1.5,
          treatment: 'sewer_to_plant' as const,
          pipelineKm: { planned: 1, built: 1 },
          startedOn: '2023-01-01',
          completedOn: '2023-02-01',
        },
      ],
      progress: { t: [] },
    };
    expect(problemOf(() => checkSewers(dataset, deriveSewersFigures(dataset)))).toEqual({
      code: 'breaks-contract',
      detail: expect.stringContaining('/sewers/villages: villages.0.households'),
    });
  });
});
