import { describe, expect, it } from 'vitest';
import { carriedOver, parseSearch, stringifySearch } from './search';

describe('search params', () => {
  it('reads links as they have always been written', () => {
    expect(parseSearch('?rotate=0&refresh=2&replay=2023-10-16&lastYear=true&lang=en&stations=gh-c%2Cgh-n')).toEqual({
      rotate: 0,
      refresh: 2,
      replay: '2023-10-16',
      lastYear: true,
      lang: 'en',
      stations: 'gh-c,gh-n',
    });
    expect(parseSearch('town=%22123%22&q=%E5%A5%94')).toEqual({ town: '123', q: '奔' });
    expect(parseSearch('')).toEqual({});
  });

  it('writes texts that would read as something else quoted, and leaves out what is undefined', () => {
    expect(stringifySearch({ town: '123', q: 'true', sort: 'households.desc', rotate: 5, lastYear: false })).toBe(
      '?town=%22123%22&q=%22true%22&sort=households.desc&rotate=5&lastYear=false',
    );
    expect(stringifySearch({ preset: undefined })).toBe('');
  });

  it('reads back what it writes', () => {
    const values = { a: 'x y', b: '1', c: 1, d: '2023-10-16', e: true, f: '"quoted"', g: '奔牛镇' };
    expect(parseSearch(stringifySearch(values))).toEqual(values);
  });

  it('carries over the language and the mock scenario only', () => {
    expect(carriedOver({ lang: 'en', mock: 'slow', town: 'x' })).toEqual({ lang: 'en', mock: 'slow' });
    expect(carriedOver({ town: 'x' })).toEqual({});
  });
});
