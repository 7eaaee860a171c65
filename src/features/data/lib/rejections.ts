import type { TFunction } from '../../../i18n/i18n';
import type { CsvCell } from '../../../export/csv';
import type { FileOutcome } from '../../../import/import-protocol';
import type { Rejection } from '../../../import/readings-table';

export interface ListedRejection extends Rejection {
  file: string;
}

/** Every file's rejections, in file order. */
export const rejectionsOf = (outcomes: readonly FileOutcome[]): ListedRejection[] =>
  outcomes.flatMap((o) => (o.ok ? o.file.report.rejections.map((r) => ({ ...r, file: o.name })) : []));

const reasonText = (rejection: Rejection, t: TFunction) =>
  t(`data.rejection.${rejection.reason}`, { value: rejection.value });

/** The rejections as the CSV a user downloads: file, row, station, column, value as it was, reason. */
export function rejectionsTable(rejections: readonly ListedRejection[], t: TFunction) {
  return {
    header: [t('data.file'), t('data.row'), t('data.station'), t('data.column'), t('data.rawValue'), t('data.reason')],
    rows: rejections.map((r): CsvCell[] => [r.file, r.row, r.station, r.column, r.value, reasonText(r, t)]),
  };
}
