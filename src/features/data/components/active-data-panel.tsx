import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeta } from '../../../api/meta';
import { Panel } from '../../../components/panel';
import { env } from '../../../config/env';
import { parseShanghaiTimestamp } from '../../../domain/shanghai-time';
import { formatDateTime, formatList } from '../../../i18n/format';
import type { Language } from '../../../i18n/messages';
import type { ImportSummary } from '../../../import/dataset-store';
import { exportBundle, useChooseDataset, useStoredDatasets } from '../use-stored-datasets';

/** Which data the app serves now, the imports kept to switch to, and the dataset bundle in and out. */
export function ActiveDataPanel({ onImportBundle }: { onImportBundle: (file: File) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const meta = useMeta();
  const stored = useStoredDatasets();
  const choose = useChooseDataset();
  const bundleInput = useId();
  const active = stored.data?.active;
  const importActive = meta.data?.sources.waterQuality.kind === 'import';

  const describe = (summary: ImportSummary) => (
    <>
      <strong>
        {t('data.importedFrom', {
          files: formatList(
            summary.source.files.map((f) => f.name),
            language,
          ),
        })}
      </strong>
      <br />
      <span className="muted">
        {t('data.importedAt', {
          time: formatDateTime(parseShanghaiTimestamp(summary.createdAt)!),
          stations: summary.stations,
          asOf: formatDateTime(parseShanghaiTimestamp(summary.asOf)!),
        })}
      </span>
    </>
  );

  return (
    <Panel title={t('data.activeTitle')}>
      {stored.isError && (
        <p className="import-problem" role="alert">
          {t('data.storeUnreadable', { detail: stored.error.message })}
        </p>
      )}
      <ul className="datasets">
        <li className="dataset">
          <div>
            <strong>{t('data.illustrativeData')}</strong>
            {!importActive && <span className="import-tag"> {t('data.active')}</span>}
          </div>
          {importActive && (
            <button
              type="button"
              className="button"
              disabled={choose.isPending}
              onClick={() => choose.mutate('illustrative')}
            >
              {t('data.backToIllustrative')}
            </button>
          )}
        </li>
        {env.dataset === 'imported' && (
          <li className="dataset">
            <div>
              <strong>{t('data.shippedData')}</strong>
              {importActive && (active ?? 'default') === 'default' && (
                <span className="import-tag"> {t('data.active')}</span>
              )}
            </div>
            {!(importActive && (active ?? 'default') === 'default') && (
              <button
                type="button"
                className="button"
                disabled={choose.isPending}
                onClick={() => choose.mutate('default')}
              >
                {t('data.useImport')}
              </button>
            )}
          </li>
        )}
        {stored.data?.kept.map((summary) => (
          <li key={summary.id} className="dataset">
            <div>
              {describe(summary)}
              {importActive && active === summary.id && <span className="import-tag"> {t('data.active')}</span>}
            </div>
            <div className="dataset-actions">
              {!(importActive && active === summary.id) && (
                <button
                  type="button"
                  className="button"
                  disabled={choose.isPending}
                  onClick={() => choose.mutate(summary.id)}
                >
                  {t('data.useImport')}
                </button>
              )}
              <button type="button" className="button button-quiet" onClick={() => void exportBundle(summary.id)}>
                {t('data.exportBundle')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <p className="muted">
        {t('data.bundleHint')}{' '}
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
