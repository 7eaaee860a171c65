import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useStations, useTransferEvents } from '../../api/water-quality';
import { Panel } from '../../components/panel';
import { env } from '../../config/env';
import { toShanghaiTimestamp } from '../../domain/shanghai-time';
import type { Language } from '../../i18n/messages';
import { formatList } from '../../i18n/format';
import { ActiveDataPanel } from './components/active-data-panel';
import { FilePicker } from './components/file-picker';
import { ImportPreview } from './components/import-preview';
import { problemMessage } from './lib/problem-message';
import { useImport } from './use-import';

/**
 * `/data`: the officials' own readings (DESIGN §7). Files are read in a worker into a preview; nothing changes until
 * 确认导入, which stores the import in this browser and makes it the data every screen shows.
 */
export function DataPage() {
  const { t } = useTranslation();
  return (
    <div className="data-page">
      <header className="page-header">
        <h1>{t('data.heading')}</h1>
        <p className="page-lead">{env.mocking ? t('data.lead') : t('data.notAvailable')}</p>
      </header>
      {env.mocking && <Importer />}
    </div>
  );
}

function Importer() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const stations = useStations();
  const events = useTransferEvents();
  const session = useImport(stations.data);
  const { phase } = session;
  const preview = phase.kind === 'preview' || phase.kind === 'saving' || phase.kind === 'failed' ? phase.preview : null;
  const outcomes = preview?.files ?? null;

  return (
    <>
      <ActiveDataPanel onImportBundle={(file) => void session.importBundle(file)} />
      <Panel title={t('data.importTitle')}>
        <FilePicker
          files={session.files}
          outcomes={outcomes}
          tooLarge={session.tooLarge}
          onAdd={session.addFiles}
          onRemove={session.removeFile}
          onMoveUp={session.moveUp}
          onOptions={session.setOptions}
        />
        {phase.kind === 'reading' && (
          <div className="import-progress" role="status">
            <label>
              {t('data.reading', { name: session.files[phase.file]?.file.name ?? '' })}{' '}
              <progress max={1} value={phase.done} />
            </label>{' '}
            <button type="button" className="button" onClick={session.cancel}>
              {t('data.cancel')}
            </button>
          </div>
        )}
        {phase.kind === 'cancelled' && (
          <p role="status" className="muted">
            {t('data.cancelled')}
          </p>
        )}
        {phase.kind === 'failed' && (
          <p role="alert" className="import-problem">
            {problemMessage(phase.problem, t, language)}
          </p>
        )}
        {phase.kind === 'done' && (
          <p role="status" className="import-done">
            {t('data.done', { files: formatList(phase.files, language) })} <Link to="/">{t('data.seeOverview')}</Link>
          </p>
        )}
        {preview && session.files.length > 0 && (
          <ImportPreview
            // A new read starts the choices afresh.
            key={JSON.stringify(preview.stations.map((s) => s.key))}
            preview={preview}
            files={session.files}
            headlineId={stations.data?.find((s) => s.headline)?.id ?? null}
            events={(events.data ?? []).map((e) => ({
              ...e,
              start: toShanghaiTimestamp(e.start),
              end: e.end === null ? null : toShanghaiTimestamp(e.end),
            }))}
            saving={phase.kind === 'saving'}
            onOptions={session.setOptions}
            onConfirm={(choices, chosenEvents) => void session.confirm(choices, chosenEvents)}
            onDiscard={session.discard}
          />
        )}
      </Panel>
    </>
  );
}
