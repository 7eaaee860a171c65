import { useMemo, useState } from 'react';
import { useTranslation } from '../i18n/react';
import { formatValue } from '../i18n/format';
import { chartTable } from './chart-table';
import type { ECOption } from './echarts';

/**
 * "View as table" under a chart: the same data as an HTML table, for screen readers, keyboards and anyone who wants
 * the numbers. Built only when opened (a 4-hourly trend is thousands of rows).
 */
export function ChartTableView({ option, caption }: { option: ECOption; caption: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [open, setOpen] = useState(false);
  const table = useMemo(() => (open ? chartTable(option) : null), [open, option]);
  return (
    <details className="chart-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{open ? t('charts.table.hide') : t('charts.table.show')}</summary>
      {table && (
        <div className="chart-table-scroll" tabIndex={0} role="region" aria-label={caption}>
          <table className="data-table">
            <caption>
              {caption}
              {table.valueAxes.length > 0 && ` (${table.valueAxes.join('; ')})`}
            </caption>
            <thead>
              <tr>
                <th scope="col">{table.axisName ?? t(`charts.table.${table.kind}`)}</th>
                {table.columns.map((column, i) => (
                  <th scope="col" key={i}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  {row.cells.map((cell, i) => (
                    <td key={i}>{cell === null ? '—' : formatValue(cell, language)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
