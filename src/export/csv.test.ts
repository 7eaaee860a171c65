import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { fileName } from './download';

describe('toCsv', () => {
  it('starts with a BOM, writes CRLF rows and empty cells for null', () => {
    const text = toCsv(
      ['时间', '滆湖心 氨氮 (mg/L)'],
      [
        ['2023-10-10T00:00:00+08:00', 0.512],
        ['2023-10-10T04:00:00+08:00', null],
      ],
    );
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')).toEqual([
      '时间,滆湖心 氨氮 (mg/L)',
      '2023-10-10T00:00:00+08:00,0.512',
      '2023-10-10T04:00:00+08:00,',
    ]);
  });

  it('quotes separators and keeps formulas and markup as text', () => {
    const text = toCsv(['name'], [['a, "b"'], ['=HYPERLINK("x")'], ['<img src=x onerror=alert(1)>']]);
    const parsed = Papa.parse<string[]>(text.slice(1).trim(), { newline: '\r\n' }).data;
    expect(parsed).toEqual([['name'], ['a, "b"'], [`'=HYPERLINK("x")`], ['<img src=x onerror=alert(1)>']]);
  });
});

describe('fileName', () => {
  it('joins safe parts and drops what a file system would refuse', () => {
    expect(fileName(['ge-lake', 'nh3n', '2023-10-10', '2023-12-31'], 'png')).toBe(
      'ge-lake_nh3n_2023-10-10_2023-12-31.png',
    );
    expect(fileName(['a/b', '  ', 'c:d*'], 'csv')).toBe('a-b_c-d.csv');
  });
});
