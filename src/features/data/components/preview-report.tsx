import { useTranslation } from '../../../i18n/react';
import type { TFunction } from '../../../i18n/i18n';
import type { ReactNode } from 'react';
import { FIELDS } from '../../../import/columns';
import type { FileSummary, ImportPreview } from '../../../import/import-protocol';
import type { MissingReason } from '../../../import/values';
import { formatDateTime, formatList, formatNumber } from '../../../i18n/format';
import { parseShanghaiTimestamp } from '../../../domain/shanghai-time';
import { saveFile } from '../../../export/download';
import { rejectionsOf, rejectionsTable } from '../lib/rejections';
import type { CsvCell } from '../../../export/csv';

const REJECTIONS_SHOWN = 20;

/** What the files gave: rows read, accepted and rejected, period, gaps by reason, and the notes of the method. */
export function PreviewCounts({ preview }: { preview: ImportPreview }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const reports = preview.files.flatMap((f) => (f.ok ? [f.file.report] : []));
  const sum = (pick: (r: FileSummary['report']) => number) => reports.reduce((total, r) => total + pick(r), 0);
  const missing = new Map<MissingReason, number>();
  for (const report of reports)
    for (const [reason, count] of Object.entries(report.missing) as [MissingReason, number][])
      missing.set(reason, (missing.get(reason) ?? 0) + count);
  const n = (value: number) => formatNumber(value, language);
  return (
    <div className="import-counts">
      <RowCounts reports={reports}>
        <div>
          <dt>{t('data.period')}</dt>
          <dd>
            {preview.period
              ? `${formatDateTime(parseShanghaiTimestamp(preview.period.first)!)} – ${formatDateTime(parseShanghaiTimestamp(preview.period.last)!)}`
              : '—'}
          </dd>
        </div>
      </RowCounts>
      <ul className="import-notes">
        {sum((r) => r.repeats) > 0 && <li>{t('data.repeats', { count: n(sum((r) => r.repeats)) })}</li>}
        {preview.averaged > 0 && <li>{t('data.averaged', { count: n(preview.averaged) })}</li>}
        {preview.overridden > 0 && <li>{t('data.overridden', { count: n(preview.overridden) })}</li>}
        {sum((r) => r.belowDetection) > 0 && (
          <li>{t('data.belowDetection', { count: sum((r) => r.belowDetection) })}</li>
        )}
        {missing.size > 0 && (
          <li>
            {t('data.missingTitle')}:{' '}
            {formatList(
              [...missing].map(([reason, count]) => `${t(`data.missing.${reason}`)} ${n(count)}`),
              language,
            )}
          </li>
        )}
      </ul>
      <TimeNotes preview={preview} />
    </div>
  );
}

/** How many of a list a note shows before "…". */
const LISTED = 10;

/**
 * What the files' times and rows say that the user should know (DESIGN §7 v3): revisions (the later row won), stale
 * rows out of order, and stations whose year could not be inferred across a long gap — each with its rows.
 */
function TimeNotes({ preview }: { preview: ImportPreview }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const files = preview.files.flatMap((f) => (f.ok ? [{ name: f.name, report: f.file.report }] : []));
  const list = <T,>(pick: (report: FileSummary['report']) => readonly T[], line: (item: T) => string) => {
    const items = files.flatMap(({ name, report }) => pick(report).map((item) => `${name} ${line(item)}`));
    return { count: items.length, text: items.slice(0, LISTED).join('；') + (items.length > LISTED ? ' …' : '') };
  };
  const revisions = list(
    (r) => r.revisions,
    (v) =>
      t('data.revisionItem', {
        station: v.station,
        time: formatDateTime(v.time),
        earlier: v.rows[0],
        later: v.rows[1],
      }),
  );
  const stale = list(
    (r) => r.outOfOrder,
    (o) => t('data.staleItem', { station: o.station, time: formatDateTime(o.time), row: o.row }),
  );
  const gaps = list(
    (r) => r.longGaps,
    (g) => t('data.longGapItem', { station: g.station, from: formatDateTime(g.from), to: formatDateTime(g.to) }),
  );
  const n = (value: number) => formatNumber(value, language);
  if (revisions.count + stale.count + gaps.count === 0) return null;
  return (
    <ul className="import-notes import-warnings">
      {revisions.count > 0 && (
        <li>
          {t('data.revisions', { count: n(revisions.count) })} {revisions.text}
        </li>
      )}
      {stale.count > 0 && (
        <li>
          {t('data.stale', { count: n(stale.count) })} {stale.text}
        </li>
      )}
      {gaps.count > 0 && (
        <li>
          {t('data.longGaps', { count: n(gaps.count) })} {gaps.text}
        </li>
      )}
    </ul>
  );
}

