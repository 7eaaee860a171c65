import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TownRecord } from '../domain/dataset';
import { deriveSewersFigures } from '../domain/sewers-figures';
import { readBundle, writeBundle } from './bundle';
import { ImportError } from './problems';
import { defaultTownChoices, importedSewers, mergeSewers, readSewersFile } from './sewers-import';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/import/${name}`));
const utf8 = (text: string) => new TextEncoder().encode(text);
const KNOWN: TownRecord[] = [
  { id: 'jiaze', name: { zh: '嘉泽镇', en: 'Jiaze' }, location: null },
  { id: 'luoyang', name: { zh: '洛阳镇', en: 'Luoyang' }, location: null },
];
const HEADER = '村名,镇,状态,户数,处理方式,计划管网(km),已建管网(km),开工日期,完工日期';

// The fixture's own rows, read naively: the expected figures.
const rows = readFileSync('tests/fixtures/import/villages.csv', 'utf8')
  .trim()
  .split('\r\n')
  .slice(1)
  .map((l) => l.split(','));

async function datasetOf(names: string[], towns = KNOWN) {
  const files = await Promise.all(names.map(async (n) => readSewersFile(n, fixture(n))));
  const merged = mergeSewers(files, towns);
  const files_ = files.map((f) => ({ name: f.name, rows: f.report.rowsAccepted }));
  return {
    merged,
    dataset: await importedSewers(merged, defaultTownChoices(merged.towns), files_, '2026-11-30T10:00:00+08:00'),
  };
}

describe('the sewer tables', () => {
  it('tell a village table from a plan by their headers, in CSV and XLSX alike', async () => {
    const [csv, xlsx, plan] = await Promise.all(
      ['villages.csv', 'villages.xlsx', 'plan.csv'].map((n) => readSewersFile(n, fixture(n))),
    );
    expect([csv!.report.kind, xlsx!.report.kind, plan!.report.kind]).toEqual(['villages', 'villages', 'plan']);
    expect(csv!.villages).toHaveLength(rows.length);
    const withoutRow = (v: { row: number }) => ({ ...v, row: 0 });
    expect(xlsx!.villages.map(withoutRow)).toEqual(csv!.villages.map(withoutRow));
    expect(plan!.plan).toHaveLength(3 * 48);
  });

  it('make a programme whose figures are the table’s own: counts, km, the plan at the as-of month', async () => {
    const { dataset, merged } = await datasetOf(['villages.csv', 'plan.csv']);
    expect(merged.towns.map((t) => [t.name, t.known?.id ?? null])).toEqual([
      ['嘉泽镇', 'jiaze'],
      ['洛阳镇', 'luoyang'],
      ['雪堰镇', null],
    ]);
    const latest = rows
      .flatMap((r) => [r[7]!, r[8]!])
      .filter(Boolean)
      .sort()
      .at(-1)!;
    expect(dataset.asOf).toBe(`${latest}T00:00:00+08:00`);
    const { summary, towns, programme } = deriveSewersFigures(dataset);
    expect(summary.villages).toEqual({
      total: rows.length,
      completed: rows.filter((r) => r[2] === '已完成').length,
      inProgress: rows.filter((r) => r[2] === '在建').length,
      notStarted: rows.filter((r) => r[2] === '未开工').length,
    });
    expect(summary.pipelineKm.built).toBeCloseTo(
      rows.reduce((s, r) => s + Number(r[6]), 0),
      9,
    );
    // The last month with actuals equals the summary; towns sum to the programme.
    const lastActual = programme.filter((m) => m.completedVillages !== null).at(-1)!;
    expect(lastActual.month).toBe(latest.slice(0, 7));
    expect([lastActual.completedVillages, lastActual.builtKm]).toEqual([
      summary.villages.completed,
      summary.pipelineKm.built,
    ]);
    expect(towns.reduce((s, t) => s + t.villages.total, 0)).toBe(summary.villages.total);
    // The plan at the as-of month, from the plan table.
    const planAt = (town: string) =>
      Number(
        readFileSync('tests/fixtures/import/plan.csv', 'utf8')
          .split('\r\n')
          .find((l) => l.startsWith(`${latest.slice(0, 7)},${town},`))!
          .split(',')[2],
      );
    expect(towns.find((t) => t.id === 'luoyang')!.plan!.plannedToDate.villages).toBe(planAt('洛阳镇'));
    // Pinyin for the English name, as the illustrative villages have.
    expect(dataset.villages[0]!.name).toEqual({ zh: '上村', en: 'Shangcun' });
    // A new town too, beside the known towns' own English names.
    expect(dataset.towns.map((t) => t.name.en)).toEqual(['Jiaze', 'Luoyang', 'Xueyanzhen']);
  });

  it('travel in a bundle, checked on load', async () => {
    const { dataset } = await datasetOf(['villages.csv', 'plan.csv']);
    const text = writeBundle({ water: null, sewers: dataset }, '2026-11-30T11:00:00+08:00');
    expect(readBundle(text)).toEqual({ water: null, sewers: dataset });
    const stray = JSON.parse(text) as { sewers: { villages: { townId: string }[] } };
    stray.sewers.villages[0]!.townId = 'nowhere';
    expect(() => readBundle(JSON.stringify(stray))).toThrow(/bad-bundle/);
  });

  it('without a plan table, every plan figure is null — never a zero', async () => {
    const { dataset } = await datasetOf(['villages.csv']);
    const { summary, towns, programme } = deriveSewersFigures(dataset);
    expect(summary.plan).toBeNull();
    expect(towns.every((t) => t.plan === null)).toBe(true);
    expect(programme.every((m) => m.plannedVillages === null && m.plannedKm === null)).toBe(true);
  });
});

describe('bad sewer rows', () => {
  const read = (body: string) => readSewersFile('v.csv', utf8(`${HEADER}\n${body}`));

  it('are rejected row by row with their reason', async () => {
    const { report, villages } = await read(
      [
        '甲,嘉泽镇,已完成,10,接管入厂,1,1,2023-01-01,2023-02-01',
        '乙,嘉泽镇,差不多,10,接管入厂,1,1,2023-01-01,2023-02-01',
        '丙,嘉泽镇,已完成,10,接管入厂,1,1,2023-03-01,2023-02-01',
        '丁,嘉泽镇,在建,10,接管入厂,1,2,2023-01-01,',
        '戊,嘉泽镇,已完成,10,接管入厂,1,1,2023-01-01,',
        '己,嘉泽镇,在建,10,接管入厂,1,0.5,2023-01-01,2023-05-01',
        '庚,嘉泽镇,未开工,-3,接管入厂,1,0,,',
        '辛,嘉泽镇,未开工,10,土法,1,0,,',
        ',嘉泽镇,未开工,10,接管入厂,1,0,,',
        '壬,嘉泽镇,在建,10,接管入厂,1,0.5,去年,',
      ].join('\n'),
    );
    expect(report.rejections.map((r) => [r.row, r.reason])).toEqual([
      [3, 'unknown-status'],
      [4, 'completed-before-started'],
      [5, 'built-above-planned'],
      [6, 'completed-without-date'],
      [7, 'date-but-not-completed'],
      [8, 'bad-number'],
      [9, 'unknown-treatment'],
      [10, 'no-village'],
      [11, 'bad-date'],
    ]);
    expect(villages.map((v) => v.name)).toEqual(['甲']);
  });

  it('take counts in decimal digits up to 100 000, km up to 1 000 a village, dates from 1990 to a year ahead', async () => {
    const { report, villages } = await read(
      [
        '甲,嘉泽镇,未开工,0x10,接管入厂,1,0,,',
        '乙,嘉泽镇,未开工,1e20,接管入厂,1,0,,',
        '丙,嘉泽镇,未开工,100001,接管入厂,1,0,,',
        '丁,嘉泽镇,未开工,10,接管入厂,1e308,0,,',
        '戊,嘉泽镇,未开工,10,接管入厂,1001,0,,',
        '己,嘉泽镇,已完成,10,接管入厂,1,1,2023-01-01,9999-12-31',
        '庚,嘉泽镇,在建,10,接管入厂,1,0.5,1989-12-31,',
        `${'长'.repeat(101)},嘉泽镇,未开工,10,接管入厂,1,0,,`,
        '辛,嘉泽镇,未开工,100000,接管入厂,1000,0,,',
      ].join('\n'),
    );
    expect(report.rejections.map((r) => [r.row, r.reason])).toEqual([
      [2, 'bad-number'],
      [3, 'bad-number'],
      [4, 'implausible-number'],
      [5, 'bad-number'],
      [6, 'implausible-number'],
      [7, 'implausible-date'],
      [8, 'implausible-date'],
      [9, 'long-name'],
    ]);
    expect(report.rejections.at(-1)!.value).toHaveLength(101);
    expect(villages.map((v) => [v.name, v.households, v.pipelineKm.planned])).toEqual([['辛', 100000, 1000]]);
  });

  it('ask for a confirmation when a town repeats names more than 10 times', async () => {
    const copies = (n: number, town: string) =>
      Array.from({ length: n }, () => `上村,${town},未开工,10,接管入厂,1,0,,`).join('\n');
    const ten = mergeSewers([await read(copies(11, '嘉泽镇'))], KNOWN);
    expect(ten.manyDuplicates).toEqual([]);
    const many = mergeSewers([await read(`${copies(12, '嘉泽镇')}\n${copies(3, '洛阳镇')}`)], KNOWN);
    expect(many.manyDuplicates).toEqual([{ town: '嘉泽镇', rows: 11 }]);
    expect(many.villages).toHaveLength(15);
  });

  it('keep duplicate names within a town, the later one numbered, and report them', async () => {
    const file = await read(
      [
        '上村,嘉泽镇,未开工,1,接管入厂,1,0,,',
        '上村,嘉泽镇,未开工,1,接管入厂,1,0,,',
        '上村,洛阳镇,未开工,1,接管入厂,1,0,,',
      ].join('\n'),
    );
    const merged = mergeSewers([{ ...file }], KNOWN);
    expect(merged.duplicates).toEqual(['嘉泽镇 · 上村']);
    expect(merged.villages.map((v) => v.uniqueName)).toEqual(['上村', '上村（2）', '上村']);
  });

  it('report a plan that falls from one month to the next', async () => {
    const plan = await readSewersFile(
      'p.csv',
      utf8('月份,镇,计划村数,计划公里\n2024-01,嘉泽镇,10,5\n2024年2月,嘉泽镇,9,6\n2024/3,嘉泽镇,12,5.5\n'),
    );
    expect(plan.plan.map((r) => r.month)).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(mergeSewers([plan], KNOWN).planDecreases).toEqual([
      '嘉泽镇 2024-02: 10 → 9',
      '嘉泽镇 2024-03: 6 km → 5.5 km',
    ]);
  });

  it('name the missing columns of a village table', async () => {
    await expect(readSewersFile('x.csv', utf8('村名,镇,状态\n甲,嘉泽镇,已完成\n'))).rejects.toThrow(ImportError);
    try {
      await readSewersFile('x.csv', utf8('村名,镇,状态\n甲,嘉泽镇,已完成\n'));
    } catch (error) {
      expect((error as ImportError).problem).toMatchObject({
        code: 'missing-columns',
        table: 'villages',
        missing: ['households', 'treatment', 'plannedKm', 'builtKm', 'startedOn', 'completedOn'],
      });
    }
  });

  it('take a changed mapping over the header', async () => {
    const body = '村名,镇,状态,户数,方式,甲,乙,开工日期,完工日期\n上村,嘉泽镇,未开工,10,接管入厂,1.5,0,,\n';
    await expect(readSewersFile('m.csv', utf8(body))).rejects.toThrow(ImportError);
    const read = await readSewersFile('m.csv', utf8(body), { mapping: { treatment: 4, plannedKm: 5, builtKm: 6 } });
    expect(read.villages[0]).toMatchObject({ treatment: 'sewer_to_plant', pipelineKm: { planned: 1.5, built: 0 } });
  });

  it('keep formula- and markup-looking names as text', async () => {
    const { villages } = await read(
      '"=HYPERLINK(""http://x"",""y"")",<img src=x onerror=alert(1)>,未开工,1,接管入厂,1,0,,',
    );
    expect([villages[0]!.name, villages[0]!.town]).toEqual([
      '=HYPERLINK("http://x","y")',
      '<img src=x onerror=alert(1)>',
    ]);
  });
});
