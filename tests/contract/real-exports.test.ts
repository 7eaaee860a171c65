/**
 * The summary contract on real exports (DESIGN §7 v3): the national release's files as scrapers committed them
 * (`shared/fixtures/real/`, byte for byte) and files made with the properties real ones have that those do not show
 * (`tests/fixtures/import/real-like/`), each read by the import's own parser and made active, and every figure the
 * API serves checked against the tests' reference computation — with the illustrative transfer (outside their data),
 * and, for the year of daily snapshots, with a transfer inside the data and one inside its hole.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { illustrativeDataset, setActiveDataset } from '../../mocks/active-dataset';
import { waterPartOf } from '../../src/contract/served-dataset';
import { server } from '../../mocks/vitest-host';
import type { TransferEventRecord } from '../../src/domain/dataset';
import { deriveWaterFigures } from '../../src/domain/water-figures';
import { readReadingsFile } from '../../src/import/read-file';
import { defaultStationChoices, importedWater, mergeReadings } from '../../src/import/water-import';
import { describeSummaryContract, fetchWater, get, type Series } from './summary-contract';

const REAL = '../shared/fixtures/real';
const MADE = 'tests/fixtures/import/real-like';
const truth = JSON.parse(readFileSync(`${MADE}/truth.json`, 'utf8')) as Record<
  string,
  { firstYear: number; stations: Record<string, { first: string; last: string }> }
>;

const event = (id: string, start: string, end: string | null): TransferEventRecord => ({
  id,
  name: { zh: id, en: id },
  source: { zh: '', en: '' },
  start: `${start}T00:00:00+08:00`,
  end: end && `${end}T00:00:00+08:00`,
  flowM3s: 100,
  note: { zh: '', en: '' },
});
const illustrativeEvents = await illustrativeDataset.water.events();
const known = await illustrativeDataset.water.stations();

/** Reads `path` as the import does and makes it the active water data with `events`; the API's answers about it. */
async function activate(path: string, firstYear: number, events: readonly TransferEventRecord[]) {
  const name = path.split('/').at(-1)!;
  const file = await readReadingsFile(name, new Uint8Array(readFileSync(path)), { firstYear });
  const merged = mergeReadings([file], known);
  const dataset = importedWater(
    merged,
    defaultStationChoices(merged.stations, 'gh-c'),
    events,
    [{ name, rows: file.report.rowsAccepted }],
    '2026-12-07T10:00:00+08:00',
  );
  setActiveDataset({
    ...illustrativeDataset,
    water: waterPartOf({ dataset, derived: deriveWaterFigures(dataset) }),
  });
  const water = await fetchWater();
  return { file, merged, dataset, water };
}

server.listen({ onUnhandledRequest: 'error' });
afterAll(() => server.close());

const REAL_FILES = [
  ['jikin001-water_quality__拖山.csv', 2021],
  ['jikin001-water_quality__西山.csv', 2021],
  ['jikin001-water_quality__沙渚.csv', 2021],
  ['jikin001-water_quality__312国道桥.csv', 2021],
  ['davidTeng2025-water_info_crawler__water_info_江苏省.xlsx', 2026],
] as const;

/** What each real file holds, counted by hand from its rows (see the fixtures' README): repeats, revisions, voided rows. */
const REAL_ROWS: Record<string, { repeats: number; revisions: number; voided: number }> = {
  'jikin001-water_quality__拖山.csv': { repeats: 3, revisions: 0, voided: 5 },
  'jikin001-water_quality__西山.csv': { repeats: 5, revisions: 0, voided: 1 },
  'jikin001-water_quality__沙渚.csv': { repeats: 5, revisions: 0, voided: 1 },
  'jikin001-water_quality__312国道桥.csv': { repeats: 0, revisions: 2, voided: 1 },
};

for (const [name, year] of REAL_FILES) {
  const { water, file } = await activate(`${REAL}/${name}`, year, illustrativeEvents);
  describeSummaryContract(`real export ${name}: the summary equals the reference`, water);
  describe(`real export ${name}`, () => {
    const expected = REAL_ROWS[name];
    if (expected)
      it('rejects no row: the twice-listed rows are repeats, revisions take the later row, 维护 rows are gaps', () => {
        const { report } = file;
        expect(report.rowsRejected).toBe(0);
        expect([report.repeats, report.revisions.length, (report.missing.maintenance ?? 0) / 2]).toEqual([
          expected.repeats,
          expected.revisions,
          expected.voided,
        ]);
      });

    it('says the 2023 transfer lies outside its data, for every figure', () => {
      expect(water.summary.event.inData).toBe(false);
      const outside = year < 2023 ? 'event-after-data' : 'event-before-data';
      for (const f of water.summary.figures) expect(Object.values(f.reasons)).toEqual(Array(4).fill(outside));
    });
  });
}

