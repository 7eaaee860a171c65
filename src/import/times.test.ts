import { describe, expect, it } from 'vitest';
import { longGaps, NeedsYear, outOfOrder, placeYears, readTime } from './times';

/** `YYYY-MM-DD HH:mm` in Shanghai → epoch ms, written out independently of the module under test. */
const at = (wall: string) => Date.parse(`${wall.replace(' ', 'T')}:00+08:00`);
const DAY = 86_400_000;

/** The release table's year-less cell of a Shanghai time. */
const short = (ms: number) => {
  const wall = new Date(ms + 8 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())} ${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`;
};
const rowsOf = (station: string, times: readonly number[]) => times.map((t) => ({ station, time: readTime(short(t)) }));

/** A daily snapshot at 08:00 from `from` to `to` inclusive, skipping the days in [holeFrom, holeTo). */
function dailyTimes(from: string, to: string, hole?: [string, string]): number[] {
  const times: number[] = [];
  for (let t = at(`${from} 08:00`); t <= at(`${to} 08:00`); t += DAY)
    if (!hole || t < at(`${hole[0]} 00:00`) || t >= at(`${hole[1]} 00:00`)) times.push(t);
  return times;
}

describe('readTime', () => {
  it.each([
    ['2023-10-10 08:00', { kind: 'time', ms: at('2023-10-10 08:00') }],
    ['2023/1/2 3:04', { kind: 'time', ms: at('2023-01-02 03:04') }],
    ['02-04 11:00', { kind: 'no-year', month: 2, day: 4, hour: 11, minute: 0, second: 0 }],
    ['02-29 00:00', { kind: 'no-year', month: 2, day: 29, hour: 0, minute: 0, second: 0 }],
    ['02-30 00:00', { kind: 'bad-time' }],
    ['*', { kind: 'bad-time' }],
    ['--', { kind: 'bad-time' }],
  ])('reads %s', (cell, expected) => {
    expect(readTime(cell)).toEqual(expected);
  });
});

describe('placeYears (DESIGN §7 v3 "Year-less times")', () => {
  it('asks for the year when a time has none', () => {
    expect(() => placeYears(rowsOf('A', [at('2021-04-01 08:00')]), undefined)).toThrow(NeedsYear);
  });

  it('keeps a year of daily snapshots across New Year whole, through a hole from December to March', () => {
    const times = dailyTimes('2020-05-01', '2021-04-30', ['2020-12-05', '2021-03-02']);
    const placed = placeYears(rowsOf('拖山', times), 2020);
    expect(placed.times).toEqual(times);
    expect(placed.backwards).toBe(false);
  });

  it('places the same rows reversed (newest first) from the first row’s year', () => {
    const times = dailyTimes('2020-05-01', '2021-04-30', ['2020-12-05', '2021-03-02']).reverse();
    const placed = placeYears(rowsOf('拖山', times), 2021);
    expect(placed.times).toEqual(times);
    expect(placed.backwards).toBe(true);
  });

  it('places rows grouped by station, each block from the file’s first row', () => {
    const a = dailyTimes('2020-05-01', '2021-04-30', ['2020-12-05', '2021-03-02']);
    const b = dailyTimes('2020-06-15', '2021-04-30');
    const placed = placeYears([...rowsOf('A', a), ...rowsOf('B', b)], 2020);
    expect(placed.blocks).toBe(true);
    expect(placed.times).toEqual([...a, ...b]);
  });

  it('never places a reading after the newest snapshot: an offline station’s months-old time takes the year before', () => {
    // A one-day national snapshot of 2021-04-05: current stations, and an offline one still showing 09-09 20:00.
    const rows = [
      ...rowsOf('A', [at('2021-04-05 08:00')]),
      ...rowsOf('offline', [at('2020-09-09 20:00')]),
      ...rowsOf('B', [at('2021-04-05 08:00')]),
      ...rowsOf('C', [at('2021-04-05 04:00')]),
    ];
    const placed = placeYears(rows, 2021);
    expect(placed.times).toEqual([
      at('2021-04-05 08:00'),
      at('2020-09-09 20:00'),
      at('2021-04-05 08:00'),
      at('2021-04-05 04:00'),
    ]);
  });

  it('keeps full dates as written and places year-less ones among them', () => {
    const rows = [
      { station: 'A', time: readTime('2023-12-31 20:00') },
      { station: 'A', time: readTime('01-01 00:00') },
    ];
    expect(placeYears(rows, 2023).times).toEqual([at('2023-12-31 20:00'), at('2024-01-01 00:00')]);
  });
});

describe('stale rows and long gaps', () => {
  it('lists a row more than one slot back from its station’s previous row, in the way most rows run', () => {
    const stations = ['A', 'A', 'A', 'B', 'A'].map((station) => ({ station }));
    const times = [
      at('2021-04-01 00:00'),
      at('2021-04-01 04:00'),
      at('2020-09-09 20:00'),
      at('2021-04-01 00:00'),
      at('2021-04-01 08:00'),
    ];
    expect(outOfOrder(stations, times, false)).toEqual([2]);
    // Newest first: the stale row is the one that jumps forward.
    const reversed = [
      at('2021-04-01 08:00'),
      at('2021-04-01 04:00'),
      at('2021-09-09 20:00'),
      at('2021-04-01 00:00'),
      at('2021-04-01 00:00'),
    ];
    expect(outOfOrder(stations, reversed, true)).toEqual([2]);
  });

  it('lists a station whose consecutive rows lie more than six months apart', () => {
    const stations = ['A', 'A', 'B', 'B'].map((station) => ({ station }));
    const times = [at('2020-05-01 08:00'), at('2020-12-01 08:00'), at('2020-05-01 08:00'), at('2020-06-01 08:00')];
    expect(longGaps(stations, times)).toEqual([
      { station: 'A', from: at('2020-05-01 08:00'), to: at('2020-12-01 08:00') },
    ]);
  });
});
