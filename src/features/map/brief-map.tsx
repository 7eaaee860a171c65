import { use } from 'react';
import { useTranslation } from '../../i18n/react';
import { QueryView } from '../../components/query-view';
import { SchematicMap, useMapSources } from './schematic-map';
import { DrawAllCharts } from '../../charts/draw-all-charts';

const MAP_HEIGHT = 380;

/** The schematic map on paper: static, SVG, at the data's as-of time; drawn once a reader is there, like every chart. */
export function BriefMap({ number }: { number: number }) {
  const { t } = useTranslation();
  const { sources, queries } = useMapSources();
  const draw = use(DrawAllCharts);
  return (
    <section className="brief-block" aria-labelledby="brief-map">
      <h2 id="brief-map">{t('brief.mapSection')}</h2>
      <figure className="brief-figure">
        {draw ? (
          <QueryView queries={queries}>
            {() => (
              <SchematicMap
                sources={sources!}
                date={sources!.summary?.asOf ?? 0}
                height={MAP_HEIGHT}
                renderer="svg"
                table={false}
              />
            )}
          </QueryView>
        ) : (
          <div style={{ height: MAP_HEIGHT }} data-chart-loading="" />
        )}
        <figcaption>{t('brief.mapCaption', { n: number })}</figcaption>
      </figure>
    </section>
  );
}
