import { useId, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n/react';
import type { Interval, Station } from '../../../api/water-quality';
import { parseShanghaiDate } from '../../../domain/shanghai-time';
import { LAST_YEAR_DASH } from '../../../charts/options/station-trend';
import { deskTheme, type ChartTheme } from '../../../charts/theme';
import type { PresetSummary } from '../../../stories/water-summary';
import { PRESETS, presetRange, type Preset, type WaterQualityView } from '../lib/view';

interface ViewControlsProps {
  view: WaterQualityView;
  onChange: (view: WaterQualityView) => void;
  stations: readonly Station[];
  summary: PresetSummary;
  /** The dates actually shown (the API's answer), for the date fields; the dataset's bounds limit them. */
  shown: { from: string; to: string } | null;
  bounds: { from: string; to: string } | null;
  /** Export buttons, beside the controls. */
  actions?: ReactNode;
}

/** Station picker, period (presets or a free range) and interval: everything here lives in the URL. */
export function ViewControls({ view, onChange, stations, summary, shown, bounds, actions }: ViewControlsProps) {
  const { t } = useTranslation();
  return (
    <section className="view-controls" aria-label={t('waterQuality.controls')}>
      <StationPicker view={view} onChange={onChange} stations={stations} />
      <PeriodPicker view={view} onChange={onChange} summary={summary} shown={shown} bounds={bounds} />
      <fieldset className="control-group">
        <legend>{t('waterQuality.interval')}</legend>
        <div className="segmented">
          {(['1d', '4h'] as const satisfies readonly Interval[]).map((interval) => (
            <label key={interval}>
              <input
                type="radio"
                name="interval"
                value={interval}
                checked={view.interval === interval}
                onChange={() => onChange({ ...view, interval })}
              />
              <span>{t(`waterQuality.intervals.${interval}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="control-group">
        <legend>{t('waterQuality.compare')}</legend>
        <label className="checkbox-option">
          <input
            type="checkbox"
            checked={view.lastYear}
            onChange={(event) => onChange({ ...view, lastYear: event.target.checked })}
          />
          <LineSwatch style={{ color: deskTheme.muted, dash: LAST_YEAR_DASH }} />
          <span>{t('waterQuality.overlayLastYear')}</span>
        </label>
      </fieldset>
      {actions && <div className="control-actions">{actions}</div>}
    </section>
  );
}

function StationPicker({ view, onChange, stations }: Pick<ViewControlsProps, 'view' | 'onChange' | 'stations'>) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const toggle = (id: string, on: boolean) => {
    const chosen = new Set(view.stationIds);
    if (on) chosen.add(id);
    else chosen.delete(id);
    const stationIds = stations.filter((s) => chosen.has(s.id)).map((s) => s.id);
    onChange({ ...view, stationIds, allStations: stationIds.length === stations.length });
  };
  return (
    <fieldset className="control-group">
      <legend>{t('waterQuality.stations')}</legend>
      <div className="station-picker">
        {stations.map((station, index) => {
          const checked = view.stationIds.includes(station.id);
          // The last chosen station stays: a chart of no station says nothing.
          const last = checked && view.stationIds.length === 1;
          return (
            <label key={station.id} className="station-option">
              <input
                type="checkbox"
                checked={checked}
                disabled={last}
                onChange={(event) => toggle(station.id, event.target.checked)}
              />
              <LineSwatch style={deskTheme.stations[index % deskTheme.stations.length]!} />
              <span>{station.name[language]}</span>
              <span className="station-kind">{t(`waterQuality.stationKind.${station.kind}`)}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

function PeriodPicker({
  view,
  onChange,
  summary,
  shown,
  bounds,
}: Pick<ViewControlsProps, 'view' | 'onChange' | 'summary' | 'shown' | 'bounds'>) {
  const { t } = useTranslation();
  const choose = (preset: Preset) => {
    const range = presetRange(preset, summary);
    // Choosing "transfer vs last year" turns the overlay on; leaving it turns it off again.
    const lastYear = preset === 'lastYear' ? true : view.preset === 'lastYear' ? false : view.lastYear;
    if (range) onChange({ ...view, preset, from: range.from, to: range.to, lastYear });
  };
  const from = view.from ?? shown?.from ?? bounds?.from ?? '';
  const to = view.to ?? shown?.to ?? bounds?.to ?? '';
  const setRange = (nextFrom: string, nextTo: string, moved: 'from' | 'to') => {
    const [start, end] = [parseShanghaiDate(nextFrom), parseShanghaiDate(nextTo)];
    if (start === null || end === null) return;
    // Moving one end past the other takes the other along: the range never turns round.
    const [first, last] =
      start <= end ? [nextFrom, nextTo] : moved === 'from' ? [nextFrom, nextFrom] : [nextTo, nextTo];
    onChange({ ...view, preset: 'custom', from: first, to: last });
  };
  return (
    <fieldset className="control-group">
      <legend>{t('waterQuality.period')}</legend>
      <div className="segmented">
        {PRESETS.map((preset) => (
          <label key={preset}>
            <input
              type="radio"
              name="preset"
              value={preset}
              checked={view.preset === preset}
              disabled={presetRange(preset, summary) === null}
              onChange={() => choose(preset)}
            />
            <span>{t(`waterQuality.preset.${preset}`)}</span>
          </label>
        ))}
      </div>
      <div className="date-range">
        <DateField
          label={t('waterQuality.from')}
          value={from}
          bounds={bounds}
          onChange={(d) => setRange(d, to, 'from')}
        />
        <DateField label={t('waterQuality.to')} value={to} bounds={bounds} onChange={(d) => setRange(from, d, 'to')} />
      </div>
    </fieldset>
  );
}

/** The station's line as the charts draw it: its colour and its dash pattern, so the picker doubles as the key. */
function LineSwatch({ style }: { style: ChartTheme['stations'][number] }) {
  return (
    <svg className="station-swatch" width="28" height="10" aria-hidden="true">
      <line
        x1="0"
        y1="5"
        x2="28"
        y2="5"
        stroke={style.color}
        strokeWidth="2.5"
        strokeDasharray={style.dash === 'solid' ? undefined : style.dash.join(' ')}
      />
    </svg>
  );
}

function DateField({
  label,
  value,
  bounds,
  onChange,
}: {
  label: string;
  value: string;
  bounds: { from: string; to: string } | null;
  onChange: (date: string) => void;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value}
        min={bounds?.from}
        max={bounds?.to}
        onChange={(event) => onChange(event.target.value)}
      />
    </>
  );
}
