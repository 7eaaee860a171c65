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
  return (
    <ImportPanel kind="readings" read={known ? read : null}>
      {(preview, { confirm, ...shown }) => (
        <ReadingsPreviewPanel
          // A new read starts the choices afresh.
          key={JSON.stringify(preview.stations.map((s) => s.key))}
          {...shown}
          known={known ?? []}
          headlineId={known?.find((s) => s.headline)?.id ?? null}
          events={(events.data ?? []).map((e) => ({
            ...e,
            start: toShanghaiTimestamp(e.start),
            end: e.end === null ? null : toShanghaiTimestamp(e.end),
          }))}
          onConfirm={(choices, chosenEvents, kept) => {
            rememberMatches(choices, new Set((known ?? []).map((s) => s.id)));
            confirm({
              type: 'confirm',
              choices,
              events: chosenEvents,
              kept,
              importedAt: toShanghaiTimestamp(Date.now()),
            });
          }}
        />
      )}
    </ImportPanel>
  );
}

function SewersImporter() {
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
  return (
    <ImportPanel kind="sewers" read={known ? read : null}>
      {(preview, { confirm, ...shown }) => (
        <SewersPreviewPanel
          key={JSON.stringify(preview.towns.map((s) => s.key))}
          {...shown}
          onConfirm={(choices) =>
            confirm({ type: 'confirm-sewers', choices, importedAt: toShanghaiTimestamp(Date.now()) })
          }
        />
      )}
    </ImportPanel>
  );
}

type ImportSession<P> = ReturnType<typeof useImport<P>>;

/** Each kind of import's words: its panel's title, the file picker's hint, and what it says when done. */
const IMPORT_TEXTS = {
  readings: { title: 'data.importTitle', hint: 'data.dropHint', done: 'data.done' },
  sewers: { title: 'data.sewersImportTitle', hint: 'data.sewersDropHint', done: 'data.sewersDone' },
} as const;

/** What a preview panel is given by its import panel: the preview and the session's files, state and actions. */
interface PreviewProps<P> {
  preview: P;
  files: ImportSession<P>['files'];
  saving: boolean;
  onOptions: ImportSession<P>['setOptions'];
  onDiscard: () => void;
  /** Saves the confirmed import, named by the files it was read from. */
  confirm: (request: Parameters<ImportSession<P>['save']>[0]) => void;
}

/**
 * One kind of import's panel: the file picker, where the session stands, and, once the files are read, their preview
 * (`children`, given the preview and what a preview panel is given).
 */
function ImportPanel<P extends { files: ComponentProps<typeof FilePicker>['outcomes'] & object }>({
  kind,
  read,
  children,
}: {
  kind: keyof typeof IMPORT_TEXTS;
  /** Reads the chosen files into a preview; null until what it matches them against is known. */
  read: ReadFiles<P> | null;
  children: (preview: P, props: PreviewProps<P>) => ReactNode;
}) {
  const { t } = useTranslation();
  const texts = IMPORT_TEXTS[kind];
  const session = useImport(read);
  const { preview } = session;
  return (
    <Panel title={t(texts.title)}>
      <FilePicker
        files={session.files}
        outcomes={preview?.files ?? null}
        hint={t(texts.hint)}
        tooLarge={session.tooLarge}
        onAdd={session.addFiles}
        onRemove={session.removeFile}
        onMoveUp={session.moveUp}
        onOptions={session.setOptions}
      />
      <SessionStatus
        phase={session.phase}
        files={session.files}
        onCancel={session.cancel}
        done={(files) => t(texts.done, { files })}
      />
      {preview &&
        session.files.length > 0 &&
        children(preview, {
          preview,
          files: session.files,
          saving: session.phase.kind === 'saving',
          onOptions: session.setOptions,
          onDiscard: session.discard,
          confirm: (request) =>
            void session.save(
              request,
              session.files.map((f) => f.file.name),
            ),
        })}
    </Panel>
  );
}
