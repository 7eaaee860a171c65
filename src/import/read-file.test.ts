import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it, vi } from 'vitest';
import { ImportError, type ImportProblem } from './problems';
import { zipBomb } from '../../tests/fixtures/import/zip-bomb';
import { type FileOptions, readReadingsFile } from './read-file';

// SheetJS's reader, watched: a workbook over the limits must be refused before it is handed anything.
vi.mock('@e965/xlsx', async (original) => {
  const module = await original<typeof import('@e965/xlsx')>();
  return { ...module, read: vi.fn(module.read) };
});

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/import/${name}`));
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Shanghai wall-clock time → the epoch ms the reader keys readings by. */
const timeOf = (wall: string) => Date.parse(`${wall.replace(' ', 'T')}:00+08:00`);

async function problemOf(bytes: Uint8Array, options: FileOptions = {}): Promise<ImportProblem> {
  try {
    await readReadingsFile('f.csv', bytes, options);
  } catch (error) {
    if (error instanceof ImportError) return error.problem;
    throw error;
  }
  throw new Error('read without a problem');
}

describe('the release table', () => {
  // The fixture's own rows, read naively: what every format of it must give.
  const lines = readFileSync('tests/fixtures/import/release-table-utf8.csv', 'utf8').trim().split('\r\n').slice(1);
  const rows = lines.map((line) => line.split(','));
  const centre = rows.filter((r) => r[2] === '滆湖心' && r[11] !== '--');

  it.each([
    ['release-table-utf8.csv', 'csv'],
    ['release-table-gb18030.csv', 'csv'],
    ['release-table.xlsx', 'workbook'],
  ])('reads %s: every row, the three stations, gaps by reason, the detection limit', async (name, format) => {
    const file = await readReadingsFile(name, fixture(name));
    expect(file.format).toBe(format);
    expect(file.report.layout).toBe('wide');
    expect(file.report.rowsRead).toBe(rows.length);
    expect(file.report.rowsAccepted).toBe(rows.length);
    expect(file.report.rowsRejected).toBe(0);
    expect([...file.stations.keys()]).toEqual(['滆湖北', '滆湖心', '滆湖南']);
    // 滆湖心's maintenance day: 6 rows × 2 indicators; 滆湖北's one lost TN reading.
    expect(file.report.missing).toEqual({ maintenance: 12, dash: 1 });
    expect(file.report.belowDetection).toBe(1);
    expect(file.report.ignored).toContain('总磷(mg/L)');
    expect(file.report.ignored).not.toContain('氨氮(mg/L)');
    const last = centre.at(-1)!;
    expect(file.stations.get('滆湖心')!.nh3n.get(timeOf(last[3]!))?.value).toBeCloseTo(Number(last[11]), 9);
    expect(file.stations.get('滆湖心')!.nh3n.size).toBe(centre.length);
    expect(file.stations.get('滆湖南')!.nh3n.get(timeOf('2023-09-06 08:00'))?.value).toBe(0.0125);
  });

  it('guesses GB18030 for GBK bytes, and says how much does not decode when told to read them as UTF-8', async () => {
    const guessed = await readReadingsFile('gbk.csv', fixture('release-table-gb18030.csv'));
    expect(guessed.encoding).toBe('gb18030');
    expect(guessed.undecodable).toBe(0);
    const forced = await problemOf(fixture('release-table-gb18030.csv'), { encoding: 'utf-8' });
    // The header's Chinese names do not decode, so no column is found: the message lists what was read instead.
    expect(forced.code).toBe('missing-columns');
  });
});

describe('bad input', () => {
  it('refuses an empty file and one of blank lines', async () => {
    expect(await problemOf(new Uint8Array())).toEqual({ code: 'empty' });
    expect(await problemOf(utf8('\r\n\r\n  \r\n'))).toEqual({ code: 'empty' });
  });

  it('refuses a binary file renamed .csv', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(await problemOf(png)).toEqual({ code: 'binary' });
  });

  it('names the missing columns and lists the ones found', async () => {
    expect(await problemOf(utf8('站点,水温,pH\n滆湖心,18,7.9\n'))).toEqual({
      code: 'missing-columns',
      table: 'readings',
      missing: ['time', 'nh3n', 'tn'],
      found: ['站点', '水温', 'pH'],
      more: 0,
    });
  });

  it('lists at most 30 of the columns found, and quotes at most 100 characters of one', async () => {
    const cells = Array.from({ length: 20_000 }, (_, i) => (i === 0 ? 'x'.repeat(5000) : `c${i}`));
    const problem = await problemOf(utf8(`${cells.join(',')}\n`));
    expect(problem).toMatchObject({ code: 'missing-columns', more: 19_970 });
    const found = (problem as Extract<ImportProblem, { code: 'missing-columns' }>).found;
    expect(found).toHaveLength(30);
    expect(found[0]).toBe(`${'x'.repeat(100)}…`);
  });

  it('reads rows ending in CRLF, CR and LF in turn, every one', async () => {
    const ends = ['\r\n', '\r', '\n'];
    const lines = Array.from({ length: 18 }, (_, i) => `滆湖心,2023-10-10 ${String(i).padStart(2, '0')}:00,0.4,1.8`);
    const text = ['站点,时间,氨氮,总氮', ...lines].map((line, i) => `${line}${ends[i % 3]!}`).join('');
    const { report, stations } = await readReadingsFile('ends.csv', utf8(text));
    expect(report).toMatchObject({ rowsRead: 18, rowsAccepted: 18, rowsRejected: 0 });
    expect([...stations.get('滆湖心')!.tn.values()].map((r) => r.value)).toEqual(Array(18).fill(1.8));
  });

  it('refuses a NUL byte anywhere, naming its line, instead of a station that looks like another', async () => {
    const lines = ['站点,时间,氨氮,总氮'];
    for (let i = 0; lines.join('\n').length < 70_000; i++) lines.push(`滆湖心,2023-10-10 08:00,0.4,1.8`);
    const bytes = utf8(`${lines.join('\n')}\n滆\u0000湖心,2023-10-10 12:00,0.4,1.8\n`);
    expect(await problemOf(bytes)).toEqual({ code: 'nul-byte', line: lines.length + 1 });
  });

  it('reads UTF-8 with a few bad bytes as UTF-8, counting them and naming their rows', async () => {
    const good = utf8('站点,时间,氨氮,总氮\n滆湖心,2023-10-10 08:00,0.4,1.8\n滆湖心,2023-10-10 12:00,0.5,1.9\n');
    const bytes = new Uint8Array([...good.slice(0, -1), 0x58, 0xff, 0xfe, 0xff, 0x0a]);
    const read = await readReadingsFile('slip.csv', bytes);
    expect([read.encoding, read.undecodable, read.undecodableRows]).toEqual(['utf-8', 3, [3]]);
  });

  it('refuses times before 1990 or over a year after the import, and does not read 0000 as 1900', async () => {
    const csv = [
      '站点,时间,氨氮,总氮',
      '滆湖心,9999-12-31 08:00,0.4,1.8',
      '滆湖心,2204-01-01 08:00,0.4,1.8',
      '滆湖心,0000-01-01 08:00,0.4,1.8',
      '滆湖心,1989-12-31 20:00,0.4,1.8',
      '滆湖心,2023-10-10 08:00,0.4,1.8',
    ].join('\n');
    const { report, stations } = await readReadingsFile('typos.csv', utf8(csv));
    expect(report.rejections.map((r) => [r.row, r.reason])).toEqual([
      [2, 'implausible-time'],
      [3, 'implausible-time'],
      [4, 'bad-time'],
      [5, 'implausible-time'],
    ]);
    expect([...stations.get('滆湖心')!.nh3n.keys()]).toEqual([timeOf('2023-10-10 08:00')]);
  });

  it('refuses a workbook that would unpack past the limits before unpacking it, and reads a real one', async () => {
    vi.mocked(XLSX.read).mockClear();
    expect(await problemOf(zipBomb(50 * 1024 * 1024))).toMatchObject({ code: 'workbook-too-large' });
    expect(XLSX.read).not.toHaveBeenCalled();
    const real = new Uint8Array(
      readFileSync('../shared/fixtures/real/davidTeng2025-water_info_crawler__water_info_江苏省.xlsx'),
    );
    expect((await readReadingsFile('real.xlsx', real, { firstYear: 2026 })).stations.size).toBe(58);
    expect(XLSX.read).toHaveBeenCalledTimes(1);
  });

  it('rejects a station name of over 100 characters, quoting 100 of them', async () => {
    const { report } = await readReadingsFile(
      'long.csv',
      utf8(`站点,时间,氨氮\n${'湖'.repeat(100_000)},2023-10-10 08:00,0.4\n`),
    );
    expect(report.rejections.map((r) => [r.reason, r.value.length, r.station.length])).toEqual([
      ['long-name', 101, 101],
    ]);
  });

  it('rejects unparseable dates, negative, absurd and non-numeric values, row by row', async () => {
    const csv = [
      '站点,时间,氨氮,总氮',
      '滆湖心,2023-10-10 08:00,0.4,1.8',
      '滆湖心,2023-13-45 08:00,0.4,1.8',
      '滆湖心,yesterday,0.4,1.8',
      '滆湖心,2023-10-10 12:00,-0.1,1.8',
      '滆湖心,2023-10-10 16:00,75,1.8',
      '滆湖心,2023-10-10 20:00,abc,xyz',
      ',2023-10-11 00:00,0.4,1.8',
    ].join('\n');
    const { report } = await readReadingsFile('bad.csv', utf8(csv));
    expect(report.rejections.map((r) => [r.row, r.reason])).toEqual([
      [8, 'no-station'],
      [3, 'bad-time'],
      [4, 'bad-time'],
      [5, 'negative'],
      [6, 'implausible'],
      [7, 'not-a-number'],
      [7, 'not-a-number'],
    ]);
    expect(report.rejections[1]!.value).toBe('2023-13-45 08:00');
    // Rows 5 and 6 keep their TN; row 7 gives nothing.
    expect(report).toMatchObject({ rowsRead: 7, rowsAccepted: 3, rowsRejected: 4 });
  });

  it('counts a row repeated as it was once, and takes the later of two rows that differ (a revision)', async () => {
    const csv = [
      '站点,时间,氨氮,总氮',
      '滆湖心,2023-10-10 00:00,0.4,1.8',
      '滆湖心,2023-10-10 00:00,0.4,1.8',
      '滆湖心,2023-10-10 04:00,0.4,1.8',
      '滆湖心,2023-10-10 04:00,0.5,1.9',
    ].join('\n');
    const { report, stations } = await readReadingsFile('rev.csv', utf8(csv));
    expect(report).toMatchObject({ rowsRead: 4, rowsAccepted: 3, rowsRejected: 0, repeats: 1 });
    expect(report.rejections).toEqual([]);
    expect(report.revisions).toEqual([{ station: '滆湖心', time: timeOf('2023-10-10 04:00'), rows: [4, 5] }]);
    expect(stations.get('滆湖心')!.nh3n.get(timeOf('2023-10-10 04:00'))).toEqual({ value: 0.5, row: 5 });
  });

  it('asks for the year of MM-DD times, then places each row near the rows before it (either row order)', async () => {
    const forwards = '断面名称,监测时间,氨氮(mg/L)\n滆湖心,12-31 20:00,0.4\n滆湖心,01-01 00:00,0.5\n';
    expect(await problemOf(utf8(forwards))).toEqual({ code: 'needs-year' });
    const read = await readReadingsFile('f.csv', utf8(forwards), { firstYear: 2023 });
    expect([...read.stations.get('滆湖心')!.nh3n.keys()]).toEqual([
      timeOf('2023-12-31 20:00'),
      timeOf('2024-01-01 00:00'),
    ]);
    const backwards = '断面名称,监测时间,氨氮(mg/L)\n滆湖心,01-01 00:00,0.5\n滆湖心,12-31 20:00,0.4\n';
    const back = await readReadingsFile('b.csv', utf8(backwards), { firstYear: 2024 });
    expect([...back.stations.get('滆湖心')!.nh3n.keys()]).toEqual([
      timeOf('2024-01-01 00:00'),
      timeOf('2023-12-31 20:00'),
    ]);
  });

  it('voids the readings of a row whose status says the station was not measuring, time or no time', async () => {
    const csv = [
      '断面名称,监测时间,氨氮(mg/L),总氮(mg/L),站点情况',
      '滆湖心,2023-10-10 00:00,0.4,1.8,正常',
      '滆湖心,2023-10-10 04:00,0.9,2.8,停站',
      '滆湖心,*,--,--,维护',
      '滆湖心,2023-10-10 08:00,0.5,1.9,不具备运行条件',
    ].join('\n');
    const { report, stations } = await readReadingsFile('status.csv', utf8(csv));
    expect([...stations.get('滆湖心')!.nh3n.keys()]).toEqual([timeOf('2023-10-10 00:00')]);
    expect(report.missing).toEqual({ stopped: 2, maintenance: 2, 'not-operable': 2 });
    expect(report).toMatchObject({ rowsRead: 4, rowsAccepted: 4, rowsRejected: 0 });
  });

  it('skips a second header row of units', async () => {
    const csv = '站点,时间,氨氮,总氮\n,,mg/L,（mg/L）\n滆湖心,2023-10-10 08:00,0.4,1.8\n';
    const { report, stations } = await readReadingsFile('units.csv', utf8(csv));
    expect(report.unitsRow).toBe(true);
    expect(report).toMatchObject({ rowsRead: 1, rowsAccepted: 1, rowsRejected: 0 });
    expect(stations.get('滆湖心')!.tn.get(timeOf('2023-10-10 08:00'))?.value).toBe(1.8);
  });

  it('reads Excel’s “Unicode 文本” (UTF-16 with a BOM, tab-separated) and semicolon-separated text', async () => {
    const text = '站点\t时间\t氨氮\t总氮\r\n滆湖心\t2023-10-10 08:00\t0.4\t1.8\r\n';
    const units = new Uint16Array([0xfeff, ...Array.from(text, (c) => c.charCodeAt(0))]);
    const read = await readReadingsFile('unicode.txt', new Uint8Array(units.buffer));
    expect(read.encoding).toBe('utf-16le');
    expect(read.stations.get('滆湖心')!.tn.get(timeOf('2023-10-10 08:00'))?.value).toBe(1.8);
    const semicolons = await readReadingsFile('s.csv', utf8('站点;时间;氨氮;总氮\n滆湖心;2023-10-10 08:00;0.4;1.8\n'));
    expect(semicolons.stations.get('滆湖心')!.tn.get(timeOf('2023-10-10 08:00'))?.value).toBe(1.8);
  });

  it('keeps formula- and markup-looking station names as the text they are', async () => {
    const csv =
      '站点,时间,氨氮\n"=HYPERLINK(""http://x"",""y"")",2023-10-10 08:00,0.4\n<img src=x onerror=alert(1)>,2023-10-10 08:00,0.4\n';
    const { stations } = await readReadingsFile('h.csv', utf8(csv));
    expect([...stations.keys()]).toEqual(['=HYPERLINK("http://x","y")', '<img src=x onerror=alert(1)>']);
  });

  it('reads the long layout, with units and full-width brackets in the names', async () => {
    const csv =
      '点位名称,采样时间,监测项目,监测值\n滆湖心,2023-10-10 08:00,氨氮（mg/L）,0.41\n滆湖心,2023-10-10 08:00,总氮,1.8\n滆湖心,2023-10-10 08:00,总磷,0.06\n';
    const { report, stations } = await readReadingsFile('long.csv', utf8(csv));
    expect(report.layout).toBe('long');
    expect(stations.get('滆湖心')!.nh3n.get(timeOf('2023-10-10 08:00'))?.value).toBe(0.41);
    expect(stations.get('滆湖心')!.tn.get(timeOf('2023-10-10 08:00'))?.value).toBe(1.8);
    expect(report.rejections.map((r) => r.reason)).toEqual(['unknown-indicator']);
  });

  it('takes a changed mapping over the header', async () => {
    const csv = 'name,when,a,b\n滆湖心,2023-10-10 08:00,0.4,1.8\n';
    expect((await problemOf(utf8(csv))).code).toBe('missing-columns');
    const read = await readReadingsFile('m.csv', utf8(csv), { mapping: { station: 0, time: 1, nh3n: 3 } });
    expect(read.stations.get('滆湖心')!.nh3n.get(timeOf('2023-10-10 08:00'))?.value).toBe(1.8);
  });

  it('reads a workbook with a title row above the header and refuses a corrupt one', async () => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ['滆湖水质'],
      ['站点', '时间', '氨氮', '总氮'],
      ['滆湖心', '2023-10-10 08:00', 0.4, 1.8],
    ]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'S1');
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const read = await readReadingsFile('t.xlsx', bytes);
    expect(read.sheets).toEqual(['S1']);
    expect(read.stations.get('滆湖心')!.tn.get(timeOf('2023-10-10 08:00'))?.value).toBe(1.8);
    const corrupt = bytes.slice(0, 200);
    expect((await problemOf(corrupt)).code).toBe('unreadable-workbook');
  });
});
