import { INDICATORS, type Indicator } from '../domain/gb3838';
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
import { foundColumns, ImportError, quoted } from './problems';
import { longGaps, NeedsYear, outOfOrder, placeYears, plausibleTime, readTime, type TimeCell } from './times';
import { type MissingReason, parseConcentration, statusGap, type ValueRejection } from './values';

/** A cell as the table readers give it: CSV gives text, a workbook numbers too. */
export type Cell = string | number | boolean | null | undefined;

export type RowRejection =
  'bad-time' | 'implausible-time' | 'no-station' | 'long-name' | 'unknown-indicator' | ValueRejection;

export interface Rejection {
  /** 1-based, as a spreadsheet numbers its rows. */
  row: number;
  /** The row's station as written ('' when it has none). */
  station: string;
  reason: RowRejection;
  /** The column the reason is about, when it is one cell's. */
  column: string | null;
  /** The cell as it was. */
  value: string;
}

/** Rows of the same station and time whose values differ: the platform revised the reading, the later row wins. */
export interface Revision {
  station: string;
  time: number;
  rows: [earlier: number, later: number];
}

export interface TableReport {
  layout: Layout;
  header: string[];
  mapping: ColumnMapping;
  /** Header names of the columns nothing reads. */
  ignored: string[];
  /** Whether the row under the header held only units (`mg/L`), and was skipped. */
  unitsRow: boolean;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  /** Rows identical to an earlier one of the same station and time (the platform lists some twice): counted once. */
  repeats: number;
  revisions: Revision[];
  /** Rows more than one slot back in time from their station's previous row: stale readings, kept. */
  outOfOrder: { station: string; time: number; row: number }[];
  /** Stations whose consecutive rows lie more than six months apart: their year-less times may be a year out. */
  longGaps: { station: string; from: number; to: number }[];
  /** The rejections, the first `MAX_LISTED` of them; `rejectionsTotal` counts them all. */
  rejections: Rejection[];
  rejectionsTotal: number;
  missing: Partial<Record<MissingReason, number>>;
  belowDetection: number;
}

/** One accepted reading: its value and the row it came from. */
export interface AcceptedReading {
  value: number;
  row: number;
}

/** One station's accepted readings by indicator and time (epoch ms). */
export type StationReadings = Record<Indicator, Map<number, AcceptedReading>>;

export interface TableReadings {
  report: TableReport;
  /** By station name as written (trimmed). */
  stations: Map<string, StationReadings>;
}

/** Rows above the header (a title, a note) that a reader looks through to find it. */
const HEADER_SEARCH_ROWS = 10;
/** A file of nothing but bad rows still reports; its lists do not grow without end (their totals are exact). */
const MAX_LISTED = 10_000;
/** A station's name longer than this is a pasted paragraph, not a name (DESIGN §7 "Bad input"). */
export const MAX_NAME = 100;

const text = (cell: Cell) => (cell === null || cell === undefined ? '' : String(cell).trim());

/** A unit as a header's second row writes it: `mg/L`, `(μS/cm)`, `℃`, `无量纲` … */
const UNIT =
  /^[(（]?\s*(mg\/l|μs\/cm|us\/cm|ms\/m|ntu|℃|°c|无量纲|cells\/l|个\/l|个\/升|mg\/m3|μg\/l|ug\/l|%)\s*[)）]?$/i;
const isUnitsRow = (cells: readonly Cell[]) => {
  const filled = cells.map(text).filter((cell) => cell !== '');
  return filled.length > 0 && filled.every((cell) => UNIT.test(cell.normalize('NFKC')));
};

/** A data row kept for the second pass: only the cells the mapping reads. */
interface HeldRow {
  row: number;
  station: string;
  time: TimeCell;
  /** The time cell as written, for the rejection list. */
  timeText: string;
  status: string;
  /** The indicator cells of a wide row, or the one of a long row. */
  values: [Indicator, Cell, column: string][];
}

/**
 * Reads one table's rows into readings and a report (DESIGN §7, and v3 "Real exports"). The rows are held (only the
 * cells that are read), because a year-less time is placed by the times around it: the table's times are read in a
 * first pass, then each row's values. Rows of a station and time seen before are a repeat when identical and a
 * revision (the later row wins) when not; a status that voids a row makes its readings gaps whatever they say.
 */
export class ReadingsTable {
  private header: string[] | null = null;
  private mapping: ColumnMapping = {};
  private unitsRow = false;
  private readonly pending: { cells: Cell[]; row: number }[] = [];
  private readonly held: HeldRow[] = [];
  private readonly report: Omit<TableReport, 'layout' | 'header' | 'mapping' | 'ignored' | 'unitsRow'> = {
    rowsRead: 0,
    rowsAccepted: 0,
    rowsRejected: 0,
    repeats: 0,
    revisions: [],
    outOfOrder: [],
    longGaps: [],
    rejections: [],
    rejectionsTotal: 0,
    missing: {},
    belowDetection: 0,
  };

  /** `today`: the import's day, epoch ms; times after a year from it are refused. */
  constructor(private readonly options: { mapping?: ColumnMapping; firstYear?: number; today?: number } = {}) {}

  row(cells: Cell[], row: number): void {
    if (cells.every((cell) => text(cell) === '')) return;
    if (this.header) return this.hold(cells, row);
    this.pending.push({ cells, row });
    if (this.pending.length >= HEADER_SEARCH_ROWS) this.findHeader();
  }

