import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, CHART_KINDS } from '../../../charts/chart';
import { buildTrendOverviewOption } from '../../../charts/options/trend-overview';
import { deskTheme } from '../../../charts/theme';
import { Panel } from '../../../components/panel';
import { QueryView } from '../../../components/query-view';
import { formatDate } from '../../../i18n/format';
import type { Language } from '../../../i18n/messages';
import type { Headline } from '../use-headline';

/** The overview's small NH3-N/TN trend at the headline station, linking to the water-quality page. */
export function HeadlineTrendPanel({ headline }: { headline: Headline }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { figures, queries, noStation } = headline;
  const option = useMemo(
    () => figures && buildTrendOverviewOption({ ...figures.daily, transfer: figures.transfer }, deskTheme, language),
    [figures, language],
  );
  const hasReadings = (figures?.daily.nh3n.length ?? 0) + (figures?.daily.tn.length ?? 0) > 0;
  return (
    <Panel
      charts={CHART_KINDS.line}
      title={t('overview.trendTitle')}
      actions={
        <Link to="/water-quality" className="panel-link">
          {t('overview.trendLink')} →
        </Link>
      }
    >
      <QueryView queries={queries} isEmpty={() => noStation || !hasReadings}>
        {() =>
          figures &&
          option && (
            <Chart
              option={option}
              height={340}
              description={t('charts.trendDescription', {
                station: figures.station.name[language],
                from: formatDate(figures.daily.nh3n[0]?.[0] ?? 0),
                to: formatDate(figures.daily.nh3n.at(-1)?.[0] ?? 0),
              })}
            />
          )
        }
      </QueryView>
    </Panel>
  );
}
