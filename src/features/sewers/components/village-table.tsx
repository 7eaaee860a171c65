import { VILLAGE_STATUSES } from '../../../domain/dataset';
import {
  createColumnHelper,
  createSortedRowModel,
  functionalUpdate,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { useTranslation } from '../../../i18n/react';
import { type Town, type Village } from '../../../api/sewers';
import { formatNumber } from '../../../i18n/format';
import type { Language } from '../../../i18n/messages';
import type { VillageColumn, VillageSort } from '../lib/view';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  // `numeric`: right-aligned, tabular figures.
  columnMeta: metaHelper<{ numeric?: boolean }>(),
});
const helper = createColumnHelper<typeof features, Village>();

const ROW_HEIGHT = 40;
const STATUS_ORDER = new Map(VILLAGE_STATUSES.map((s, i) => [s, i]));

/**
 * The villages as a sortable table model (TanStack Table), sorting kept in the URL. Its rows, in the order shown, are
 * what the table renders and what the CSV export writes.
 */
export function useVillageTable(
  villages: readonly Village[],
  towns: readonly Town[],
  sort: VillageSort | null,
  onSort: (sort: VillageSort | null) => void,
) {
  const { i18n } = useTranslation();
  const columns = useVillageColumns(towns, i18n.language);
  const data = useMemo(() => [...villages], [villages]);
  const sorting = useMemo<SortingState>(() => (sort ? [{ id: sort.column, desc: sort.desc }] : []), [sort]);
  return useTable({
    features,
    columns,
    data,
    getRowId: (village) => village.id,
    state: { sorting },
    onSortingChange: (updater) => {
      const [first] = functionalUpdate(updater, sorting);
      onSort(first ? { column: first.id as VillageColumn, desc: first.desc } : null);
    },
    enableMultiSort: false,
    // Every column sorts ascending first, numbers included: one predictable cycle (asc, desc, off).
    sortDescFirst: false,
  });
}

export type VillageTableModel = ReturnType<typeof useVillageTable>;

/** Renders only the rows in view (TanStack Virtual), so that scrolling hundreds of rows stays smooth. */
export function VillageTable({ table }: { table: VillageTableModel }) {
  const { t } = useTranslation();
  const rows = table.getRowModel().rows;

  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler; the virtualizer re-renders this component itself when it scrolls.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]!.id,
    overscan: 12,
    // Until the first measurement (and in tests, where nothing is laid out), assume a desktop-sized viewport.
    initialRect: { width: 1200, height: 560 },
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div className="village-scroll" ref={scrollRef} tabIndex={0} aria-label={t('sewers.tableRegion')} role="region">
      <table className="data-table village-table" aria-rowcount={rows.length + 1}>
        <colgroup>
          <col className="col-name" />
          <col className="col-town" />
          <col className="col-status" />
          <col className="col-number" />
          <col className="col-treatment" />
          <col className="col-number" />
          <col className="col-number" />
          <col className="col-date" />
          <col className="col-date" />
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = String(header.column.columnDef.header);
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={header.column.columnDef.meta?.numeric ? 'numeric' : undefined}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                  >
                    <button
                      type="button"
                      className="sort-button"
                      onClick={header.column.getToggleSortingHandler()}
                      title={t('sewers.sortBy', { column: label })}
                    >
                      {label}
                      <span className="sort-mark" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <tr key={row.id} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                {row.getAllCells().map((cell, i) =>
                  i === 0 ? (
                    <th key={cell.id} scope="row">
                      <table.FlexRender cell={cell} />
                    </th>
                  ) : (
                    <td key={cell.id} className={cell.column.columnDef.meta?.numeric ? 'number' : undefined}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ),
                )}
              </tr>
            );
          })}
          {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
        </tbody>
      </table>
    </div>
  );
}

function useVillageColumns(towns: readonly Town[], language: Language) {
  const { t } = useTranslation();
  return useMemo(() => {
    const collator = new Intl.Collator(language === 'zh' ? 'zh-CN' : 'en');
    const townName = new Map(towns.map((town) => [town.id, town.name[language]]));
    const townOrder = new Map(towns.map((town, i) => [town.id, i]));
    const km = (value: number) => formatNumber(value, language, 3);
    const text = (get: (v: Village) => string) => (a: { original: Village }, b: { original: Village }) =>
      collator.compare(get(a.original), get(b.original));
    return helper.columns([
      helper.accessor((v) => v.name[language], {
        id: 'name',
        header: t('sewers.columns.name'),
        // In Chinese the characters with their pinyin (which the search also takes); in English the pinyin.
        cell: (info) =>
          language === 'zh' ? (
            <>
              <span>{info.row.original.name.zh}</span>
              <span className="pinyin">{info.row.original.name.en}</span>
            </>
          ) : (
            info.row.original.name.en
          ),
        sortFn: text((v) => v.name[language]),
      }),
      helper.accessor((v) => townOrder.get(v.townId) ?? 0, {
        id: 'town',
        header: t('sewers.columns.town'),
        cell: (info) => townName.get(info.row.original.townId) ?? info.row.original.townId,
      }),
      helper.accessor((v) => STATUS_ORDER.get(v.status) ?? 0, {
        id: 'status',
        header: t('sewers.columns.status'),
        cell: (info) => (
          <span className={`status-badge status-${info.row.original.status}`}>
            {t(`sewers.statuses.${info.row.original.status}`)}
          </span>
        ),
      }),
      helper.accessor((v) => v.households, {
        id: 'households',
        header: t('sewers.columns.households'),
        cell: (info) => formatNumber(info.getValue(), language),
        meta: { numeric: true },
      }),
      helper.accessor((v) => v.treatment, {
        id: 'treatment',
        header: t('sewers.columns.treatment'),
        cell: (info) => t(`sewers.treatments.${info.getValue()}`),
        sortFn: text((v) => t(`sewers.treatments.${v.treatment}`)),
      }),
      helper.accessor((v) => v.pipelineKm.planned, {
        id: 'plannedKm',
        header: `${t('sewers.columns.plannedKm')} (km)`,
        cell: (info) => km(info.getValue()),
        meta: { numeric: true },
      }),
      helper.accessor((v) => v.pipelineKm.built, {
        id: 'builtKm',
        header: `${t('sewers.columns.builtKm')} (km)`,
        cell: (info) => km(info.getValue()),
        meta: { numeric: true },
      }),
      // Missing dates sort after every date, whichever way the column is sorted.
      helper.accessor((v) => v.startedOn ?? undefined, {
        id: 'startedOn',
        header: t('sewers.columns.startedOn'),
        cell: (info) => info.getValue() ?? '—',
        sortUndefined: 'last',
      }),
      helper.accessor((v) => v.completedOn ?? undefined, {
        id: 'completedOn',
        header: t('sewers.columns.completedOn'),
        cell: (info) => info.getValue() ?? '—',
        sortUndefined: 'last',
      }),
    ]);
  }, [towns, language, t]);
}
