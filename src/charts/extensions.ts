import type { ECOption } from './echarts';
import type { OptionExtension } from './registry';

/** The extensions (`registry.ts`) an option draws with: bar series; dataZoom or a scrolling legend; a geo (the map). */
export function extensionsFor(option: ECOption): OptionExtension[] {
  const needs: OptionExtension[] = [];
  if ([option.geo ?? []].flat().length > 0) needs.push('map');
  if ([option.series ?? []].flat().some((series) => series?.type === 'bar')) needs.push('bar');
  const scrolls = [option.legend ?? []].flat().some((legend) => legend?.type === 'scroll');
  const zooms = [option.dataZoom ?? []].flat().length > 0;
  if (zooms || scrolls) needs.push('zoom');
  return needs;
}
