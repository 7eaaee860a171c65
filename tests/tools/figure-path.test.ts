import { describe, expect, it } from 'vitest';
import { FIGURE_PATH, pathProblems } from './figure-path';

describe("the overview's NH3-N change, traced (README)", () => {
  it('passes through the files the README lists, each hop still in the code', () => {
    expect(pathProblems()).toEqual([]);
    expect(FIGURE_PATH.map((hop) => hop.file)).toHaveLength(13);
  });
});
