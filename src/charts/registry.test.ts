import { describe, expect, it } from 'vitest';
import { CHARTS, EXTENSIONS, extensionsOf, firstScreenCharts } from './registry';

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
    expect(firstScreenCharts('/', 'snapshot')).toHaveLength(2);
    expect(firstScreenCharts('/wall', 'snapshot')).toEqual([]);
    expect(firstScreenCharts('/data', 'live')).toEqual([]);
    expect(extensionsOf(firstScreenCharts('/sewers', 'snapshot'))).toEqual(['bar']);
    expect(extensionsOf(firstScreenCharts('/water-quality', 'snapshot'))).toEqual(['zoom']);
    expect(extensionsOf(firstScreenCharts('/wall', 'live')).sort()).toEqual(['bar', 'zoom']);
    expect(extensionsOf(firstScreenCharts('/', 'live'))).toEqual([]);
  });
});
