import type { Language } from '../../i18n/messages';
import type { ECOption } from '../echarts';
import { escapeHtml } from '../escape-html';
import type { ChartTheme } from '../theme';

/** What ECharts hands an axis-triggered tooltip formatter, per series. */
export interface AxisTooltipParam<V> {
  axisValue: V extends readonly [infer T, unknown] ? T : string;
  seriesName: string;
  marker: string;
  value: V;
}

/** `n` design pixels at the theme's scale. */
export const px = (theme: ChartTheme, n: number) => Math.round(n * theme.scale * 10) / 10;

/** Text on axes and labels: the theme's size (ECharts' own default is a fixed 12 px). */
export const axisText = (theme: ChartTheme, color = theme.muted) => ({ color, fontSize: theme.fontSize });

/** The parts every chart shares: no animation (readable at once), the theme's type, the legend on top. */
export function baseOption(theme: ChartTheme): ECOption {
  return {
    animation: false,
    textStyle: { fontFamily: theme.fontFamily, fontSize: theme.fontSize, color: theme.text },
    legend: {
      top: 0,
      itemWidth: px(theme, 25),
      itemHeight: px(theme, 14),
      itemGap: px(theme, 10),
      textStyle: axisText(theme, theme.text),
    },
  };
}

/** Time-axis labels in the UI language (times are shifted for `useUTC`, see chart-time.ts). */
export const timeAxisLabels = (language: Language) =>
  language === 'zh'
    ? { year: '{yyyy}年', month: '{M}月', day: '{M}-{d}' }
    : { year: '{yyyy}', month: '{MMM}', day: '{d} {MMM}' };

/**
 * An axis tooltip: a title line and one row per series. ECharts inserts the result as HTML, so the title and
 * series names are escaped here; `value` must return safe HTML (numbers and units).
 */
export function axisTooltip<V>(
  theme: ChartTheme,
  title: (first: AxisTooltipParam<V>) => string,
  value: (param: AxisTooltipParam<V>) => string | null,
): ECOption['tooltip'] {
  return {
    trigger: 'axis',
    backgroundColor: theme.tooltipBackground,
    textStyle: { color: theme.text, fontSize: px(theme, 14) },
    formatter: (raw: unknown) => {
      const params = raw as AxisTooltipParam<V>[];
      const first = params[0];
      if (!first) return '';
      const rows = params.flatMap((p) => {
        const shown = value(p);
        return shown === null ? [] : [`${p.marker}${escapeHtml(p.seriesName)}: <b>${shown}</b>`];
      });
      return [escapeHtml(title(first)), ...rows].join('<br>');
    },
  };
}
