import { INDICATORS, type Indicator } from '../domain/gb3838';
import { SLOT_MS } from '../domain/readings';
import {
  type ColumnMapping,
  detectMapping,
  type Field,
  indicatorOf,
  type Layout,
  layoutOf,
  missingFields,
  namedFields,
} from './columns';
import { ImportError } from './problems';
import { TimeReader } from './times';
import { type MissingReason, parseConcentration, statusGap, type ValueRejection } from './values';

/** A cell as the table readers give it: CSV gives text, a workbook numbers too. */
export type Cell = string | number | boolean | null | undefined;

export type RowRejection = 'bad-time' | 'no-station' | 'duplicate' | 'unknown-indicator' | ValueRejection;

export interface Rejection {
  /** 1-based, as a spreadsheet numbers its rows. */
  row: number;
  /** The row's station as written ('' when it has none). */
  station: string;
  reason: RowRejection;
  /** The column the reason is about, when it is one cell's. */
  column: string | null;
  /** The cell as it was (or, for a duplicate, the row it repeats). */
  value: string;
}

export interface TableReport {
  layout: Layout;
  header: string[];
  mapping: ColumnMapping;
  /** Header names of the columns nothing reads. */
  ignored: string[];
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  rejections: Rejection[];
  missing: Partial<Record<MissingReason, number>>;
  belowDetection: number;
  /** Readings that shared a 4-hour slot with another of the same station and indicator (and were averaged). */
  averaged: number;
}

/** One station's readings: the mean per 4-hour slot (slot = epoch ms ÷ 4 h, which lands on 00:00 … 20:00 +08:00). */
export type SlotMeans = Record<Indicator, Map<number, number>>;

export interface TableReadings {
  report: TableReport;
  /** By station name as written (trimmed). */
  stations: Map<string, SlotMeans>;
}

/** Rows above the header (a title, a note) that a reader looks through to find it. */
const HEADER_SEARCH_ROWS = 10;
/** A file of nothing but bad rows still reports; it does not grow without end. */
const MAX_REJECTIONS_LISTED = 100_000;

const text = (cell: Cell) => (cell === null || cell === undefined ? '' : String(cell).trim());

/**
 * Reads one table's rows, in order, into slot means and a report (DESIGN §7). Rows come one at a time, so a large
 * file is never held twice: the reader keeps sums per station, indicator and slot, not rows.
 */
export class ReadingsTable {
  private header: string[] | null = null;
  private mapping: ColumnMapping = {};
  private readonly pending: { cells: Cell[]; row: number }[] = [];
  private readonly times: TimeReader;
  private readonly seen = new Map<string, number>();
  private readonly sums = new Map<string, Record<Indicator, Map<number, [sum: number, count: number]>>>();
  private readonly report: Omit<TableReport, 'layout' | 'header' | 'mapping' | 'ignored'> = {
    rowsRead: 0,
    rowsAccepted: 0,
    rowsRejected: 0,
    rejections: [],
    missing: {},
    belowDetection: 0,
    averaged: 0,
  };

  constructor(private readonly options: { mapping?: ColumnMapping; firstYear?: number } = {}) {
    this.times = new TimeReader(options.firstYear);
  }

  row(cells: Cell[], row: number): void {
    if (cells.every((cell) => text(cell) === '')) return;
    if (this.header) return this.data(cells, row);
    this.pending.push({ cells, row });
    if (this.pending.length >= HEADER_SEARCH_ROWS) this.findHeader();
  }

  finish(): TableReadings {
    if (!this.header) this.findHeader();
    if (!this.header) throw new ImportError({ code: 'empty' });
    const stations = new Map<string, SlotMeans>();
    for (const [name, byIndicator] of this.sums) {
      const means: SlotMeans = { nh3n: new Map<number, number>(), tn: new Map<number, number>() };
      for (const indicator of INDICATORS)
        for (const [slot, [sum, count]] of byIndicator[indicator]) {
          means[indicator].set(slot, sum / count);
          this.report.averaged += count - 1;
        }
      stations.set(name, means);
    }
    const used = new Set(Object.values(this.mapping));
    return {
      report: {
        ...this.report,
        layout: layoutOf(this.mapping),
        header: this.header,
        mapping: this.mapping,
        ignored: this.header.filter((name, i) => !used.has(i) && name !== ''),
      },
      stations,
    };
  }

