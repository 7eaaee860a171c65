import { describe, expect, it } from 'vitest';
import { extensionsFor } from './extensions';

describe('extensionsFor', () => {
  it('asks for bars where a series is a bar, and for zoom where the option zooms or its legend scrolls', () => {
    expect(extensionsFor({ series: [{ type: 'line', data: [] }] })).toEqual([]);
    expect(extensionsFor({ series: [{ type: 'line' }, { type: 'bar' }] })).toEqual(['bar']);
    expect(extensionsFor({ dataZoom: [{ type: 'inside' }] })).toEqual(['zoom']);
    expect(extensionsFor({ legend: { type: 'scroll' }, series: { type: 'bar' } })).toEqual(['bar', 'zoom']);
  });
});
