import type { TFunction } from '../../../i18n/i18n';
import type { Field } from '../../../import/columns';
import type { ImportProblem } from '../../../import/problems';
import type { PlanField, VillageField } from '../../../import/sewers-table';
import { formatList } from '../../../i18n/format';
import type { Language } from '../../../i18n/messages';

/** A file problem as one sentence naming what is wrong (and, for columns, what was found instead). */
export function problemMessage(
  problem: ImportProblem | { code: 'store'; detail: string },
  t: TFunction,
  language: Language,
): string {
  switch (problem.code) {
    case 'missing-columns':
      return t('data.problem.missing-columns', {
        missing: formatList(
          problem.missing.map((field) =>
            problem.table === 'readings'
              ? t(`data.field.${field as Field}`)
              : t(`data.sewerField.${field as VillageField | PlanField}`),
          ),
          language,
        ),
        found:
          formatList(problem.found, language) +
          (problem.more > 0 ? t('data.problem.moreColumns', { count: problem.more }) : ''),
      });
    case 'workbook-too-large':
      return t('data.problem.workbook-too-large', {
        size: Number.isFinite(problem.unpacked) ? `${Math.round(problem.unpacked / 1024 / 1024)} MB` : '> 4 GB',
      });
    case 'nul-byte':
      return t('data.problem.nul-byte', { line: problem.line });
    case 'unreadable-workbook':
    case 'bad-bundle':
    case 'breaks-contract':
    case 'store':
      return t(`data.problem.${problem.code}`, { detail: problem.detail });
    default:
      return t(`data.problem.${problem.code}`);
  }
}
