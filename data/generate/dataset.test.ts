import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DAY_MS, parseShanghaiDate, parseShanghaiTimestamp } from '../../src/domain/shanghai-time';
import {
  arrivalLag,
  dailyValues,
  stats,
  toPoints,
  yearBefore,
  type Point,
} from '../../tests/contract/reference-figures';
import { PROGRAMME, TOWNS } from './config';
import { datasetFiles, formatJson, generateDataset } from './dataset';

// The story is checked with the tests' own reference computation, not with the domain module that derives the
// served figures from this data.
const files = datasetFiles(generateDataset());
const readings = files['readings.json'];
const start = parseShanghaiTimestamp(readings.start)!;
const step = readings.stepMinutes * 60_000;
const transferStart = parseShanghaiDate('2023-10-10')!;
const transferEnd = parseShanghaiDate('2024-01-01')!;

const series = (station: string, indicator: 'nh3n' | 'tn'): Point[] =>
  toPoints(readings.start, readings.stepMinutes, readings.values[station]![indicator]);
/** Mean of the non-null values in [from, to). */
const meanIn = (points: readonly Point[], from: number, to: number) => {
  const values = points.filter((p) => p.t >= from && p.t < to && p.v !== null).map((p) => p.v!);
  return values.reduce((a, b) => a + b, 0) / values.length;
};
/** Daily values as points at their day's start. */
const daily = (points: readonly Point[]): Point[] => [...dailyValues(points)].map(([t, v]) => ({ t, v }));

const lakeStations = ['gh-n', 'gh-c', 'gh-s', 'gh-e'];
const stations = [...lakeStations, 'bgh'];

const sumOf = <T>(items: readonly T[], f: (item: T) => number) => items.reduce((s, x) => s + f(x), 0);
const round3 = (x: number) => Math.round(x * 1000) / 1000;

describe('the generator', () => {
  it('is deterministic: the same seed gives the same bytes, another seed other data', () => {
    const again = datasetFiles(generateDataset());
    for (const [file, content] of Object.entries(files)) {
      expect(formatJson(again[file as keyof typeof again]), file).toBe(formatJson(content));
    }
    expect(formatJson(generateDataset(7).water.readings)).not.toBe(formatJson(readings));
  });

  it('matches the committed data/ files byte for byte (run `npm run data` after changing it)', () => {
    for (const [file, content] of Object.entries(files)) {
      const committed = readFileSync(join(import.meta.dirname, '..', file), 'utf8');
      expect(committed === `${formatJson(content)}\n`, `${file} is stale`).toBe(true);
    }
  });
});

