import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StationRecord } from '../domain/dataset';
import { readBundle, writeBundle } from './bundle';
import { ImportError } from './problems';
import { readReadingsFile } from './read-file';
import { defaultStationChoices, importedWater, mergeReadings, stationKey } from './water-import';

const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (name: string, text: string) => readReadingsFile(name, utf8(text));
const KNOWN: StationRecord[] = [
  { id: 'gh-c', name: { zh: '滆湖心', en: 'Ge Lake Centre' }, kind: 'lake', headline: true, location: null },
  {
    id: 'bgh',
    name: { zh: '北干河入湖口', en: 'Beigan River Inlet' },
    kind: 'inflow',
    headline: false,
    location: null,
  },
];
const EVENT = {
  id: 'e',
  name: { zh: '调水', en: 'Transfer' },
  source: { zh: '', en: '' },
  start: '2023-10-10T00:00:00+08:00',
  end: null,
  flowM3s: 100,
  note: { zh: '', en: '' },
};

async function datasetOf(...files: [string, string][]) {
  const read_ = await Promise.all(files.map(([name, text]) => read(name, text)));
  const merged = mergeReadings(read_, KNOWN);
  const files_ = read_.map((f) => ({ name: f.name, rows: f.report.rowsAccepted }));
  return importedWater(
    merged,
    defaultStationChoices(merged.stations, 'gh-c'),
    [EVENT],
    files_,
    '2026-11-30T10:00:00+08:00',
  );
}

