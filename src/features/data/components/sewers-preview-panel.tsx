import { useMemo, useState } from 'react';
import { useTranslation } from '../../../i18n/react';
import { Chart } from '../../../charts/chart';
import { buildCumulativeProgressOption } from '../../../charts/options/cumulative-progress';
import { deskTheme } from '../../../charts/theme';
import { parseShanghaiTimestamp } from '../../../domain/shanghai-time';
import { formatDate, formatList, formatNumber } from '../../../i18n/format';
import type { SewersPreview as Preview } from '../../../import/import-protocol';
import { defaultTownChoices, type TownChoice } from '../../../import/sewers-import';
import { PLAN_FIELDS, VILLAGE_FIELDS } from '../../../import/sewers-table';
import type { ChosenFile } from '../use-import';
import { ColumnMappingView, RejectionsTable, RowCounts } from './preview-report';

/** How many repeated names the preview lists before "… and N more". */
const LISTED = 30;

interface SewersPreviewProps {
  preview: Preview;
  files: ChosenFile[];
  onOptions: (id: number, options: ChosenFile['options']) => void;
  saving: boolean;
  onConfirm: (choices: TownChoice[]) => void;
  onDiscard: () => void;
}

/** The sewer programme the files would make active, before anything changes; 确认导入 makes it so. */
export function SewersPreviewPanel({ preview, files, onOptions, saving, onConfirm, onDiscard }: SewersPreviewProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const choices = useMemo(() => defaultTownChoices(preview.towns), [preview.towns]);
  const [confirmed, setConfirmed] = useState<Set<string>>(new Set());
  const [distinct, setDistinct] = useState(false);
  const newTowns = preview.towns.filter((town) => !town.known);
  const unconfirmed = newTowns.filter((town) => !confirmed.has(town.key));
  const reports = preview.files.flatMap((f) => (f.ok ? [{ name: f.name, report: f.file.report }] : []));
  const rejections = reports.flatMap(({ name, report }) => report.rejections.map((r) => ({ ...r, file: name })));
  const n = (value: number, digits = 0) => formatNumber(value, language, digits);
  const hasVillages = preview.totals.villages > 0;
  const blocked =
    saving ||
    preview.files.some((f) => !f.ok) ||
    !hasVillages ||
    unconfirmed.length > 0 ||
    (preview.manyDuplicates.length > 0 && !distinct) ||
    preview.planDecreases.length > 0 ||
    preview.broken.length > 0;

  const asOfMonth = preview.asOf?.slice(0, 7) ?? '';
  const option = useMemo(
    () =>
      preview.programme.length
        ? buildCumulativeProgressOption(
            preview.programme.map((m) => ({ month: m.month, planned: m.plannedVillages, actual: m.completedVillages })),
            asOfMonth,
            deskTheme,
            language,
          )
        : null,
    [preview.programme, asOfMonth, language],
  );

  const reason = (r: (typeof rejections)[number]) => t(`data.sewerRejection.${r.reason}`);

  return (
    <section className="import-preview" aria-labelledby="sewers-preview-title">
      <h2 id="sewers-preview-title">{t('data.previewTitle')}</h2>
      <p className="muted">{t('data.previewLead')}</p>
      <RowCounts reports={reports.map((r) => r.report)} />
      <ul className="import-notes">
        {hasVillages && preview.asOf && (
          <li>
            {t('data.sewersTotals', {
              villages: n(preview.totals.villages),
              planned: n(preview.totals.plannedKm, 1),
              built: n(preview.totals.builtKm, 1),
              asOf: formatDate(parseShanghaiTimestamp(preview.asOf)!),
            })}
          </li>
        )}
        {!preview.hasPlan && hasVillages && <li>{t('data.noPlanFile')}</li>}
        {preview.duplicates.length > 0 && (
          <li>
            {t('data.duplicates', { names: formatList(preview.duplicates.slice(0, LISTED), language) })}
            {preview.duplicates.length > LISTED &&
              t('data.problem.moreColumns', { count: n(preview.duplicates.length - LISTED) })}
          </li>
        )}
        {hasVillages && preview.broken.length === 0 && <li>{t('data.invariantsOk')}</li>}
      </ul>
      {preview.files.map((outcome, index) =>
        outcome.ok ? (
          <ColumnMappingView
            key={files[index]?.id ?? index}
            name={outcome.name}
            kind={t(`data.tableKind.${outcome.file.report.kind}`)}
            report={outcome.file.report}
            fields={(outcome.file.report.kind === 'villages' ? VILLAGE_FIELDS : PLAN_FIELDS).map((field) => ({
              field,
              label: t(`data.sewerField.${field}`),
            }))}
            onMapping={(mapping) => files[index] && onOptions(files[index].id, { mapping })}
          />
        ) : null,
      )}
      {!hasVillages && preview.files.every((f) => f.ok) && (
        <p className="import-problem" role="alert">
          {t('data.needVillageTable')}
        </p>
      )}
      {preview.planDecreases.length > 0 && (
        <p className="import-problem" role="alert">
          {t('data.planDecreases', { items: formatList(preview.planDecreases, language) })}
        </p>
      )}
      {preview.broken.length > 0 && (
        <p className="import-problem" role="alert">
          {t('data.invariantsBroken', { items: formatList(preview.broken, language) })}
        </p>
      )}

      {rejections.length > 0 && (
        <RejectionsTable
          header={[t('data.file'), t('data.row'), t('data.column'), t('data.rawValue'), t('data.reason')]}
          rows={rejections.map((r) => [r.file, r.row, r.column, r.value, reason(r)])}
          total={preview.files.reduce((sum, f) => sum + (f.ok ? f.file.report.rejectionsTotal : 0), 0)}
          fileName="ge-lake-sewer-import-rejections.csv"
        />
      )}

      {preview.towns.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t('data.townsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('data.sewerField.town')}</th>
                <th scope="col">{t('sewers.villageCount')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.towns.map((town) => (
                <tr key={town.key}>
                  <th scope="row">
                    {town.name}{' '}
                    {town.known ? (
                      <span className="import-tag">{t('data.matched')}</span>
                    ) : (
                      <label className="checkbox-option">
                        <input
                          type="checkbox"
                          checked={confirmed.has(town.key)}
                          onChange={(event) => {
                            const next = new Set(confirmed);
                            if (event.target.checked) next.add(town.key);
                            else next.delete(town.key);
                            setConfirmed(next);
                          }}
                        />
                        {t('data.confirmNewTown', { town: town.name })}
                      </label>
                    )}
                  </th>
                  <td className="number">{n(town.villages)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {option && (
        <figure className="import-chart">
          <figcaption>{t('data.sewersChartTitle')}</figcaption>
          <Chart
            option={option}
            height={240}
            description={t('data.sewersChartDescription', { plan: preview.hasPlan ? t('data.withPlan') : '' })}
          />
        </figure>
      )}

      <div className="import-actions">
        {unconfirmed.length > 0 && (
          <p className="import-problem">
            {t('data.unconfirmedTowns', {
              towns: formatList(
                unconfirmed.map((town) => town.name),
                language,
              ),
            })}
          </p>
        )}
        {preview.manyDuplicates.length > 0 && (
          <label className="checkbox-option import-problem">
            <input type="checkbox" checked={distinct} onChange={(event) => setDistinct(event.target.checked)} />{' '}
            {t('data.confirmDuplicates', {
              towns: formatList(
                preview.manyDuplicates.map((d) => t('data.duplicateRows', { town: d.town, rows: n(d.rows) })),
                language,
              ),
            })}
          </label>
        )}
        <button type="button" className="button button-primary" disabled={blocked} onClick={() => onConfirm(choices)}>
          {saving ? t('data.saving') : t('data.confirm')}
        </button>
        <button type="button" className="button button-quiet" onClick={onDiscard} disabled={saving}>
          {t('data.discard')}
        </button>
      </div>
    </section>
  );
}