describe('water-quality data', () => {
  it('has every 4-hour slot from 2022-07-01 00:00 to 2024-03-31 20:00 at all five stations', () => {
    expect(readings.start).toBe('2022-07-01T00:00:00+08:00');
    // 640 days: 2024 is a leap year
    expect(readings.slots).toBe(640 * 6);
    expect(start + (readings.slots - 1) * step).toBe(Date.parse('2024-03-31T20:00:00+08:00'));
    for (const id of stations) {
      for (const indicator of ['nh3n', 'tn'] as const) {
        expect(readings.values[id]![indicator]).toHaveLength(readings.slots);
      }
    }
  });

  it('loses 1–3 % of readings to gaps, including at least one whole day per station', () => {
    for (const id of stations) {
      const values = readings.values[id]!.nh3n;
      const share = values.filter((v) => v === null).length / values.length;
      expect(share, id).toBeGreaterThanOrEqual(0.01);
      expect(share, id).toBeLessThanOrEqual(0.03);
      // some whole day without a reading
      expect(dailyValues(series(id, 'nh3n')).size, id).toBeLessThan(readings.slots / 6);
      // both indicators fail together: an outage of the station, not of one sensor
      expect(readings.values[id]!.tn.map((v) => v === null)).toEqual(values.map((v) => v === null));
    }
  });

  it('writes concentrations with at most 3 decimals, all positive', () => {
    for (const id of stations) {
      for (const v of [...readings.values[id]!.nh3n, ...readings.values[id]!.tn]) {
        if (v === null) continue;
        expect(v).toBeGreaterThan(0);
        expect(round3(v)).toBe(v);
      }
    }
  });

  it.each(stations)(
    '%s: NH3-N and TN mean during the transfer is below the 30 days before and the same days last year',
    (id) => {
      for (const indicator of ['nh3n', 'tn'] as const) {
        const r = series(id, indicator);
        const kind = id === 'bgh' ? 'inflow' : 'lake';
        const during = stats(r, transferStart, transferEnd, indicator, kind).mean!;
        expect(during).toBeLessThan(stats(r, transferStart - 30 * DAY_MS, transferStart, indicator, kind).mean!);
        const lastYear = stats(r, yearBefore(transferStart), yearBefore(transferEnd), indicator, kind).mean!;
        expect(during, `${id} ${indicator} vs last year`).toBeLessThan(lastYear);
      }
    },
  );

  it('follows the story of the year before at the lake stations: no transfer, Oct–Dec stays high (DESIGN §4)', () => {
    const window = (from: string, to: string) => [parseShanghaiDate(from)!, parseShanghaiDate(to)! + DAY_MS] as const;
    for (const id of lakeStations) {
      const nh3n = daily(series(id, 'nh3n'));
      const tn = daily(series(id, 'tn'));
      const summer = meanIn(nh3n, ...window('2022-07-01', '2022-09-09'));
      expect(summer, `${id} summer NH3-N`).toBeGreaterThanOrEqual(0.15);
      expect(summer, `${id} summer NH3-N`).toBeLessThanOrEqual(0.45);
      const baseline = meanIn(nh3n, ...window('2022-09-10', '2022-10-09'));
      const autumn = meanIn(nh3n, ...window('2022-10-10', '2022-12-31'));
      expect(baseline, `${id} NH3-N 2022-09-10 … 10-09`).toBeGreaterThanOrEqual(0.45);
      expect(baseline, `${id} NH3-N 2022-09-10 … 10-09`).toBeLessThanOrEqual(0.65);
      expect(autumn, `${id} NH3-N Oct–Dec 2022`).toBeGreaterThanOrEqual(0.45);
      expect(autumn, `${id} NH3-N Oct–Dec 2022`).toBeLessThanOrEqual(0.7);
      expect(autumn, `${id} NH3-N stays high or rises`).toBeGreaterThanOrEqual(baseline);
      const winter = meanIn(nh3n, ...window('2023-01-01', '2023-04-30'));
      expect(winter, `${id} NH3-N winter–spring`).toBeGreaterThanOrEqual(0.4);
      expect(winter, `${id} NH3-N winter–spring`).toBeLessThanOrEqual(0.65);
      const tnYear = meanIn(tn, ...window('2022-07-01', '2023-06-30'));
      expect(tnYear, `${id} TN`).toBeGreaterThanOrEqual(1.4);
      expect(tnYear, `${id} TN`).toBeLessThanOrEqual(2.4);
      const tnBaseline = meanIn(tn, ...window('2022-09-10', '2022-10-09'));
      expect(meanIn(tn, ...window('2022-10-10', '2022-12-31')), `${id} TN no fall Oct–Dec`).toBeGreaterThanOrEqual(
        tnBaseline * 0.98,
      );
    }
  });

  it('follows the story targets at the lake stations (daily means, DESIGN §4)', () => {
    const window = (from: string, to: string) => [parseShanghaiDate(from)!, parseShanghaiDate(to)! + DAY_MS] as const;
    const before = [transferStart - 30 * DAY_MS, transferStart] as const;
    for (const id of lakeStations) {
      const nh3n = daily(series(id, 'nh3n'));
      const tn = daily(series(id, 'tn'));
      const baselineNh3n = meanIn(nh3n, ...before);
      const baselineTn = meanIn(tn, ...before);
      expect(baselineNh3n, `${id} NH3-N baseline`).toBeGreaterThanOrEqual(0.45);
      expect(baselineNh3n, `${id} NH3-N baseline`).toBeLessThanOrEqual(0.65);
      expect(baselineTn, `${id} TN baseline`).toBeGreaterThanOrEqual(1.9);
      expect(baselineTn, `${id} TN baseline`).toBeLessThanOrEqual(2.3);
      const summer = meanIn(nh3n, ...window('2023-07-01', '2023-09-09'));
      expect(summer, `${id} summer NH3-N`).toBeGreaterThanOrEqual(0.15);
      expect(summer, `${id} summer NH3-N`).toBeLessThanOrEqual(0.45);
      // during, once the water has arrived (the last seven weeks of the transfer)
      const settled = window('2023-11-10', '2023-12-31');
      const changeNh3n = meanIn(nh3n, ...settled) / baselineNh3n - 1;
      const changeTn = meanIn(tn, ...settled) / baselineTn - 1;
      expect(changeNh3n, `${id} NH3-N change`).toBeGreaterThanOrEqual(-0.5);
      expect(changeNh3n, `${id} NH3-N change`).toBeLessThanOrEqual(-0.3);
      expect(changeTn, `${id} TN change`).toBeGreaterThanOrEqual(-0.3);
      expect(changeTn, `${id} TN change`).toBeLessThanOrEqual(-0.15);
      const after = meanIn(nh3n, ...window('2024-02-01', '2024-03-31'));
      expect(after, `${id} NH3-N rises back`).toBeGreaterThan(meanIn(nh3n, ...settled));
    }
  });

  it.each([
    ['bgh', 0, 2],
    ['gh-n', 2, 5],
    ['gh-c', 7, 12],
    ['gh-e', 12, 20],
    ['gh-s', 12, 20],
  ])('%s: the transfer water arrives (NH3-N arrival lag) within %i–%i days', (id, min, max) => {
    const lag = arrivalLag(series(id, 'nh3n'), transferStart, transferEnd, true).lagDays;
    expect(lag).not.toBeNull();
    expect(lag!).toBeGreaterThanOrEqual(min);
    expect(lag!).toBeLessThanOrEqual(max);
  });

  it('TN also falls 20 % at every station, the inlet first', () => {
    const lags = stations.map((id) => arrivalLag(series(id, 'tn'), transferStart, transferEnd, true).lagDays);
    for (const lag of lags) expect(lag).not.toBeNull();
    expect(Math.min(...(lags as number[]))).toBe(lags[stations.indexOf('bgh')]);
  });

  it('has exactly one headline station, gh-c', () => {
    const list = files['stations.json'].stations;
    expect(list.map((s) => s.id)).toEqual(['gh-n', 'gh-c', 'gh-s', 'gh-e', 'bgh']);
    expect(list.filter((s) => s.headline).map((s) => s.id)).toEqual(['gh-c']);
  });
});

