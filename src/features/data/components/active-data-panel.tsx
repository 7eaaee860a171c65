import { useId } from 'react';
import { useTranslation } from '../../../i18n/react';
import { useMeta } from '../../../api/meta';
import { Panel } from '../../../components/panel';
import { env } from '../../../config/env';
import { parseShanghaiTimestamp } from '../../../domain/shanghai-time';
import { formatDateTime, formatList } from '../../../i18n/format';
import type { Choice, ImportSummary } from '../../../import/dataset-store';
import type { Part } from '../../../domain/dataset';
import { exportBundle, useChooseDataset, useStoredDatasets } from '../use-stored-datasets';

/** Which data each part serves now, the imports kept to switch to, and the dataset bundle in and out. */
export function ActiveDataPanel({ onImportBundle }: { onImportBundle: (file: File) => void }) {
  const { t } = useTranslation();
  const meta = useMeta();
  const stored = useStoredDatasets();
  const bundleInput = useId();
  const sources = meta.data?.sources;
  // The import each part serves now (its id), if it serves one that is kept here.
  const activeImport = (part: Part) => {
    const kind = part === 'water' ? sources?.waterQuality.kind : sources?.sewers.kind;
    const active = stored.data?.[part].active;
    return kind === 'import' && active !== undefined && active !== 'default' && active !== 'illustrative'
      ? active
      : null;
  };
  const exportable = { water: activeImport('water'), sewers: activeImport('sewers') };

  return (
    <Panel title={t('data.activeTitle')}>
      {stored.isError && (
        <p className="import-problem" role="alert">
          {t('data.storeUnreadable', { detail: stored.error.message })}
        </p>
      )}
      {(['water', 'sewers'] as const).map((part) => (
        <PartDatasets
          key={part}
          part={part}
          imported={(part === 'water' ? sources?.waterQuality.kind : sources?.sewers.kind) === 'import'}
          active={stored.data?.[part].active ?? 'default'}
          kept={stored.data?.[part].kept ?? []}
        />
      ))}
      <p className="muted dataset-bundle">
        {t('data.bundleHint')}{' '}
        {(exportable.water || exportable.sewers) && (
          <button type="button" className="button button-quiet" onClick={() => void exportBundle(exportable)}>
            {t('data.exportBundle')}
          </button>
        )}{' '}
        <label className="button button-quiet" htmlFor={bundleInput}>
          {t('data.importBundle')}
        </label>
        <input
          id={bundleInput}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onImportBundle(file);
            event.target.value = '';
          }}
        />
      </p>
    </Panel>
  );
}

interface PartDatasetsProps {
  part: Part;
  /** The part serves imported data now (from `/meta.sources`). */
  imported: boolean;
  active: Choice;
  kept: ImportSummary[];
}

/** One part's choices: the built-in data, the deployment's shipped import (water), and the kept imports. */
function PartDatasets({ part, imported, active, kept }: PartDatasetsProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const choose = useChooseDataset();
  const activeTag = <span className="import-tag">{t('data.active')}</span>;
  const chooseButton = (choice: Choice, label: string) => (
    <button
      type="button"
      className="button"
      disabled={choose.isPending}
      onClick={() => choose.mutate({ part, choice })}
    >
      {label}
    </button>
  );
  const shipped = part === 'water' && env.dataset === 'imported';
  return (
    <section className="part-datasets" aria-label={t(part === 'water' ? 'data.waterPart' : 'data.sewersPart')}>
      <h3>{t(part === 'water' ? 'data.waterPart' : 'data.sewersPart')}</h3>
      <ul className="datasets">
        <li className="dataset">
          <div>
            <strong>{t('data.illustrativeData')}</strong>
            {!imported && activeTag}
          </div>
          {imported && chooseButton('illustrative', t('data.backToIllustrative'))}
        </li>
        {shipped && (
          <li className="dataset">
            <div>
              <strong>{t('data.shippedData')}</strong>
              {imported && active === 'default' && activeTag}
            </div>
            {!(imported && active === 'default') && chooseButton('default', t('data.useImport'))}
          </li>
        )}
        {kept.map((summary) => (
          <li key={summary.id} className="dataset">
            <div>
              <strong>
                {t('data.importedFrom', {
                  files: formatList(
                    summary.source.files.map((f) => f.name),
                    language,
                  ),
                })}
              </strong>
              {imported && active === summary.id && activeTag}
              <br />
              <span className="muted">
                {t(part === 'water' ? 'data.importedAt' : 'data.sewersImportedAt', {
                  time: formatDateTime(parseShanghaiTimestamp(summary.createdAt)!),
                  places: summary.places,
                  asOf: formatDateTime(parseShanghaiTimestamp(summary.asOf)!),
                })}
              </span>
            </div>
            {!(imported && active === summary.id) && chooseButton(summary.id, t('data.useImport'))}
          </li>
        ))}
      </ul>
    </section>
  );
}
