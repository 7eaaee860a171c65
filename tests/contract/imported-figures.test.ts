/**
 * The summary contract holds for an import as for the illustrative data: the release-table fixture read by the
 * import's own parser, made active, and every figure the API serves checked against the served series.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { illustrativeDataset, setActiveDataset } from '../../mocks/active-dataset';
import { waterPartOf } from '../../src/contract/served-dataset';
import { server } from '../../mocks/vitest-host';
import { deriveWaterFigures } from '../../src/domain/water-figures';
import { readReadingsFile } from '../../src/import/read-file';
import { defaultStationChoices, importedWater, mergeReadings } from '../../src/import/water-import';
import { describeSummaryContract, fetchWater, get } from './summary-contract';

const NAME = 'release-table-utf8.csv';
const file = await readReadingsFile(NAME, new Uint8Array(readFileSync(`tests/fixtures/import/${NAME}`)));
const known = await illustrativeDataset.water.stations();
const merged = mergeReadings([file], known);
const dataset = importedWater(
  merged,
  defaultStationChoices(merged.stations, 'gh-c'),
  await illustrativeDataset.water.events(),
  [{ name: NAME, rows: file.report.rowsAccepted }],
  '2026-11-30T10:00:00+08:00',
);
setActiveDataset({
  ...illustrativeDataset,
  water: waterPartOf({ dataset, derived: deriveWaterFigures(dataset) }),
});

server.listen({ onUnhandledRequest: 'error' });
afterAll(() => server.close());

const water = await fetchWater();
describeSummaryContract('an imported release table: the summary equals the figures recomputed from the series', water);

describe('an imported release table as the API serves it', () => {
  it('has the three known Ge Lake stations, and only those, the lake centre as headline', () => {
    expect(water.stationsBody.stations.map((s) => s.id)).toEqual(['gh-n', 'gh-c', 'gh-s']);
  });

  it('runs from the first to the last slot holding a reading', async () => {
    expect(water.summary.asOf).toBe('2024-01-15T20:00:00+08:00');
    const daily = await get<{ from: string; to: string }>('/water-quality/series');
    expect([daily.from, daily.to]).toEqual(['2023-09-01', '2024-01-15']);
  });

  it('serves daily values that are each day’s mean of its served 4-hourly values', async () => {
    const daily = await get<{ series: { stationId: string; indicator: string; values: (number | null)[] }[] }>(
      '/water-quality/series',
    );
    expect(daily.series).toHaveLength(water.fourHourly.series.length);
    for (const [i, s] of water.fourHourly.series.entries()) {
      const days = daily.series[i]!;
      expect([days.stationId, days.indicator]).toEqual([s.stationId, s.indicator]);
      expect(days.values).toHaveLength(s.values.length / 6);
      for (const [d, value] of days.values.entries()) {
        const slots = s.values.slice(d * 6, d * 6 + 6).filter((v): v is number => v !== null);
        if (slots.length === 0) expect(value).toBeNull();
        else
          expect(Math.abs(value! - slots.reduce((a, b) => a + b, 0) / slots.length)).toBeLessThanOrEqual(0.0005 + 1e-9);
      }
    }
  });

  it('is marked as imported, with its file, in /meta, while the sewers stay illustrative', async () => {
    const meta = await get<{ synthetic: boolean; sources: Record<string, unknown> }>('/meta');
    expect(meta.synthetic).toBe(true);
    expect(meta.sources).toEqual({
      waterQuality: {
        kind: 'import',
        files: [{ name: NAME, importedAt: '2026-11-30T10:00:00+08:00', rows: file.report.rowsAccepted, excluded: 0 }],
      },
      sewers: { kind: 'illustrative' },
    });
  });

  it('shows the transfer’s effect at every lake station, with no year before to compare with', () => {
    for (const f of water.summary.figures) {
      expect(f.during.mean!, `${f.stationId}/${f.indicator}`).toBeLessThan(f.baseline.mean!);
      expect(f.changeVsLastYear).toBeNull();
    }
  });
});
