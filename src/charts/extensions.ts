import type { ECOption } from './echarts';

/**
 * ECharts modules beyond the common ones that some options need, each in a chunk of its own: the page's
 * (`loadCharts`) and the snapshot worker's (`snapshot/render-snapshot.ts`) register their own copies.
 */
export type ChartExtension = 'bar' | 'zoom' | 'svg' | 'map';

/** The extensions an option draws with: bar series; dataZoom or a scrolling legend; a geo (the map). */
export function extensionsFor(option: ECOption): ChartExtension[] {
  const needs: ChartExtension[] = [];
  if ([option.geo ?? []].flat().length > 0) needs.push('map');
  if ([option.series ?? []].flat().some((series) => series?.type === 'bar')) needs.push('bar');
  const scrolls = [option.legend ?? []].flat().some((legend) => legend?.type === 'scroll');
  const zooms = [option.dataZoom ?? []].flat().length > 0;
  if (zooms || scrolls) needs.push('zoom');
  return needs;
}
