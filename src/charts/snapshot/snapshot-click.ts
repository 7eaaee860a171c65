/** What ECharts reports for a click on a series' item, as far as a snapshot can tell it. */
export interface SnapshotClick {
  componentType: 'series';
  seriesIndex: number;
  dataIndex: number;
}

/**
 * The series item a click on a snapshot landed on: ECharts' server-side SVG marks each item with its series and data
 * index (`ecmeta_*` attributes, which ECharts' own SSR client reads the same way). Null off the series.
 */
export function snapshotClick(target: EventTarget): SnapshotClick | null {
  const item = target instanceof Element ? target.closest('[ecmeta_ssr_type]') : null;
  if (item?.getAttribute('ecmeta_ssr_type') !== 'chart' || item.getAttribute('ecmeta_silent') === 'true') return null;
  const seriesIndex = Number(item.getAttribute('ecmeta_series_index') ?? NaN);
  const dataIndex = Number(item.getAttribute('ecmeta_data_index') ?? NaN);
  return Number.isInteger(seriesIndex) && Number.isInteger(dataIndex)
    ? { componentType: 'series', seriesIndex, dataIndex }
    : null;
}
