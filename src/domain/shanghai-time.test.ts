import { describe, expect, it } from 'vitest';
import {
  endOfShanghaiMonth,
  monthsBetween,
  parseShanghaiDate,
  parseShanghaiMonth,
  parseShanghaiTimestamp,
  startOfShanghaiDay,
  toShanghaiDate,
  toShanghaiTimestamp,
} from './shanghai-time';

describe('Shanghai time', () => {
  it('reads a date as its 00:00 +08:00, whatever the machine zone', () => {
    expect(process.env.TZ).not.toBe('Asia/Shanghai');
    expect(parseShanghaiDate('2023-10-10')).toBe(Date.parse('2023-10-10T00:00:00+08:00'));
  });

  it.each(['2023-02-29', '2023-13-01', '2023-10-1', 'yesterday', '2023-10-10T00:00'])('rejects %s', (text) => {
    expect(parseShanghaiDate(text)).toBeNull();
  });

  it('round-trips timestamps with the +08:00 offset', () => {
    const ms = Date.parse('2024-03-31T20:00:00+08:00');
    expect(toShanghaiTimestamp(ms)).toBe('2024-03-31T20:00:00+08:00');
    expect(parseShanghaiTimestamp('2024-03-31T20:00:00+08:00')).toBe(ms);
    expect(parseShanghaiTimestamp('2024-03-31T20:00:00Z')).toBeNull();
    expect(parseShanghaiTimestamp('2024-03-31T24:00:00+08:00')).toBeNull();
  });

  it('puts 23:00 UTC in the next Shanghai day', () => {
    const ms = Date.parse('2023-12-31T23:00:00Z');
    expect(toShanghaiDate(ms)).toBe('2024-01-01');
    expect(startOfShanghaiDay(ms)).toBe(Date.parse('2024-01-01T00:00:00+08:00'));
  });

  it('lists and bounds months', () => {
    expect(monthsBetween('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(monthsBetween('2022-01', '2025-12')).toHaveLength(48);
    expect(endOfShanghaiMonth('2024-02')).toBe(Date.parse('2024-03-01T00:00:00+08:00'));
    expect(parseShanghaiMonth('2024-02')).toBe(Date.parse('2024-02-01T00:00:00+08:00'));
    expect(parseShanghaiMonth('2024-2')).toBeNull();
  });
});