describe('an import as a dataset', () => {
  it('gives the same dataset from the UTF-8, GB18030 and XLSX release tables', async () => {
    const datasets = await Promise.all(
      ['release-table-utf8.csv', 'release-table-gb18030.csv', 'release-table.xlsx'].map(async (name) => {
        const file = await readReadingsFile(name, new Uint8Array(readFileSync(`tests/fixtures/import/${name}`)));
        const merged = mergeReadings([file], KNOWN);
        return importedWater(merged, defaultStationChoices(merged.stations, 'gh-c'), [EVENT], [], 'x').readings;
      }),
    );
    expect(datasets[1]).toEqual(datasets[0]);
    expect(datasets[2]).toEqual(datasets[0]);
  });

  it('puts readings on the grid from 00:00 of the first day to the last slot holding one, nulls between', async () => {
    const { readings, stations } = await datasetOf([
      'a.csv',
      '站点,时间,氨氮,总氮\n滆湖心,2023-10-10 09:30,0.41234,\n滆湖心,2023-10-11 04:00,0.5,1.9\n',
    ]);
    expect(readings.start).toBe('2023-10-10T00:00:00+08:00');
    expect(readings.slots).toBe(6 + 2);
    expect(readings.values['gh-c']!.nh3n).toEqual([null, null, 0.412, null, null, null, null, 0.5]);
    expect(readings.values['gh-c']!.tn).toEqual([null, null, null, null, null, null, null, 1.9]);
    expect(stations).toEqual([KNOWN[0]]);
  });

  it('merges files in order, the later one winning a station and slot, and counts the slots it replaced', async () => {
    const first = ['one.csv', 'station,time,NH3-N\n滆湖心,2023-10-10 08:00,0.4\n滆湖心,2023-10-10 12:00,0.4\n'] as [
      string,
      string,
    ];
    const second = ['two.csv', 'station,time,NH3-N\n 滆湖心 ,2023-10-10 09:00,0.6\n'] as [string, string];
    const files = await Promise.all([first, second].map(([n, t]) => read(n, t)));
    const merged = mergeReadings(files, KNOWN);
    expect(merged.overridden).toBe(1);
    expect(merged.stations).toHaveLength(1);
    const { readings } = await datasetOf(first, second);
    expect(readings.values['gh-c']!.nh3n.slice(2, 4)).toEqual([0.6, 0.4]);
  });

  it('matches names across full- and half-width forms and spaces; a new name becomes a new lake station', async () => {
    const merged = mergeReadings(
      [await read('n.csv', '站点,时间,氨氮\nＧｅ Lake  Centre,2023-10-10 08:00,0.4\n新站,2023-10-10 08:00,0.3\n')],
      KNOWN,
    );
    expect(merged.stations.map((s) => s.known?.id ?? null)).toEqual(['gh-c', null]);
    const choices = defaultStationChoices(merged.stations, 'gh-c');
    expect(choices.map((c) => [c.id, c.kind, c.headline])).toEqual([
      ['gh-c', 'lake', true],
      ['station-1', 'lake', false],
    ]);
    expect(choices[1]!.name).toEqual({ zh: '新站', en: '新站' });
  });

  it('matches a name the user matched before, and with no known headline picks the station read most', async () => {
    const text =
      '站点,时间,氨氮\n滆湖(心),2023-10-10 08:00,0.4\n甲,2023-10-10 08:00,0.3\n乙,2023-10-10 08:00,0.3\n乙,2023-10-10 12:00,0.3\n';
    const file = await read('m.csv', text);
    expect(mergeReadings([file], KNOWN).stations.map((s) => s.known?.id ?? null)).toEqual([null, null, null]);
    const remembered = mergeReadings([file], KNOWN, { [stationKey('滆湖(心)')]: 'gh-c' });
    expect(remembered.stations.map((s) => s.known?.id ?? null)).toEqual(['gh-c', null, null]);
    const fresh = mergeReadings([file], []);
    expect(defaultStationChoices(fresh.stations, 'gh-c').map((c) => [c.name.zh, c.headline])).toEqual([
      ['滆湖(心)', false],
      ['甲', false],
      ['乙', true],
    ]);
  });

  it('survives a bundle round trip, and a bundle that lies about its grid is refused with the field named', async () => {
    const dataset = await datasetOf(['a.csv', '站点,时间,氨氮\n滆湖心,2023-10-10 08:00,0.4\n']);
    const text = writeBundle({ water: dataset, sewers: null }, '2026-11-30T11:00:00+08:00');
    expect(readBundle(text)).toEqual({ water: dataset, sewers: null });
    const broken = JSON.parse(text) as { water: { readings: { slots: number } } };
    broken.water.readings.slots += 1;
    expect(() => readBundle(JSON.stringify(broken))).toThrow(ImportError);
    try {
      readBundle(JSON.stringify(broken));
    } catch (error) {
      expect((error as ImportError).problem).toEqual({
        code: 'bad-bundle',
        detail: 'readings.values.gh-c.nh3n: 3 values for 4 slots',
      });
    }
    expect(() => readBundle(JSON.stringify({ ...JSON.parse(text), version: 2 }))).toThrow(/bad-bundle/);
    expect(() => readBundle('{"format":"x"}')).toThrow(/bad-bundle/);
    expect(() => readBundle(writeBundle({ water: null, sewers: null }, '2026-11-30T11:00:00+08:00'))).toThrow(
      /bad-bundle/,
    );
  });
});

describe('a long series', () => {
  it('merges more readings of one station than a function call takes arguments', async () => {
    const rows = ['站点,时间,氨氮,总氮'];
    for (let h = 0; h < 150_000; h++) {
      const t = new Date(Date.UTC(2010, 0, 1) + h * 3_600_000).toISOString();
      rows.push(`滆湖心,${t.slice(0, 10)} ${t.slice(11, 16)},0.4,1.8`);
    }
    const merged = mergeReadings([await read('long.csv', rows.join('\n'))], KNOWN);
    expect(merged.stations[0]).toMatchObject({ readings: { nh3n: 37_500, tn: 37_500 }, cadenceMinutes: 60 });
    expect(merged.stations[0]!.last - merged.stations[0]!.first).toBe((150_000 - 1) * 3_600_000);
  });
});
