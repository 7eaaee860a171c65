import { useMemo } from 'react';
import { useTranslation } from '../../../i18n/react';
import { Chart } from '../../../charts/chart';
import { buildTrendOverviewOption } from '../../../charts/options/trend-overview';
import { drawing, type Drawing } from '../../../charts/recipes';
import { deskTheme } from '../../../charts/theme';
import { Panel } from '../../../components/panel';
import { QueryView } from '../../../components/query-view';
import { formatDate } from '../../../i18n/format';
import { useHeadline } from '../use-headline';
import { AppLink } from '../../../routing/navigation';

/** The overview's small NH3-N/TN trend at the headline station, linking to the water-quality page. */
export function HeadlineTrendPanel() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { headline, queries, noStation } = useHeadline();
  const trend = useMemo<Drawing | null>(
    () =>
      headline &&
      drawing(
        'trendOverview',
        buildTrendOverviewOption,
        { ...headline.daily, transfer: headline.event },
        deskTheme,
        language,
      ),
    [headline, language],
  );
  const hasReadings =
    headline?.daily.nh3n.some(([, v]) => v !== null) || headline?.daily.tn.some(([, v]) => v !== null);
  return (
    <Panel
      chartHeight={340}
      title={t('overview.trendTitle', { station: headline?.station.name[language] ?? '' })}
      actions={
        <AppLink to="/water-quality" className="panel-link">
          {t('overview.trendLink')} →
        </AppLink>
      }
    >
      <QueryView queries={queries} isEmpty={() => noStation || !hasReadings}>
        {() =>
          headline &&
          trend && (
            <Chart
              {...trend}
              description={t('charts.trendDescription', {
                station: headline.station.name[language],
                from: formatDate(headline.daily.nh3n[0]?.[0] ?? 0),
                to: formatDate(headline.daily.nh3n.at(-1)?.[0] ?? 0),
              })}
            />
          )
        }
      </QueryView>
    </Panel>
  );
}