/** Each station's first and last slot holding a reading in the served 4-hourly series. */
function spans(series: Series, names: Map<string, string>) {
  const byStation = new Map<string, number[]>();
  for (const s of series.series) {
    const held = s.values.flatMap((v, i) => (v === null ? [] : [Date.parse(s.start) + i * s.stepMinutes * 60_000]));
    byStation.set(s.stationId, [...(byStation.get(s.stationId) ?? []), ...held]);
  }
  return Object.fromEntries(
    Array.from(byStation, ([id, times]) => [names.get(id)!, { first: Math.min(...times), last: Math.max(...times) }]),
  );
}
/** The 4-hour slot a reading's time falls in. */
const slotOf = (timestamp: string) => Math.floor(Date.parse(timestamp) / (4 * 3_600_000)) * 4 * 3_600_000;

for (const name of [
  'daily-snapshots.csv',
  'daily-reversed-grouped.csv',
  'national-snapshot.csv',
  'text-numbers.xlsx',
]) {
  const { firstYear, stations } = truth[name]!;
  const inData = name.startsWith('daily') ? [event('made-2020', '2020-10-10', '2020-11-20')] : illustrativeEvents;
  const { water, file } = await activate(`${MADE}/${name}`, firstYear, inData);
  const ids = new Map(
    water.stationsBody.stations.map((s) => [s.id, (s as unknown as { name: { zh: string } }).name.zh]),
  );
  describeSummaryContract(`${name}: the summary equals the reference`, water);
  describe(name, () => {
    it('keeps each station’s first and last reading where the file has them', () => {
      const expected = Object.fromEntries(
        Object.entries(stations).map(([station, { first, last }]) => [
          station,
          { first: slotOf(first), last: slotOf(last) },
        ]),
      );
      expect(spans(water.fourHourly, ids)).toEqual(expected);
    });

    if (name.startsWith('daily'))
      it('counts the offline station’s repeated stale row once, and takes no value of the 停站 row', () => {
        const offlineRows = readFileSync(`${MADE}/${name}`, 'utf8')
          .split('\r\n')
          .filter((l) => l.includes('百渎港桥'));
        expect(file.report.repeats).toBe(offlineRows.length - 1);
        expect(file.report.missing.stopped).toBe(2);
        expect(file.report.rejections).toEqual([]);
      });
  });
}

describe('a year of daily snapshots', async () => {
  const { water, merged } = await activate(`${MADE}/daily-snapshots.csv`, 2020, [
    event('made-2020', '2020-10-10', '2020-11-20'),
  ]);
  const xishan = water.stationsBody.stations.find(
    (s) => (s as unknown as { name: { zh: string } }).name.zh === '西山',
  )!;

  it('has figures on daily data: every station read daily has a change and a lag; the offline one says why not', () => {
    expect(water.summary.event.inData).toBe(true);
    const name = (id: string) =>
      (water.stationsBody.stations.find((s) => s.id === id) as unknown as { name: { zh: string } }).name.zh;
    for (const f of water.summary.figures) {
      // The offline station's one reading, of 09-09 20:00, lies before the baseline.
      if (name(f.stationId) === '百渎港桥') expect(f.reasons.change).toBe('baseline-empty');
      else expect([f.change, f.reasons.change]).toEqual([expect.any(Number), null]);
    }
    expect(water.summary.figures.filter((f) => f.indicator === 'nh3n' && f.lagDays !== null)).toHaveLength(3);
  });

  it('leaves the 25.5 mg/L spike out as a suspect value, listed with the station’s median', () => {
    expect(merged.suspects.map((s) => [s.station, s.indicator, s.value])).toEqual([['西山', 'nh3n', 25.5]]);
    expect(merged.suspects[0]!.median).toBeLessThan(0.5);
    const served = water.fourHourly.series.find((s) => s.stationId === xishan.id && s.indicator === 'nh3n')!;
    expect(Math.max(...served.values.filter((v): v is number => v !== null))).toBeLessThan(1);
  });

  it('serves each station’s cadence as daily', async () => {
    const stations = await get<{ stations: { cadenceMinutes: number | null }[] }>('/stations');
    expect(stations.stations.map((s) => s.cadenceMinutes)).toEqual([1440, 1440, 1440, null]);
  });
});

describe('a transfer inside the hole of the daily snapshots', async () => {
  const { water } = await activate(`${MADE}/daily-snapshots.csv`, 2020, [event('in-hole', '2020-12-10', '2021-02-10')]);
  describeSummaryContract('an empty transfer window: the summary equals the reference', water);
  it('says the transfer window holds no reading, for every station read before it', () => {
    expect(water.summary.event.inData).toBe(false);
    const reasons = water.summary.figures.map((f) => f.reasons.change);
    // Three stations × two indicators with a baseline, and the offline station without one.
    expect(reasons).toEqual([...Array(6).fill('during-empty'), 'baseline-empty', 'baseline-empty']);
  });
});
