// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { rememberedMatches, rememberMatches } from './station-matches';
import type { StationChoice } from './water-import';

const choice = (key: string, id: string, matchedByUser: boolean): StationChoice => ({
  key,
  id,
  name: { zh: key, en: key },
  kind: 'lake',
  headline: false,
  location: null,
  matchedByUser,
});

beforeEach(() => localStorage.clear());

describe('remembered station matches', () => {
  it('keeps the names the user matched to known stations, and only those', () => {
    rememberMatches([choice('滆湖(心)', 'gh-c', true), choice('新站', 'station-1', false)], new Set(['gh-c']));
    expect(rememberedMatches()).toEqual({ '滆湖(心)': 'gh-c' });
    rememberMatches([choice('北干河', 'bgh', true)], new Set(['bgh']));
    expect(rememberedMatches()).toEqual({ '滆湖(心)': 'gh-c', 北干河: 'bgh' });
  });

  it('reads nothing from a store that holds something else', () => {
    localStorage.setItem('gehu-station-matches', '[1,2]');
    expect(rememberedMatches()).toEqual({});
    localStorage.setItem('gehu-station-matches', '{"a":"x","b":3}');
    expect(rememberedMatches()).toEqual({ a: 'x' });
  });
});
