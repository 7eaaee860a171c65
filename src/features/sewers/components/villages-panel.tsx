import { VILLAGE_STATUSES, type VillageStatus } from '../../../domain/dataset';
import type { UseQueryResult } from '@tanstack/react-query';
import { useCallback, useId, useMemo, useRef } from 'react';
import { useTranslation } from '../../../i18n/react';
import { type Town, type Village } from '../../../api/sewers';
import { useAfterFirstChart } from '../../../charts/first-chart';
import { useNearViewport } from '../../../charts/use-near-viewport';
import { Panel } from '../../../components/panel';
import { EmptyState } from '../../../components/query-states';
import { QueryView } from '../../../components/query-view';
import { fileName, saveFile } from '../../../export/download';
import { useExport } from '../../../export/use-export';
import { formatNumber } from '../../../i18n/format';
import { filterVillages, villageTable } from '../lib/villages';
import type { SewersView, VillageSort } from '../lib/view';
import { useVillageTable, VillageTable, type VillageTableModel } from './village-table';

interface VillagesPanelProps {
  villages: readonly Village[] | undefined;
  towns: readonly Town[] | undefined;
  view: SewersView;
  onChange: (next: Partial<SewersView>) => void;
  queries: readonly UseQueryResult[];
}

const NO_TOWNS: readonly Town[] = [];

/** All villages: search by name (characters or pinyin), filter by town and status, sort, count, export as shown. */
export function VillagesPanel({ villages, towns, view, onChange, queries }: VillagesPanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const ids = { search: useId(), town: useId(), status: useId() };
  const exporter = useExport();
  const shown = useMemo(
    () => filterVillages(villages ?? [], { town: view.town ?? undefined, status: view.status ?? undefined, q: view.q }),
    [villages, view.town, view.status, view.q],
  );
  const onSort = useCallback((sort: VillageSort | null) => onChange({ sort }), [onChange]);
  const table = useVillageTable(shown, towns ?? NO_TOWNS, view.sort, onSort);
  const exportCsv = () =>
    exporter.run(async () => {
      const { csvBlob, toCsv } = await import('../../../export/csv');
      const rows = table.getRowModel().rows.map((row) => row.original);
      const csv = villageTable(rows, towns ?? [], language);
      const parts = ['ge-lake-villages', view.town ?? 'all-towns', view.status ?? 'all-statuses'];
      saveFile(csvBlob(toCsv(csv.header, csv.rows)), fileName(parts, 'csv'));
    });
  return (
    <Panel className="villages-panel" title={t('sewers.tableTitle')}>
      <QueryView queries={queries} isEmpty={() => !villages || villages.length === 0}>
        {() => (
          <>
            <div className="table-controls">
              <div className="field">
                <label htmlFor={ids.search}>{t('sewers.search')}</label>
                <input
                  id={ids.search}
                  type="search"
                  value={view.q}
                  placeholder={t('sewers.searchPlaceholder')}
                  onChange={(event) => onChange({ q: event.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={ids.town}>{t('sewers.town')}</label>
                <select
                  id={ids.town}
                  value={view.town ?? ''}
                  onChange={(event) => onChange({ town: event.target.value || null })}
                >
                  <option value="">{t('sewers.any')}</option>
                  {(towns ?? []).map((town) => (
                    <option key={town.id} value={town.id}>
                      {town.name[language]}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={ids.status}>{t('sewers.status')}</label>
                <select
                  id={ids.status}
                  value={view.status ?? ''}
                  onChange={(event) => onChange({ status: (event.target.value || null) as VillageStatus | null })}
                >
                  <option value="">{t('sewers.any')}</option>
                  {VILLAGE_STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {t(`sewers.statuses.${status}`)}
                    </option>
                  ))}
                </select>
              </div>
              <p className="row-count" role="status">
                {t('sewers.count', {
                  shown: formatNumber(shown.length, language),
                  total: formatNumber(villages!.length, language),
                })}
              </p>
              <button
                type="button"
                className="button"
                onClick={() => void exportCsv()}
                disabled={shown.length === 0 || exporter.busy}
              >
                {t('sewers.exportCsv')}
              </button>
              {exporter.error && (
                <span className="export-error" role="alert">
                  {t('export.failed', { reason: exporter.error })}
                </span>
              )}
            </div>
            {shown.length === 0 ? <EmptyState>{t('sewers.noMatch')}</EmptyState> : <VillageRows table={table} />}
          </>
        )}
      </QueryView>
    </Panel>
  );
}

/**
 * The rows, once their box nears the screen and the page's first chart has drawn: hundreds of cells to lay out, below
 * the charts, which on a phone nobody may scroll to. The box holds their place until then.
 */
function VillageRows({ table }: { table: VillageTableModel }) {
  const box = useRef<HTMLDivElement>(null);
  const near = useNearViewport(box);
  const afterFirstChart = useAfterFirstChart();
  return near && afterFirstChart ? (
    <VillageTable table={table} />
  ) : (
    <div ref={box} className="village-scroll" aria-busy="true" />
  );
}
