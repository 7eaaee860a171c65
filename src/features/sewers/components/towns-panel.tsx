import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from '../../../i18n/react';
import { Chart } from '../../../charts/chart';
import { buildTownKmOption, buildTownVillagesOption } from '../../../charts/options/town-progress';
import { drawing, type Drawing } from '../../../charts/recipes';
import { deskTheme } from '../../../charts/theme';
import { Panel } from '../../../components/panel';
import { QueryView } from '../../../components/query-view';
import { toneClass } from '../../../components/tone';
import { formatNumber, formatShare } from '../../../i18n/format';
import { standingTone, type Town } from '../../../api/sewers';
import { townBarsInput } from '../../../stories/town-bars';
import { gapWords } from '../lib/plan';

interface TownsPanelProps {
  /** Furthest behind plan first, as the API orders them. */
  towns: readonly Town[] | null;
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
export function TownsPanel({ towns, selected, onSelect, asOfMonth, queries }: TownsPanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const input = useMemo(() => towns && townBarsInput(towns, selected, language), [towns, selected, language]);
  const drawings = useMemo<Record<'villages' | 'km', Drawing> | null>(
    () =>
      input && {
        villages: drawing('townVillages', buildTownVillagesOption, input, deskTheme, language),
        km: drawing('townKm', buildTownKmOption, input, deskTheme, language),
      },
    [input, language],
  );
  const events = useMemo(
    () => ({
      click: (raw: unknown) => {
        if (!towns) return;
        const click = raw as ChartClick;
        const index =
          click.componentType === 'yAxis'
            ? towns.findIndex((town) => town.name[language] === click.value)
            : (click.dataIndex ?? -1);
        const town = towns[index]?.id;
        if (town) onSelect(town === selected ? null : town);
      },
    }),
    [towns, selected, onSelect, language],
  );
  const month = asOfMonth ?? '';
  return (
    <Panel className="towns-panel" title={t('sewers.townsTitle')} chartHeight={300}>
      <QueryView queries={queries} isEmpty={() => !towns || towns.length === 0}>
        {() =>
          towns &&
          drawings && (
            <>
              <p className="panel-note panel-note-top">{t('sewers.townsHint')}</p>
              <div className="town-charts">
                {[
                  {
                    caption: t('sewers.townVillagesChart'),
                    drawing: drawings.villages,
                    description: t('sewers.townsDescription', { month }),
                  },
                  {
                    caption: t('sewers.townKmChart'),
                    drawing: drawings.km,
                    description: t('sewers.townsKmDescription', { month }),
                  },
                ].map((chart) => (
                  <figure key={chart.caption}>
                    <figcaption>{chart.caption}</figcaption>
                    <Chart {...chart.drawing} onEvents={events} description={chart.description} />
                  </figure>
                ))}
              </div>
              <TownTable towns={towns} selected={selected} onSelect={onSelect} />
            </>
          )
        }
      </QueryView>
    </Panel>
  );
}

function TownTable({
  towns,
  selected,
  onSelect,
}: Pick<TownsPanelProps, 'selected' | 'onSelect'> & {
  towns: readonly Town[];
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
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
        {towns.map((town) => {
          const name = town.name[language];
          const isSelected = town.id === selected;
          const share = town.plan?.shareOfPlan.villages ?? null;
          const gap = gapWords(town);
          return (
            <tr key={town.id} className={isSelected ? 'selected' : undefined}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={isSelected}
                  title={t('sewers.showTown', { town: name })}
                  onClick={() => onSelect(isSelected ? null : town.id)}
                >
                  {name}
                </button>
              </th>
              <td className="number">
                {n(town.villages.completed)} / {n(town.villages.total)}
              </td>
              <td className={`number ${toneClass(standingTone(town.standing))}`}>
                {share === null ? t('sewers.noPlanShort') : formatShare(share, language)}
              </td>
              <td className="number">
                {gap === null ? t('sewers.noPlanShort') : t(gap.key, { villages: n(gap.villages) })}
              </td>
              <td className="number">
                {n(town.pipelineKm.built, 1)} / {n(town.pipelineKm.planned)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
