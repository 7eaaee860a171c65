import { type ComponentProps, type ReactNode, useCallback } from 'react';
import { useTranslation } from '../../i18n/react';
import { useTowns } from '../../api/sewers';
import { useStations, useTransferEvents } from '../../api/water-quality';
import { Panel } from '../../components/panel';
import { apiHost } from '../../config/api-host';
import type { StationRecord, TownRecord } from '../../domain/dataset';
import { toShanghaiTimestamp } from '../../domain/shanghai-time';
import { rememberedMatches, rememberMatches } from '../../import/station-matches';
import type { ImportPreview, SewersPreview } from '../../import/import-protocol';
import { ActiveDataPanel } from './components/active-data-panel';
import { FilePicker } from './components/file-picker';
import { ReadingsPreviewPanel } from './components/readings-preview-panel';
import { ServedData } from './components/served-data';
import { SessionStatus } from './components/session-status';
import { SewersPreviewPanel } from './components/sewers-preview-panel';
import { type ReadFiles, useImport } from './use-import';

/**
 * `/data`: the officials' own data (DESIGN §7): station readings and the sewer programme. Files are read in a worker
 * into a preview; nothing changes until 确认导入, which stores the import in this browser and makes it the data
 * every screen shows.
 */
const LEADS = { mock: 'data.lead', server: 'data.served', backend: 'data.notAvailable' } as const;

export function DataPage() {
  const { t } = useTranslation();
  return (
    <div className="data-page">
      <header className="page-header">
        <h1>{t('data.heading')}</h1>
        <p className="page-lead">{t(LEADS[apiHost])}</p>
      </header>
      {apiHost === 'mock' && <Importers />}
      {apiHost === 'server' && (
        <ServedData
          importers={
            <>
              <ReadingsImporter />
              <SewersImporter />
            </>
          }
        />
      )}
    </div>
  );
}

function Importers() {
  const { t } = useTranslation();
  const bundle = useImport<never>(null);
  return (
    <>
      <ActiveDataPanel onImportBundle={(file) => void bundle.save({ type: 'bundle', file }, [file.name])} />
      <SessionStatus
        phase={bundle.phase}
        files={[]}
        onCancel={bundle.cancel}
        done={(files) => t('data.done', { files })}
      />
      <ReadingsImporter />
      <SewersImporter />
    </>
  );
}

function ReadingsImporter() {
  const { t } = useTranslation();
  const stations = useStations();
  const events = useTransferEvents();
  const known = stations.data;
  const read = useCallback<ReadFiles<ImportPreview>>(
    (worker, files, options, onProgress) =>
      worker.read(
        { type: 'read', files, options, known: known as StationRecord[], remembered: rememberedMatches() },
        onProgress,
      ),
    [known],
  );
  const session = useImport(known ? read : null);
  const { phase, preview } = session;

  return (
    <ImportPanel
      title={t('data.importTitle')}
      hint={t('data.dropHint')}
      session={session}
      outcomes={preview?.files ?? null}
      done={(files) => t('data.done', { files })}
    >
      {preview && session.files.length > 0 && (
        <ReadingsPreviewPanel
          // A new read starts the choices afresh.
          key={JSON.stringify(preview.stations.map((s) => s.key))}
          preview={preview}
          files={session.files}
          known={known ?? []}
          headlineId={known?.find((s) => s.headline)?.id ?? null}
          events={(events.data ?? []).map((e) => ({
            ...e,
            start: toShanghaiTimestamp(e.start),
            end: e.end === null ? null : toShanghaiTimestamp(e.end),
          }))}
          saving={phase.kind === 'saving'}
          onOptions={session.setOptions}
          onConfirm={(choices, chosenEvents, kept) => {
            rememberMatches(choices, new Set((known ?? []).map((s) => s.id)));
            void session.save(
              { type: 'confirm', choices, events: chosenEvents, kept, importedAt: toShanghaiTimestamp(Date.now()) },
              session.files.map((f) => f.file.name),
            );
          }}
          onDiscard={session.discard}
        />
      )}
    </ImportPanel>
  );
}

function SewersImporter() {
  const { t } = useTranslation();
  const towns = useTowns();
  const known = towns.data;
  const read = useCallback<ReadFiles<SewersPreview>>(
    (worker, files, options, onProgress) =>
      worker.readSewers(
        {
          type: 'read-sewers',
          files,
          options,
          known: (known ?? []).map(({ id, name, location }): TownRecord => ({ id, name, location })),
        },
        onProgress,
      ),
    [known],
  );
  const session = useImport(known ? read : null);
  const { phase, preview } = session;

  return (
    <ImportPanel
      title={t('data.sewersImportTitle')}
      hint={t('data.sewersDropHint')}
      session={session}
      outcomes={preview?.files ?? null}
      done={(files) => t('data.sewersDone', { files })}
    >
      {preview && session.files.length > 0 && (
        <SewersPreviewPanel
          key={JSON.stringify(preview.towns.map((s) => s.key))}
          preview={preview}
          files={session.files}
          onOptions={session.setOptions}
          saving={phase.kind === 'saving'}
          onConfirm={(choices) =>
            void session.save(
              { type: 'confirm-sewers', choices, importedAt: toShanghaiTimestamp(Date.now()) },
              session.files.map((f) => f.file.name),
            )
          }
          onDiscard={session.discard}
        />
      )}
    </ImportPanel>
  );
}

/** One kind of import's panel: the file picker, where the session stands, and its preview (the children). */
function ImportPanel<P>({
  title,
  hint,
  session,
  outcomes,
  done,
  children,
}: {
  title: string;
  hint: string;
  session: ReturnType<typeof useImport<P>>;
  outcomes: ComponentProps<typeof FilePicker>['outcomes'];
  done: (files: string) => string;
  children: ReactNode;
}) {
  return (
    <Panel title={title}>
      <FilePicker
        files={session.files}
        outcomes={outcomes}
        hint={hint}
        tooLarge={session.tooLarge}
        onAdd={session.addFiles}
        onRemove={session.removeFile}
        onMoveUp={session.moveUp}
        onOptions={session.setOptions}
      />
      <SessionStatus phase={session.phase} files={session.files} onCancel={session.cancel} done={done} />
      {children}
    </Panel>
  );
}
