import { HOUR_MS } from '../domain/shanghai-time';

/**
 * ECharts lays out and labels time axes in the browser's own zone, or in UTC with `useUTC`.
 * Charts run with `useUTC: true` on times shifted by +8 h, so that every viewer sees Shanghai wall-clock time.
 */
export const toChartTime = (ms: number) => ms + 8 * HOUR_MS;
export const fromChartTime = (chartMs: number) => chartMs - 8 * HOUR_MS;
