import { describe, expect, it } from 'vitest';
import { CHARTS, EXTENSIONS, drawsSnapshots, firstScreenExtensions } from './registry';

describe('the chart registry', () => {
  it('draws snapshots only with extensions the snapshot worker has', () => {
    for (const [name, chart] of Object.entries(CHARTS)) {
      const asSnapshot = Object.values(chart.firstScreen as Record<string, string>).includes('snapshot');
      if (!asSnapshot) continue;
      for (const extension of chart.extensions)
        expect(EXTENSIONS[extension].inSnapshots, `${name}: ${extension}`).toBe(true);
    }
  });

  it("derives what a page starts from its first screen's charts", () => {
    expect(drawsSnapshots('/')).toBe(true);
    expect(drawsSnapshots('/wall')).toBe(false);
    expect(drawsSnapshots('/data')).toBe(false);
    expect(firstScreenExtensions('/sewers', 'snapshot')).toEqual(['bar']);
    expect(firstScreenExtensions('/water-quality', 'snapshot')).toEqual(['zoom']);
    expect(firstScreenExtensions('/wall', 'live').sort()).toEqual(['bar', 'zoom']);
    expect(firstScreenExtensions('/', 'live')).toEqual([]);
  });
});
