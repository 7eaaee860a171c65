import { describe, expect, it } from 'vitest';
import { classify, isClassified } from './gb3838';

describe('classify (GB 3838-2002, "≤" limits)', () => {
  it.each([
    // value equal to a limit stays in that class
    ['nh3n', 0.15, 'I'],
    ['nh3n', 0.151, 'II'],
    ['nh3n', 0.5, 'II'],
    ['nh3n', 0.501, 'III'],
    ['nh3n', 1.0, 'III'],
    ['nh3n', 1.5, 'IV'],
    ['nh3n', 2.0, 'V'],
    ['nh3n', 2.001, 'worse-than-V'],
    ['nh3n', 0, 'I'],
    ['tn', 0.2, 'I'],
    ['tn', 0.201, 'II'],
    ['tn', 0.5, 'II'],
    ['tn', 1.0, 'III'],
    ['tn', 1.001, 'IV'],
    ['tn', 1.5, 'IV'],
    ['tn', 2.0, 'V'],
    ['tn', 2.3, 'worse-than-V'],
  ] as const)('%s %f → %s', (indicator, value, expected) => {
    expect(classify(indicator, value, 'lake')).toBe(expected);
  });

  it('has no class for a missing or non-finite value', () => {
    expect(classify('nh3n', null)).toBeNull();
    expect(classify('nh3n', Number.NaN)).toBeNull();
    expect(classify('tn', Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('classifies TN at lake stations only, not in the inflow river or the outflow canal', () => {
    expect(isClassified('tn', 'inflow')).toBe(false);
    expect(isClassified('tn', 'outflow')).toBe(false);
    expect(classify('tn', 1.2, 'inflow')).toBeNull();
    expect(classify('tn', 1.2, 'outflow')).toBeNull();
    expect(classify('tn', 1.2, 'lake')).toBe('IV');
    expect(classify('nh3n', 1.2, 'outflow')).toBe('IV');
    expect(classify('nh3n', 1.2, 'inflow')).toBe('IV');
  });
});