  finish(): TableReadings {
    if (!this.header) this.findHeader();
    if (!this.header) throw new ImportError({ code: 'empty' });
    let placed;
    try {
      placed = placeYears(this.held, this.options.firstYear);
    } catch (error) {
      if (error instanceof NeedsYear) throw new ImportError({ code: 'needs-year' });
      throw error;
    }
    const stations = this.readValues(placed.times);
    this.report.outOfOrder = outOfOrder(this.held, placed.times, placed.backwards)
      .slice(0, MAX_LISTED)
      .map((i) => ({ station: this.held[i]!.station, time: placed.times[i]!, row: this.held[i]!.row }));
    this.report.longGaps = longGaps(this.held, placed.times);
    const used = new Set(Object.values(this.mapping));
    return {
      report: {
        ...this.report,
        layout: layoutOf(this.mapping),
        // Names as the page shows them: a 10 MB header cell is quoted, not rendered whole.
        header: this.header.map(quoted),
        mapping: this.mapping,
        ignored: this.header.filter((name, i) => !used.has(i) && name !== '').map(quoted),
        unitsRow: this.unitsRow,
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
        ...foundColumns(header),
      });
    this.header = header;
    this.mapping = mapping;
    const after = this.pending.splice(0).slice(best + 1);
    // A header of two rows: names, then units (as spreadsheets laid out for print have it).
    if (after[0] && isUnitsRow(after[0].cells)) [this.unitsRow] = [true, after.shift()];
    for (const { cells, row } of after) this.hold(cells, row);
  }

  /** Keeps the cells a data row is read for; a row without a station or with an unknown indicator is rejected now. */
  private hold(cells: Cell[], row: number): void {
    const m = this.mapping;
    const station = text(cells[m.station!]);
    const timeCell = cells[m.time!];
    const status = m.status === undefined ? '' : text(cells[m.status]);
    if (!station) {
      this.report.rowsRead++;
      return this.reject(row, station, 'no-station', this.column('station'), '');
    }
    if (station.length > MAX_NAME) {
      this.report.rowsRead++;
      return this.reject(row, quoted(station), 'long-name', this.column('station'), station);
    }
    const values: HeldRow['values'] = [];
    if (layoutOf(m) === 'long') {
      const indicator = indicatorOf(text(cells[m.indicator!]));
      if (!indicator) {
        this.report.rowsRead++;
        return this.reject(row, station, 'unknown-indicator', this.column('indicator'), text(cells[m.indicator!]));
      }
      values.push([indicator, cells[m.value!], this.column('value')]);
    } else {
      for (const indicator of INDICATORS)
        if (m[indicator] !== undefined) values.push([indicator, cells[m[indicator]], this.column(indicator)]);
    }
    const time = readTime(typeof timeCell === 'number' ? timeCell : text(timeCell));
    this.held.push({ row, station, time, timeText: text(timeCell), status, values });
  }

  /** The second pass: each held row's values at its placed time, repeats counted, revisions won by the later row. */
  private readValues(times: readonly (number | null)[]): Map<string, StationReadings> {
    const latest = new Map<
      string,
      { row: number; signature: string; station: string; time: number; values: [Indicator, number][] }
    >();
    this.held.forEach((held, i) => {
      this.report.rowsRead++;
      const time = times[i] ?? null;
      const gap = statusGap(held.status);
      if (time !== null && !plausibleTime(time, this.options.today ?? Date.now()))
        return this.reject(held.row, held.station, 'implausible-time', this.column('time'), held.timeText);
      if (time === null) {
        // A voided row without a time (`*`, `--`) is a gap of that reason, not a bad time.
        if (!gap) return this.reject(held.row, held.station, 'bad-time', this.column('time'), held.timeText);
        for (let k = 0; k < held.values.length; k++) this.countMissing(gap);
        this.report.rowsAccepted++;
        return;
      }
      const indicatorKey = layoutOf(this.mapping) === 'long' ? held.values[0]![0] : '';
      const key = `${held.station}\u0000${time}\u0000${indicatorKey}`;
      const signature = [held.status, ...held.values.map(([, cell]) => text(cell))].join('\u0001');
      const earlier = latest.get(key);
      if (earlier?.signature === signature) {
        this.report.repeats++;
        return;
      }
      if (earlier && this.report.revisions.length < MAX_LISTED)
        this.report.revisions.push({ station: held.station, time, rows: [earlier.row, held.row] });

      const values: [Indicator, number][] = [];
      let [kept, rejected] = [0, 0];
      for (const [indicator, cell, column] of held.values) {
        if (gap) {
          this.countMissing(gap);
          kept++;
          continue;
        }
        const value = parseConcentration(typeof cell === 'number' ? cell : text(cell), indicator);
        if (value.kind === 'rejected') {
          rejected++;
          this.listRejection({ row: held.row, station: held.station, reason: value.reason, column, value: text(cell) });
          continue;
        }
        kept++;
        if (value.kind === 'missing') this.countMissing(value.reason);
        else {
          if (value.kind === 'below-detection') this.report.belowDetection++;
          values.push([indicator, value.value]);
        }
      }
      if (kept === 0 && rejected > 0) this.report.rowsRejected++;
      else this.report.rowsAccepted++;
      latest.set(key, { row: held.row, signature, station: held.station, time, values });
    });

    const stations = new Map<string, StationReadings>();
    for (const { station, time, row, values } of latest.values()) {
      let readings = stations.get(station);
      if (!readings) stations.set(station, (readings = { nh3n: new Map(), tn: new Map() }));
      for (const [indicator, value] of values) readings[indicator].set(time, { value, row });
    }
    return stations;
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
    this.report.rejectionsTotal++;
    if (this.report.rejections.length < MAX_LISTED)
      this.report.rejections.push({ ...rejection, value: quoted(rejection.value) });
  }
}
