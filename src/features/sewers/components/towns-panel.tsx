import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, CHART_KINDS } from '../../../charts/chart';
import { buildTownKmOption, buildTownVillagesOption } from '../../../charts/options/town-progress';
import { deskTheme } from '../../../charts/theme';
import { Panel } from '../../../components/panel';
import { QueryView } from '../../../components/query-view';
import { formatNumber, formatShare } from '../../../i18n/format';
import type { Language } from '../../../i18n/messages';
import { townBarsInput, type TownStanding } from '../lib/plan';

interface TownsPanelProps {
  standings: readonly TownStanding[] | null;
  selected: string | null;
  onSelect: (town: string | null) => void;
  asOfMonth: string | null;
  queries: readonly UseQueryResult[];
}

/** What ECharts reports for a click on a bar (`dataIndex`) or on a category label (`value`). */
interface ChartClick {
  componentType?: string;
  dataIndex?: number;
  value?: unknown;
}

/** Per town, furthest behind its own plan first: villages by status, pipe against plan, and the same as a table. */
export function TownsPanel({ standings, selected, onSelect, asOfMonth, queries }: TownsPanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const input = useMemo(
    () => standings && townBarsInput(standings, selected, language),
    [standings, selected, language],
  );
  const villagesOption = useMemo(() => input && buildTownVillagesOption(input, deskTheme, language), [input, language]);
  const kmOption = useMemo(() => input && buildTownKmOption(input, deskTheme, language), [input, language]);
  const events = useMemo(
    () => ({
      click: (raw: unknown) => {
        if (!standings) return;
        const click = raw as ChartClick;
        const index =
          click.componentType === 'yAxis'
            ? standings.findIndex((s) => s.town.name[language] === click.value)
            : (click.dataIndex ?? -1);
        const town = standings[index]?.town.id;
        if (town) onSelect(town === selected ? null : town);
      },
    }),
    [standings, selected, onSelect, language],
  );
  const month = asOfMonth ?? '';
  return (
    <Panel charts={CHART_KINDS.bar} className="towns-panel" title={t('sewers.townsTitle')}>
      <QueryView queries={queries} isEmpty={() => !standings || standings.length === 0}>
        {() =>
          standings &&
          villagesOption &&
          kmOption && (
            <>
              <p className="panel-note panel-note-top">{t('sewers.townsHint')}</p>
              <div className="town-charts">
                {[
                  {
                    caption: t('sewers.townVillagesChart'),
                    option: villagesOption,
                    description: t('sewers.townsDescription', { month }),
                  },
                  {
                    caption: t('sewers.townKmChart'),
                    option: kmOption,
                    description: t('sewers.townsKmDescription', { month }),
                  },
                ].map((chart) => (
                  <figure key={chart.caption}>
                    <figcaption>{chart.caption}</figcaption>
                    <Chart option={chart.option} onEvents={events} height={300} description={chart.description} />
                  </figure>
                ))}
              </div>
              <TownTable standings={standings} selected={selected} onSelect={onSelect} />
            </>
          )
        }
      </QueryView>
    </Panel>
  );
}

function TownTable({
  standings,
  selected,
  onSelect,
}: Pick<TownsPanelProps, 'selected' | 'onSelect'> & {
  standings: readonly TownStanding[];
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const n = (value: number, digits = 0) => formatNumber(value, language, digits);
  return (
    <table className="data-table town-table">
      <thead>
        <tr>
          <th scope="col">{t('sewers.townColumn')}</th>
          <th scope="col">{t('sewers.villagesColumn')}</th>
          <th scope="col">{t('sewers.shareColumn')}</th>
          <th scope="col">{t('sewers.gapColumn')}</th>
          <th scope="col">{t('sewers.kmColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {standings.map((s) => {
          const name = s.town.name[language];
          const isSelected = s.town.id === selected;
          return (
            <tr key={s.town.id} className={isSelected ? 'selected' : undefined}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={isSelected}
                  title={t('sewers.showTown', { town: name })}
                  onClick={() => onSelect(isSelected ? null : s.town.id)}
                >
                  {name}
                </button>
              </th>
              <td className="number">
                {n(s.villages.completed)} / {n(s.villages.total)}
              </td>
              <td className={`number ${(s.villageShare ?? 1) < 1 ? 'rise' : 'fall'}`}>
                {s.villageShare === null ? '—' : formatShare(s.villageShare, language)}
              </td>
              <td className="number">
                {s.villageGap === null
                  ? '—'
                  : s.villageGap > 0
                    ? n(s.villageGap)
                    : `${t('sewers.ahead')} ${n(-s.villageGap)}`}
              </td>
              <td className="number">
                {n(s.km.built, 1)} / {n(s.km.planned)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
