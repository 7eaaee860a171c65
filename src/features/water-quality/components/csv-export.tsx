import { useTranslation } from '../../../i18n/react';
import type { SeriesResponse, Station } from '../../../api/water-quality';
import { fileName, saveFile } from '../../../export/download';
import { useExport } from '../../../export/use-export';
import type { Language } from '../../../i18n/messages';
import { seriesTable } from '../lib/series-table';

/** Exports the series shown (chosen stations, range, interval) as CSV; the CSV code loads on the first click. */
export function CsvExport({
  series,
  chosen,
  language,
}: {
  series: SeriesResponse | undefined;
  chosen: readonly Station[];
  language: Language;
}) {
  const { t } = useTranslation();
  const exporter = useExport();
  const exportCsv = () =>
    exporter.run(async () => {
      if (!series) return;
      const { csvBlob, toCsv } = await import('../../../export/csv');
      const table = seriesTable(series, chosen, language);
      const name = fileName(['ge-lake-water-quality', series.from, series.to, series.interval], 'csv');
      saveFile(csvBlob(toCsv(table.header, table.rows)), name);
    });
  return (
    <>
      <button type="button" className="button" onClick={() => void exportCsv()} disabled={!series || exporter.busy}>
        {exporter.busy ? t('export.busy') : t('waterQuality.exportCsv')}
      </button>
      {exporter.error && (
        <span className="export-error" role="alert">
          {t('export.failed', { reason: exporter.error })}
        </span>
      )}
    </>
  );
}
