import { AsOf } from '../../components/as-of';
import { useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/react';
import { useDataMark } from '../../components/data-mark';
import { QueryView } from '../../components/query-view';
import { LoadingState } from '../../components/query-states';
import { toShanghaiDate } from '../../domain/shanghai-time';
import { formatDateTime } from '../../i18n/format';
import { Appendix } from './appendix';
import { HeadlineFigures } from './headline-figures';
import { KeyPointsBlock } from './key-points-block';
import { MethodNote } from './method-note';
import { PageStyle } from './page-style';
import { SewersSection } from './sewers-section';
import type { BriefData } from './use-brief';
import { WaterSection } from './water-section';

/** The briefing's sheets: the first page (masthead, key points, headline figures), water, sewers, method, appendix. */
/** The briefing's map section, numbered in the document: the map feature's, given by the app (`src/app/brief-page.tsx`). */
export type BriefMapSection = ComponentType<{ number: number }>;

export function BriefDocument({ brief, map: BriefMap }: { brief: BriefData; map: BriefMapSection }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const mark = useDataMark();
  const [generatedAt] = useState(Date.now);
  const { event, range, series, meta } = brief;
  const title = t('brief.heading');
  const seriesData = series.data;
  const period = seriesData && range ? `${range.from ?? seriesData.from} – ${range.to ?? seriesData.to}` : '';
  const eventText = event
    ? event.end === null
      ? t('brief.eventRunning', { event: event.name[language], from: toShanghaiDate(event.start) })
      : t('brief.eventWindow', {
          event: event.name[language],
          from: toShanghaiDate(event.start),
          to: toShanghaiDate(event.end - 1),
        })
    : t('brief.noEvent');
  // The first sheet appears whole, once what it states is in, rather than growing line by line as answers land.
  const firstSheet = [brief.events, meta, series, ...brief.keyPoints.queries];
  if (firstSheet.some((query) => query.isPending && !query.isError)) {
    return (
      <div className="brief-sheet brief-loading">
        <LoadingState />
      </div>
    );
  }
  let page = 0;
  const sheet = (children: ReactNode, className = '') => {
    const number = className.includes('brief-appendix') ? null : ++page;
    return (
      <section className={`brief-sheet ${className}`}>
        <div className="sheet-chrome sheet-head" aria-hidden="true">
          <span>{title}</span>
          <span>{period}</span>
        </div>
        {children}
        {number !== null && (
          <div className="sheet-chrome sheet-foot" aria-hidden="true">
            {t('brief.pagePrefix')}
            {number}
            {t('brief.pageSuffix')}
          </div>
        )}
      </section>
    );
  };
  return (
    <article className="brief" aria-labelledby="brief-title">
      <PageStyle title={title} period={period} language={language} />
      {sheet(
        <>
          <header className="brief-masthead">
            <p className="brief-district">{t('brief.district')}</p>
            <h1 id="brief-title">{title}</h1>
            <p className="brief-subtitle">{t('brief.subtitle')}</p>
            <dl className="brief-facts">
              <Fact term={t('brief.event')}>{eventText}</Fact>
              <Fact term={t('brief.chartPeriod')}>{period || '…'}</Fact>
              <Fact term={t('brief.asOf')}>
                {meta.data ? <AsOf meta={meta.data} format={formatDateTime} bare /> : '…'}
              </Fact>
              <Fact term={t('brief.generatedAt')}>{formatDateTime(generatedAt)}</Fact>
              <Fact term={t('brief.data')}>
                {mark ? (
                  <>
                    <strong className="brief-mark">{mark.label}</strong> · {mark.note}
                  </>
                ) : (
                  '…'
                )}
              </Fact>
            </dl>
          </header>
          <KeyPointsBlock data={brief.keyPoints} title={t('brief.keyPoints')} className="brief-key-points" />
          <HeadlineFigures brief={brief} />
        </>,
      )}
      {sheet(<WaterSection brief={brief} />)}
      {sheet(<SewersSection brief={brief} />)}
      {sheet(
        <>
          <BriefMap number={5} />
          <MethodNote />
        </>,
      )}
      {sheet(
        <QueryView queries={[brief.villages, brief.keyPoints.towns, brief.keyPoints.sewers]}>
          {() => (
            <Appendix
              villages={brief.villages.data!}
              towns={brief.keyPoints.towns.data!}
              summary={brief.keyPoints.sewers.data!}
            />
          )}
        </QueryView>,
        'brief-appendix',
      )}
    </article>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