  /** The header is the first of the rows looked through that names the most fields; the rows after it are data. */
  private findHeader(): void {
    if (this.pending.length === 0) return;
    const rows = this.pending.map(({ cells }) => cells.map(text));
    const best = rows.reduce((b, r, i) => (namedFields(r) > namedFields(rows[b]!) ? i : b), 0);
    const header = rows[best]!;
    const mapping = { ...detectMapping(header), ...this.options.mapping };
    const missing = missingFields(mapping);
    if (missing.length)
      throw new ImportError({
        code: 'missing-columns',
        table: 'readings',
        missing,
        found: header.filter((name) => name !== ''),
      });
    this.header = header;
    this.mapping = mapping;
    for (const { cells, row } of this.pending.splice(0).slice(best + 1)) this.data(cells, row);
  }

  private data(cells: Cell[], row: number): void {
    this.report.rowsRead++;
    const m = this.mapping;
    const station = text(cells[m.station!]);
    if (!station) return this.reject(row, station, 'no-station', this.column('station'), '');
    const time = this.times.read(
      typeof cells[m.time!] === 'number' ? (cells[m.time!] as number) : text(cells[m.time!]),
    );
    if (time.kind === 'needs-year') throw new ImportError({ code: 'needs-year' });
    if (time.kind === 'bad-time')
      return this.reject(row, station, 'bad-time', this.column('time'), text(cells[m.time!]));

    const values: [Indicator, Cell, string][] = [];
    if (layoutOf(m) === 'long') {
      const indicator = indicatorOf(text(cells[m.indicator!]));
      if (!indicator)
        return this.reject(row, station, 'unknown-indicator', this.column('indicator'), text(cells[m.indicator!]));
      values.push([indicator, cells[m.value!], this.column('value')]);
    } else {
      for (const indicator of INDICATORS)
        if (m[indicator] !== undefined) values.push([indicator, cells[m[indicator]], this.column(indicator)]);
    }

    const key = `${station}\u0000${time.ms}\u0000${layoutOf(m) === 'long' ? values[0]![0] : ''}`;
    const first = this.seen.get(key);
    if (first !== undefined) return this.reject(row, station, 'duplicate', null, String(first));
    this.seen.set(key, row);

    const gap = m.status === undefined ? null : statusGap(text(cells[m.status]));
    let kept = 0;
    let rejected = 0;
    for (const [indicator, cell, column] of values) {
      if (gap) {
        this.countMissing(gap);
        kept++;
        continue;
      }
      const value = parseConcentration(typeof cell === 'number' ? cell : text(cell), indicator);
      if (value.kind === 'rejected') {
        rejected++;
        this.listRejection({ row, station, reason: value.reason, column, value: text(cell) });
        continue;
      }
      kept++;
      if (value.kind === 'missing') this.countMissing(value.reason);
      else {
        if (value.kind === 'below-detection') this.report.belowDetection++;
        this.add(station, indicator, Math.floor(time.ms / SLOT_MS), value.value);
      }
    }
    if (kept === 0 && rejected > 0) this.report.rowsRejected++;
    else this.report.rowsAccepted++;
  }

  private add(station: string, indicator: Indicator, slot: number, value: number) {
    let byIndicator = this.sums.get(station);
    if (!byIndicator) this.sums.set(station, (byIndicator = { nh3n: new Map(), tn: new Map() }));
    const sum = byIndicator[indicator].get(slot);
    if (sum) [sum[0], sum[1]] = [sum[0] + value, sum[1] + 1];
    else byIndicator[indicator].set(slot, [value, 1]);
  }

  private column(field: Field): string {
    return this.header?.[this.mapping[field]!] ?? field;
  }

  private countMissing(reason: MissingReason) {
    this.report.missing[reason] = (this.report.missing[reason] ?? 0) + 1;
  }

  private reject(row: number, station: string, reason: RowRejection, column: string | null, value: string): void {
    this.report.rowsRejected++;
    this.listRejection({ row, station, reason, column, value });
  }

  private listRejection(rejection: Rejection) {
    if (this.report.rejections.length < MAX_REJECTIONS_LISTED) this.report.rejections.push(rejection);
  }
}
