import type { ProgressMonth } from '../../domain/dataset';
import type { Town } from '../../api/sewers';
import type { Indicator, SeriesResponse, Station, TransferEvent } from '../../api/water-quality';
import type { ECOption } from '../../charts/echarts';
import { buildCumulativeProgressOption } from '../../charts/options/cumulative-progress';
import { buildStationTrendOption } from '../../charts/options/station-trend';
import { buildTownVillagesOption } from '../../charts/options/town-progress';
import { deskTheme } from '../../charts/theme';
import { DAY_MS, parseShanghaiDate } from '../../domain/shanghai-time';
import { townBarsInput } from '../../stories/town-bars';
import { villageProgress } from '../../stories/progress';
import { trendLines } from '../../stories/trend-lines';
import type { Language } from '../../i18n/messages';
import type { ChartRange } from './use-brief';

/** The briefing's charts: the screens' own option builders, set for paper (no zoom, every name printed). */

/** Two legend rows above the plot: a printed legend cannot scroll, so every station's name must fit. */
const PRINT_LEGEND_ROWS = 2;

/** One indicator at every station on the range's days, the transfer events shaded, the class limits drawn. */
export function briefTrendOption(
  response: SeriesResponse,
  indicator: Indicator,
  stations: readonly Station[],
  events: readonly TransferEvent[],
  range: ChartRange,
  language: Language,
): ECOption | null {
  const from = parseShanghaiDate(range.from ?? response.from)!;
  const to = parseShanghaiDate(range.to ?? response.to)! + DAY_MS;
  const lines = trendLines({ response, indicator, stations, chosen: stations, language }).map((line) => ({
    ...line,
    readings: line.readings.filter(([t]) => t >= from && t < to),
  }));
  const build = buildStationTrendOption(
    {
      indicator,
      interval: response.interval,
      lines,
      bands: events.map((e) => ({ name: e.name[language], start: e.start, end: e.end })),
      range: { from, to },
      zoom: false,
    },
    deskTheme,
    language,
  );
  if (!('option' in build)) return null;
  const { option } = build;
  const legend = [option.legend ?? []].flat()[0];
  const grid = [option.grid ?? []].flat()[0];
  return {
    ...option,
    legend: { ...legend, type: 'plain' },
    grid: { ...grid, top: (deskTheme.fontSize + 10) * PRINT_LEGEND_ROWS + 24 },
  };
}

/** Villages per town by status, furthest behind plan first, with the plan-to-date marks. */
export const briefTownsOption = (towns: readonly Town[], language: Language): ECOption =>
  buildTownVillagesOption(townBarsInput(towns, null, language), deskTheme, language);

/** The programme's completed villages, cumulative, against its plan. */
export const briefProgressOption = (months: readonly ProgressMonth[], asOfMonth: string, language: Language) =>
  buildCumulativeProgressOption(villageProgress(months), asOfMonth, deskTheme, language);