/** Rows read, accepted and rejected over every file's report, and any further figures as children. */
export function RowCounts({
  reports,
  children,
}: {
  reports: readonly { rowsRead: number; rowsAccepted: number; rowsRejected: number }[];
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const sum = (pick: (r: (typeof reports)[number]) => number) => reports.reduce((total, r) => total + pick(r), 0);
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <dl className="import-figures">
      {(['rowsRead', 'rowsAccepted', 'rowsRejected'] as const).map((key) => (
        <div key={key}>
          <dt>{t(`data.${key}`)}</dt>
          <dd className="number">{n(sum((r) => r[key]))}</dd>
        </div>
      ))}
      {children}
    </dl>
  );
}

interface MappingProps {
  name: string;
  /** What kind of table it was read as. */
  kind: string;
  report: { header: string[]; mapping: Partial<Record<string, number>>; ignored: string[] };
  fields: readonly { field: string; label: string }[];
  onMapping: (mapping: Partial<Record<string, number>>) => void;
}

/** The readings fields a layout reads, with their names. */
export function readingsFields(report: FileSummary['report'], t: TFunction) {
  return FIELDS.filter((field) =>
    report.layout === 'long' ? !['nh3n', 'tn'].includes(field) : !['indicator', 'value'].includes(field),
  ).map((field) => ({ field, label: t(`data.field.${field}`) }));
}

/** How one file's columns were read, changeable field by field; the columns nothing reads are listed. */
export function ColumnMappingView({ name, kind, report, fields, onMapping }: MappingProps) {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className="import-mapping">
      <legend>{t('data.mappingTitle', { file: name })}</legend>
      <p className="muted">{kind}</p>
      <div className="import-mapping-fields">
        {fields.map(({ field, label }) => (
          <label key={field}>
            <span>{label}</span>
            <select
              value={report.mapping[field] ?? ''}
              onChange={(event) =>
                onMapping({
                  ...report.mapping,
                  [field]: event.target.value === '' ? undefined : Number(event.target.value),
                })
              }
            >
              <option value="">{t('data.notMapped')}</option>
              {report.header.map((column, index) => (
                <option key={index} value={index}>
                  {column || `#${index + 1}`}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {report.ignored.length > 0 && (
        <p className="muted">{t('data.ignored', { columns: formatList(report.ignored, i18n.language) })}</p>
      )}
    </fieldset>
  );
}

/** The readings' rejections: the first as a table, all of them as a CSV. */
export function Rejections({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const rejections = rejectionsOf(preview.files);
  if (rejections.length === 0) return null;
  const total = preview.files.reduce((sum, f) => sum + (f.ok ? f.file.report.rejectionsTotal : 0), 0);
  return <RejectionsTable {...rejectionsTable(rejections, t)} total={total} fileName="ge-lake-import-rejections.csv" />;
}

/**
 * Rejected rows, any kind of import's: the first of them as a table (the second column is the row number), those
 * listed as a CSV with the same columns; `total` counts every rejection, listed or not.
 */
export function RejectionsTable({
  header,
  rows,
  total,
  fileName,
}: {
  header: string[];
  rows: CsvCell[][];
  total: number;
  fileName: string;
}) {
  const { t } = useTranslation();
  const download = async () => {
    const { csvBlob, toCsv } = await import('../../../export/csv');
    saveFile(csvBlob(toCsv(header, rows)), fileName);
  };
  const shown = rows.slice(0, REJECTIONS_SHOWN);
  return (
    <div className="import-rejections">
      <div className="table-scroll">
        <table className="data-table">
          <caption>
            {t('data.rejectionsTitle')}
            {total > shown.length && ` (${t('data.rejectionsShown', { shown: shown.length, total })})`}
          </caption>
          <thead>
            <tr>
              {header.map((name) => (
                <th key={name} scope="col">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j} className={j === 1 ? 'number' : undefined}>
                    {cell === null || cell === '' ? '—' : cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="button" onClick={() => void download()}>
        {t('data.downloadRejections')}
      </button>
    </div>
  );
}
