import { useMemo, useState } from 'react';
import { useTranslation } from '../../../i18n/react';
import { Chart } from '../../../charts/chart';
import { buildImportPreviewOption } from '../../../charts/options/import-preview';
import { deskTheme } from '../../../charts/theme';
import type { TransferEventRecord } from '../../../domain/dataset';
import { parseShanghaiTimestamp } from '../../../domain/shanghai-time';
import type { ImportPreview as Preview } from '../../../import/import-protocol';
import { defaultStationChoices, type Kept, type StationChoice } from '../../../import/water-import';
import type { StationRecord } from '../../../domain/dataset';
import { eventsOutsideData } from '../lib/events-in-data';
import { formatDate } from '../../../i18n/format';
import type { ChosenFile } from '../use-import';
import { EventsEditor } from './events-editor';
import { ColumnMappingView, PreviewCounts, readingsFields, Rejections } from './preview-report';
import { StationChoices } from './station-choices';
import { SuspectValues } from './suspect-values';

interface ImportPreviewProps {
  preview: Preview;
  files: ChosenFile[];
  /** The stations the dashboard knows: a new name can be matched to one of them. */
  known: readonly StationRecord[];
  headlineId: string | null;
  events: TransferEventRecord[];
  saving: boolean;
  onOptions: (id: number, options: ChosenFile['options']) => void;
  onConfirm: (choices: StationChoice[], events: TransferEventRecord[], kept: Kept) => void;
  onDiscard: () => void;
}

/** Everything the files would make active, before anything changes; 确认导入 makes it so. */
export function ReadingsPreviewPanel(props: ImportPreviewProps) {
  const { preview, files, saving, onOptions, onConfirm, onDiscard } = props;
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [choices, setChoices] = useState(() => defaultStationChoices(preview.stations, props.headlineId));
  const [events, setEvents] = useState(props.events);
  const [kept, setKept] = useState<Kept>([]);
  const outside = useMemo(() => eventsOutsideData(events, preview), [events, preview]);
  const problems = preview.files.some((f) => !f.ok);
  const nothing = preview.period === null;

  const option = useMemo(
    () =>
      preview.daily &&
      buildImportPreviewOption(
        {
          start: parseShanghaiTimestamp(preview.daily.start)!,
          stations: preview.daily.stations.map((s) => ({ name: s.name, nh3n: s.nh3n })),
        },
        deskTheme,
        language,
      ),
    [preview.daily, language],
  );

  return (
    <section className="import-preview" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title">{t('data.previewTitle')}</h2>
      <p className="muted">{t('data.previewLead')}</p>
      <PreviewCounts preview={preview} />
      {preview.files.map((outcome, index) =>
        outcome.ok ? (
          <ColumnMappingView
            key={files[index]?.id ?? index}
            name={outcome.name}
            kind={t(`data.layout.${outcome.file.report.layout}`)}
            report={outcome.file.report}
            fields={readingsFields(outcome.file.report, t)}
            onMapping={(mapping) => files[index] && onOptions(files[index].id, { mapping })}
          />
        ) : null,
      )}
      <Rejections preview={preview} />
      <SuspectValues suspects={preview.suspects} kept={kept} onChange={setKept} />
      {preview.stations.length > 0 && (
        <StationChoices stations={preview.stations} known={props.known} choices={choices} onChange={setChoices} />
      )}
      {option && preview.period && (
        <figure className="import-chart">
          <figcaption>{t('data.chartTitle')}</figcaption>
          <Chart
            option={option}
            height={260}
            description={t('data.chartDescription', {
              first: formatDate(parseShanghaiTimestamp(preview.period.first)!),
              last: formatDate(parseShanghaiTimestamp(preview.period.last)!),
            })}
          />
        </figure>
      )}
      <h3>{t('data.eventsTitle')}</h3>
      {outside.length > 0 && (
        <ul className="import-notes import-warnings" role="status">
          {outside.map(({ event, baseline, during }) => (
            <li key={event.id}>
              {t(during ? (baseline ? 'data.eventNoData' : 'data.eventNoDuring') : 'data.eventNoBaseline', {
                event: event.name[language],
              })}
            </li>
          ))}
        </ul>
      )}
      <EventsEditor events={events} onChange={setEvents} />
      <div className="import-actions">
        {problems && <p className="import-problem">{t('data.fixProblems')}</p>}
        {!problems && nothing && <p className="import-problem">{t('data.nothingToImport')}</p>}
        <button
          type="button"
          className="button button-primary"
          disabled={problems || nothing || saving}
          onClick={() => onConfirm(choices, events, kept)}
        >
          {saving ? t('data.saving') : t('data.confirm')}
        </button>
        <button type="button" className="button button-quiet" onClick={onDiscard} disabled={saving}>
          {t('data.discard')}
        </button>
      </div>
    </section>
  );
}