describe('sewer data', () => {
  // Towns with their counts and the summary are derived figures (checked against the contract's definitions in
  // tests/contract); here they are read to check the story and the sums the data must keep.
  const { villages } = files['sewers-villages.json'];
  const { summary, towns: derivedTowns, programme } = files['sewers-figures.json'];
  const towns = TOWNS.map((config) => derivedTowns.find((t) => t.id === config.id)!);
  const progress = { programme, towns: files['sewers-progress.json'].progress };

  it('has 759 villages and 1080 km planned in 7 towns, the FACTS split', () => {
    expect(villages).toHaveLength(759);
    expect(summary.villages.total).toBe(759);
    expect(summary.pipelineKm.planned).toBe(1080);
    expect(towns.map((t) => [t.id, t.villages.total, t.pipelineKm.planned])).toEqual(
      TOWNS.map((t) => [t.id, t.villages, t.pipelineKm]),
    );
  });

  it('towns sum to the summary and villages sum to their towns, to the metre', () => {
    for (const key of ['total', 'completed', 'inProgress', 'notStarted'] as const) {
      expect(sumOf(towns, (t) => t.villages[key])).toBe(summary.villages[key]);
    }
    expect(round3(sumOf(towns, (t) => t.pipelineKm.built))).toBe(summary.pipelineKm.built);
    for (const town of towns) {
      const own = villages.filter((v) => v.townId === town.id);
      expect(own).toHaveLength(town.villages.total);
      expect(own.filter((v) => v.status === 'completed')).toHaveLength(town.villages.completed);
      expect(own.filter((v) => v.status === 'in_progress')).toHaveLength(town.villages.inProgress);
      expect(round3(sumOf(own, (v) => v.pipelineKm.planned))).toBe(town.pipelineKm.planned);
      expect(round3(sumOf(own, (v) => v.pipelineKm.built))).toBe(town.pipelineKm.built);
    }
  });

  it('the last month with actuals equals the summary, overall and per town', () => {
    const last = progress.programme.findLast((m) => m.completedVillages !== null)!;
    expect(last.month).toBe('2024-03');
    expect(last.completedVillages).toBe(summary.villages.completed);
    expect(last.builtKm).toBe(summary.pipelineKm.built);
    for (const town of towns) {
      const townLast = progress.towns[town.id]!.at(26)!;
      expect(townLast.month).toBe('2024-03');
      expect(townLast.completedVillages).toBe(town.villages.completed);
      expect(townLast.builtKm).toBe(town.pipelineKm.built);
    }
  });

  it('plans 2022-01 … 2025-12 cumulatively to the full programme, actuals null after the as-of month', () => {
    const months = progress.programme;
    expect(months).toHaveLength(48);
    expect([months[0]!.month, months.at(-1)!.month]).toEqual(['2022-01', '2025-12']);
    expect(months.at(-1)!.plannedVillages).toBe(759);
    expect(months.at(-1)!.plannedKm).toBe(1080);
    for (let i = 1; i < months.length; i++) {
      expect(months[i]!.plannedVillages!).toBeGreaterThanOrEqual(months[i - 1]!.plannedVillages!);
      expect(months[i]!.plannedKm!).toBeGreaterThanOrEqual(months[i - 1]!.plannedKm!);
      if (months[i]!.completedVillages !== null) {
        expect(months[i]!.completedVillages!).toBeGreaterThanOrEqual(months[i - 1]!.completedVillages!);
      }
    }
    expect(months.filter((m) => m.completedVillages === null).map((m) => m.month)[0]).toBe('2024-04');
  });

  it('is about half done overall, on an S-curve', () => {
    const share = summary.villages.completed / 759;
    expect(share).toBeGreaterThanOrEqual(0.5);
    expect(share).toBeLessThanOrEqual(0.55);
    const at = (month: string) => progress.programme.find((m) => m.month === month)!.plannedVillages! / 759;
    expect(at('2022-12')).toBeGreaterThan(0.1);
    expect(at('2022-12')).toBeLessThan(0.2);
    expect(at('2024-12')).toBeGreaterThan(0.75);
  });

  it('tells the town story: trunk-sewer towns at or ahead of plan, Luoyang and Xueyan 15–25 % behind', () => {
    for (const town of towns) {
      const month = progress.towns[town.id]!.at(26)!;
      const ratio = month.completedVillages! / month.plannedVillages!;
      if (['luoyang', 'xueyan'].includes(town.id)) {
        expect(ratio, town.id).toBeGreaterThanOrEqual(0.75);
        expect(ratio, town.id).toBeLessThanOrEqual(0.85);
      } else {
        expect(ratio, town.id).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('gives every village plausible figures and dates consistent with its status', () => {
    const [minKm, maxKm] = PROGRAMME.kmPerVillage;
    for (const v of villages) {
      expect(v.households).toBeGreaterThanOrEqual(80);
      expect(v.households).toBeLessThanOrEqual(600);
      expect(v.pipelineKm.planned).toBeGreaterThanOrEqual(minKm);
      expect(v.pipelineKm.planned).toBeLessThanOrEqual(maxKm);
      expect(round3(v.pipelineKm.planned)).toBe(v.pipelineKm.planned);
      expect(v.pipelineKm.built).toBeLessThanOrEqual(v.pipelineKm.planned);
      if (v.status === 'completed') {
        expect(v.pipelineKm.built).toBe(v.pipelineKm.planned);
        expect(v.startedOn! <= v.completedOn!).toBe(true);
        expect(v.completedOn! <= '2024-03-31').toBe(true);
      } else if (v.status === 'in_progress') {
        expect(v.startedOn! <= '2024-03-31').toBe(true);
        expect(v.completedOn).toBeNull();
        expect(v.pipelineKm.built).toBeGreaterThan(0);
      } else {
        expect([v.startedOn, v.completedOn, v.pipelineKm.built]).toEqual([null, null, 0]);
      }
      if (v.startedOn) expect(v.startedOn >= '2022-01-01').toBe(true);
    }
    const share = villages.filter((v) => v.treatment === 'sewer_to_plant').length / villages.length;
    expect(share).toBeGreaterThan(0.6);
    expect(share).toBeLessThan(0.7);
  });

  it('names every village uniquely, in Chinese with its pinyin', () => {
    expect(new Set(villages.map((v) => v.name.zh)).size).toBe(759);
    expect(new Set(villages.map((v) => v.name.en)).size).toBe(759);
    for (const v of villages) {
      expect(v.name.zh).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
      expect(v.name.en).toMatch(/^[A-Z][a-z]+$/);
    }
  });
});
