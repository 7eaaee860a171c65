import { useMemo, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n/react';
import { INDICATORS, type Indicator } from '../../../api/water-quality';
import { Chart } from '../../../charts/chart';
import { buildStationTrendOption } from '../../../charts/options/station-trend';
import type { ChartTheme } from '../../../charts/theme';
import { EmptyState } from '../../../components/query-states';
import { QueryView } from '../../../components/query-view';
import { showsStaleData, WallCounter, WallPanel } from '../../../components/wall-panel';
import { formatChange, formatDate, formatNumber } from '../../../i18n/format';
import { changeTone } from '../../../domain/tones';
import { reasonText } from '../../../components/figure-cells';
import type { WallWaterData } from './use-wall-water';
import { dayFigures, transferDay, type FocusedStation, type WallStation, type WallWater } from './wall-water';
import './wall-water.css';

interface WallWaterPanelProps {
  water: WallWaterData;
  /** The station the rotation brings forward (`focusedStation`). */
  focused: FocusedStation;
  /** The replay's day (a Shanghai day start), or null when not replaying. */
  replayDay: number | null;
  theme: ChartTheme;
  /** Beside the trends: the schematic map, composed by the wall (it shows both stories). */
  aside?: ReactNode;
}

/**
 * The wall's water story: the transfer's effect at the station the rotation brings forward (or, in replay, that
 * day's figures under a large date), and the NH3-N and TN trends of every station with that one highlighted.
 */
export function WallWaterPanel({ water, focused, replayDay, theme, aside }: WallWaterPanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { water: story, queries } = water;
  const focus = focused?.station ?? null;
  const focusIndex = focused?.index ?? 0;
  return (
    <WallPanel
      className="wall-water"
      title={t('wall.waterTitle')}
      stale={showsStaleData(queries)}
      focus={
        focused && { label: focused.station.station.name[language], index: focused.position, count: focused.count }
      }
    >
      <QueryView queries={queries} keepData isEmpty={() => focused === null}>
        {() =>
          story &&
          focus && (
            <>
              {replayDay === null ? (
                <EffectCounters station={focus} water={story} />
              ) : (
                <ReplayCounters station={focus} water={story} day={replayDay} />
              )}
              <div className="wall-water-main">
                <div className="wall-trends">
                  <StationLegend water={story} focusIndex={focusIndex} theme={theme} />
                  {INDICATORS.map((indicator) => (
                    <WallTrend
                      key={indicator}
                      indicator={indicator}
                      water={story}
                      focusIndex={focusIndex}
                      replayDay={replayDay}
                      theme={theme}
                    />
                  ))}
                </div>
                {aside}
              </div>
            </>
          )
        }
      </QueryView>
    </WallPanel>
  );
}

function EffectCounters({ station, water }: { station: WallStation; water: WallWater }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  if (!water.transfer) return <p className="wall-note">{t(water.noTransfer)}</p>;
  const lag = station.figures.nh3n?.lagDays ?? null;
  // A figure without a value says why, in the words of every other screen, and is never coloured.
  const why = (indicator: Indicator, figure: 'change' | 'changeVsLastYear' | 'lagDays') =>
    reasonText(t, station.figures[indicator]?.reasons[figure] ?? null);
  return (
    <div className="wall-counters">
      {INDICATORS.map((indicator) => {
        const figures = station.figures[indicator];
        const change = figures?.change ?? null;
        const vsLastYear = figures?.changeVsLastYear ?? null;
        return (
          <WallCounter
            key={indicator}
            label={t('wall.changeLabel', { indicator: t(`indicator.${indicator}`) })}
            value={change === null ? why(indicator, 'change') : formatChange(change, language)}
            tone={figures?.tones.change ?? 'neutral'}
            secondary={{
              label: t('wall.vsLastYear'),
              value: vsLastYear === null ? why(indicator, 'changeVsLastYear') : formatChange(vsLastYear, language),
              tone: figures?.tones.changeVsLastYear ?? 'neutral',
            }}
            hint={t('wall.changeHint')}
          />
        );
      })}
      <WallCounter
        label={t('wall.arrival')}
        value={lag === null ? why('nh3n', 'lagDays') : t('wall.arrivalValue', { days: formatNumber(lag, language) })}
        hint={t('wall.arrivalHint')}
      />
    </div>
  );
}

function ReplayCounters({ station, water, day }: { station: WallStation; water: WallWater; day: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const transfer = transferDay(water.transfer, day);
  return (
    <div className="wall-counters wall-replay">
      <div className="wall-replay-date" data-testid="wall-replay-date">
        <span className="wall-replay-label">{t('wall.replay')}</span>
        <time dateTime={formatDate(day)}>{formatDate(day)}</time>
        <span className={`wall-replay-phase ${transfer === null ? '' : 'in-transfer'}`}>
          {transfer === null ? t('wall.outsideTransfer') : t('wall.transferDay', { day: transfer })}
        </span>
      </div>
      {INDICATORS.map((indicator) => {
        const { value, change } = dayFigures(station, indicator, day);
        return (
          <WallCounter
            key={indicator}
            label={t('wall.dayValue', { indicator: t(`indicator.${indicator}`) })}
            value={value === null ? '—' : formatNumber(value, language, 3)}
            unit={value === null ? undefined : t('indicator.unit')}
            tone={changeTone(change) ?? 'neutral'}
            hint={change === null ? undefined : t('wall.dayChange', { change: formatChange(change, language) })}
          />
        );
      })}
    </div>
  );
}

/** One legend for both trends: each station's line colour and dash, the rotation's station in bold. */
function StationLegend({ water, focusIndex, theme }: { water: WallWater; focusIndex: number; theme: ChartTheme }) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return (
    <ul className="wall-legend">
      {water.stations.map((s, index) => {
        const style = theme.stations[s.style % theme.stations.length]!;
        return (
          <li key={s.station.id} className={index === focusIndex ? 'is-focus' : undefined}>
            <svg viewBox="0 0 28 8" aria-hidden="true">
              <line
                x1="1"
                y1="4"
                x2="27"
                y2="4"
                stroke={style.color}
                strokeWidth={index === focusIndex ? 4 : 2.5}
                strokeDasharray={style.dash === 'solid' ? undefined : style.dash.join(' ')}
              />
            </svg>
            {s.station.name[language]}
          </li>
        );
      })}
    </ul>
  );
}

interface WallTrendProps {
  indicator: Indicator;
  water: WallWater;
  focusIndex: number;
  replayDay: number | null;
  theme: ChartTheme;
}

function WallTrend({ indicator, water, focusIndex, replayDay, theme }: WallTrendProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const build = useMemo(
    () =>
      buildStationTrendOption(
        {
          indicator,
          interval: '1d',
          lines: water.stations.map((s) => ({
            name: s.station.name[language],
            kind: s.station.kind,
            style: s.style,
            readings: s.daily[indicator],
          })),
          // The band is a sixth of a wall trend's width: it says "transfer"; the map's caption gives the event's name.
          bands: water.transfer
            ? [{ name: t('charts.transfer'), start: water.transfer.start, end: water.transfer.end }]
            : [],
          range: water.range,
          highlight: focusIndex,
          zoom: false,
          legend: false,
          ...(replayDay === null ? {} : { until: replayDay }),
        },
        theme,
        language,
      ),
    [indicator, water, focusIndex, replayDay, theme, language, t],
  );
  const name = t(`indicator.${indicator}`);
  return (
    <figure className="wall-trend">
      <figcaption>{name}</figcaption>
      {'warn' in build ? (
        <EmptyState />
      ) : (
        <Chart
          merge
          table={false}
          className="wall-chart"
          option={build.option}
          height="100%"
          description={t('wall.trendDescription', {
            indicator: name,
            station: water.stations[focusIndex]?.station.name[language] ?? '',
          })}
        />
      )}
    </figure>
  );
}
