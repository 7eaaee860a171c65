import type { VillageRecord, VillageStatus } from '../domain/dataset';
import { columnsOf } from './columns';
import { foundColumns, ImportError, quoted } from './problems';
import { type Cell, MAX_NAME } from './readings-table';
import { plausibleTime } from './times';
import { monthOf, numberOf, plausibleDateOf, text } from './sewer-cells';

/**
 * The programme's own tables (DESIGN §7 "Sewers"): the village table (required) and the monthly cumulative plan per
 * town (optional), told apart by their headers, read row by row with every bad row rejected with its reason.
 */

const VILLAGE_ALIASES = {
  village: ['村名', '村庄', '自然村', '村庄名称', '自然村名称', 'village', 'villagename', 'name'],
  town: ['镇', '镇名', '所属镇', '乡镇', '镇街', 'town', 'township'],
  status: ['状态', '建设状态', '治理状态', '进度', 'status'],
  households: ['户数', '受益户数', '农户数', 'households'],
  treatment: ['处理方式', '治理方式', '处理模式', 'treatment'],
  plannedKm: ['计划管网', '计划管网长度', '计划管长', '计划公里', 'plannedkm', 'pipeplanned', 'pipelineplanned'],
  builtKm: ['已建管网', '已建管网长度', '已建管长', '已建公里', 'builtkm', 'pipebuilt', 'pipelinebuilt'],
  startedOn: ['开工日期', '开工时间', '开工', 'startedon', 'started', 'startdate'],
  completedOn: ['完工日期', '完工时间', '完工', 'completedon', 'completed', 'completiondate'],
} as const;
export type VillageField = keyof typeof VILLAGE_ALIASES;
export const VILLAGE_FIELDS = Object.keys(VILLAGE_ALIASES) as VillageField[];

const PLAN_ALIASES = {
  month: ['月份', '月', '年月', 'month'],
  town: VILLAGE_ALIASES.town,
  plannedVillages: ['计划村数', '计划完成村数', '累计计划村数', '计划村庄数', 'plannedvillages'],
  plannedKm: ['计划公里', '计划管网', '累计计划公里', '计划管长', 'plannedkm'],
} as const;
export type PlanField = keyof typeof PLAN_ALIASES;
export const PLAN_FIELDS = Object.keys(PLAN_ALIASES) as PlanField[];

const villageColumns = columnsOf(VILLAGE_ALIASES);
const planColumns = columnsOf(PLAN_ALIASES);

const STATUSES: Record<string, VillageStatus> = {
  已完成: 'completed',
  完成: 'completed',
  已建成: 'completed',
  建成: 'completed',
  已完工: 'completed',
  completed: 'completed',
  done: 'completed',
  在建: 'in_progress',
  施工中: 'in_progress',
  进行中: 'in_progress',
  inprogress: 'in_progress',
  underconstruction: 'in_progress',
  未开工: 'not_started',
  未启动: 'not_started',
  未开始: 'not_started',
  notstarted: 'not_started',
};
const TREATMENTS: Record<string, VillageRecord['treatment']> = {
  接管入厂: 'sewer_to_plant',
  纳管: 'sewer_to_plant',
  接入污水厂: 'sewer_to_plant',
  截污纳管: 'sewer_to_plant',
  sewertoplant: 'sewer_to_plant',
  村级站点: 'village_station',
  村级处理站: 'village_station',
  站点处理: 'village_station',
  villagestation: 'village_station',
};
const code = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[\s_\-]/g, '')
    .toLowerCase();

export type SewerRejection =
  | 'no-village'
  | 'no-town'
  | 'unknown-status'
  | 'unknown-treatment'
  | 'long-name'
  | 'bad-number'
  | 'implausible-number'
  | 'built-above-planned'
  | 'bad-date'
  | 'implausible-date'
  | 'completed-before-started'
  | 'completed-without-date'
  | 'date-but-not-completed'
  | 'bad-month';

export interface SewerRowRejection {
  row: number;
  reason: SewerRejection;
  column: string | null;
  value: string;
}

/** A village as its row says, town by name, dates as `YYYY-MM-DD`. */
export interface VillageRow extends Omit<VillageRecord, 'id' | 'name' | 'townId'> {
  row: number;
  name: string;
  town: string;
}

export interface PlanRow {
  row: number;
  /** `YYYY-MM`. */
  month: string;
  town: string;
  plannedVillages: number;
  plannedKm: number;
}

export interface SewersTableReport {
  kind: 'villages' | 'plan';
  header: string[];
  mapping: Partial<Record<string, number>>;
  ignored: string[];
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  /** The first `MAX_LISTED` rejections; `rejectionsTotal` counts them all. */
  rejections: SewerRowRejection[];
  rejectionsTotal: number;
}

export interface SewersTableReadings {
  report: SewersTableReport;
  villages: VillageRow[];
  plan: PlanRow[];
}

const HEADER_SEARCH_ROWS = 10;

/** Collects a sewer table's rows; `finish` finds the header (village table or plan) and reads what follows it. */
export class SewersTable {
  private readonly rows: { cells: Cell[]; row: number }[] = [];

  /** `mapping` overrides the header's, field by field; `today`, the import's day, bounds the dates read. */
  constructor(
    private readonly mapping: Partial<Record<string, number>> = {},
    private readonly today = Date.now(),
  ) {}

  row(cells: Cell[], row: number): void {
    if (cells.some((cell) => text(cell) !== '')) this.rows.push({ cells, row });
  }

  finish(): SewersTableReadings {
    if (this.rows.length === 0) throw new ImportError({ code: 'empty' });
    const heads = this.rows.slice(0, HEADER_SEARCH_ROWS).map(({ cells }) => cells.map(text));
    let best = { index: 0, kind: 'villages' as 'villages' | 'plan', named: -1 };
    heads.forEach((head, index) => {
      for (const [kind, columns] of [
        ['villages', villageColumns],
        ['plan', planColumns],
      ] as const) {
        const named = columns.namedFields(head);
        if (named > best.named) best = { index, kind, named };
      }
    });
    const header = heads[best.index]!;
    const data = this.rows.slice(best.index + 1);
    return best.kind === 'villages'
      ? readVillages(header, data, this.mapping, this.today)
      : readPlan(header, data, this.mapping, this.today);
  }
}

function report(
  kind: 'villages' | 'plan',
  header: string[],
  mapping: Partial<Record<string, number>>,
): SewersTableReport {
  const used = new Set(Object.values(mapping));
  return {
    kind,
    header: header.map(quoted),
    mapping,
    ignored: header.filter((name, i) => !used.has(i) && name !== '').map(quoted),
    rowsRead: 0,
    rowsAccepted: 0,
    rowsRejected: 0,
    rejections: [],
    rejectionsTotal: 0,
  };
}

/** A file of nothing but bad rows still reports; its list does not grow without end (its total is exact). */
const MAX_LISTED = 10_000;

function listRejection(out: SewersTableReport, rejection: SewerRowRejection) {
  out.rowsRejected++;
  out.rejectionsTotal++;
  if (out.rejections.length < MAX_LISTED) out.rejections.push({ ...rejection, value: quoted(rejection.value) });
}

/** Plausible sizes (DESIGN §7): a village has at most this many households and this many km of pipe. */
const MAX_COUNT = 100_000;
const MAX_VILLAGE_KM = 1_000;
/** A town's planned km to date, cumulative: a thousand villages' worth. */
const MAX_PLAN_KM = 1_000_000;
/** A plan looks ahead: its months may run this far past the import day. */
const PLAN_AHEAD_MS = 10 * 365 * 86_400_000;

function requireColumns<F extends string>(
  table: 'villages' | 'plan',
  header: string[],
  mapping: Partial<Record<F, number>>,
  required: readonly F[],
) {
  const missing = required.filter((field) => mapping[field] === undefined);
  if (missing.length) throw new ImportError({ code: 'missing-columns', table, missing, ...foundColumns(header) });
}

function readVillages(
  header: string[],
  rows: { cells: Cell[]; row: number }[],
  chosen: Partial<Record<string, number>>,
  today: number,
): SewersTableReadings {
  const mapping = { ...villageColumns.detectMapping(header), ...chosen } as Partial<Record<VillageField, number>>;
  requireColumns('villages', header, mapping, VILLAGE_FIELDS);
  const out = report('villages', header, mapping);
  const villages: VillageRow[] = [];
  const column = (field: VillageField) => header[mapping[field]!] ?? field;
  for (const { cells, row } of rows) {
    out.rowsRead++;
    const cell = (field: VillageField) => cells[mapping[field]!];
    const reject = (reason: SewerRejection, field: VillageField | null) =>
      listRejection(out, { row, reason, column: field && column(field), value: field ? text(cell(field)) : '' });
    const name = text(cell('village'));
    if (!name) {
      reject('no-village', 'village');
      continue;
    }
    const town = text(cell('town'));
    if (!town) {
      reject('no-town', 'town');
      continue;
    }
    const long = name.length > MAX_NAME ? 'village' : town.length > MAX_NAME ? 'town' : null;
    if (long) {
      reject('long-name', long);
      continue;
    }
    const status = STATUSES[code(text(cell('status')))];
    if (!status) {
      reject('unknown-status', 'status');
      continue;
    }
    const treatment = TREATMENTS[code(text(cell('treatment')))];
    if (!treatment) {
      reject('unknown-treatment', 'treatment');
      continue;
    }
    const households = numberOf(cell('households'), { whole: true, max: MAX_COUNT });
    if (typeof households !== 'number') {
      reject(households === null ? 'bad-number' : 'implausible-number', 'households');
      continue;
    }
    const km = { whole: false, max: MAX_VILLAGE_KM };
    const [planned, built] = [numberOf(cell('plannedKm'), km), numberOf(cell('builtKm'), km)];
    if (typeof planned !== 'number') {
      reject(planned === null ? 'bad-number' : 'implausible-number', 'plannedKm');
      continue;
    }
    if (typeof built !== 'number') {
      reject(built === null ? 'bad-number' : 'implausible-number', 'builtKm');
      continue;
    }
    if (built > planned) {
      reject('built-above-planned', 'builtKm');
      continue;
    }
    const [started, completed] = [
      plausibleDateOf(cell('startedOn'), today),
      plausibleDateOf(cell('completedOn'), today),
    ];
    if ('reason' in started) {
      reject(started.reason, 'startedOn');
      continue;
    }
    if ('reason' in completed) {
      reject(completed.reason, 'completedOn');
      continue;
    }
    const [startedOn, completedOn] = [started.date, completed.date];
    if (status === 'completed' && completedOn === null) {
      reject('completed-without-date', 'completedOn');
      continue;
    }
    if (status !== 'completed' && completedOn !== null) {
      reject('date-but-not-completed', 'completedOn');
      continue;
    }
    if (startedOn !== null && completedOn !== null && completedOn < startedOn) {
      reject('completed-before-started', 'completedOn');
      continue;
    }
    out.rowsAccepted++;
    villages.push({
      row,
      name,
      town,
      status,
      households,
      treatment,
      // Km in whole metres (DESIGN §3 "numbers").
      pipelineKm: { planned: Math.round(planned * 1000) / 1000, built: Math.round(built * 1000) / 1000 },
      startedOn,
      completedOn,
    });
  }
  return { report: out, villages, plan: [] };
}

function readPlan(
  header: string[],
  rows: { cells: Cell[]; row: number }[],
  chosen: Partial<Record<string, number>>,
  today: number,
): SewersTableReadings {
  const mapping = { ...planColumns.detectMapping(header), ...chosen } as Partial<Record<PlanField, number>>;
  requireColumns('plan', header, mapping, PLAN_FIELDS);
  const out = report('plan', header, mapping);
  const plan: PlanRow[] = [];
  for (const { cells, row } of rows) {
    out.rowsRead++;
    const cell = (field: PlanField) => cells[mapping[field]!];
    const reject = (reason: SewerRejection, field: PlanField) =>
      listRejection(out, { row, reason, column: header[mapping[field]!] ?? field, value: text(cell(field)) });
    const month = monthOf(cell('month'));
    if (!month) {
      reject('bad-month', 'month');
      continue;
    }
    if (!plausibleTime(Date.parse(`${month}-01T00:00:00+08:00`), today, PLAN_AHEAD_MS)) {
      reject('implausible-date', 'month');
      continue;
    }
    const town = text(cell('town'));
    if (!town) {
      reject('no-town', 'town');
      continue;
    }
    if (town.length > MAX_NAME) {
      reject('long-name', 'town');
      continue;
    }
    const villages = numberOf(cell('plannedVillages'), { whole: true, max: MAX_COUNT });
    if (typeof villages !== 'number') {
      reject(villages === null ? 'bad-number' : 'implausible-number', 'plannedVillages');
      continue;
    }
    const km = numberOf(cell('plannedKm'), { whole: false, max: MAX_PLAN_KM });
    if (typeof km !== 'number') {
      reject(km === null ? 'bad-number' : 'implausible-number', 'plannedKm');
      continue;
    }
    out.rowsAccepted++;
    plan.push({ row, month, town, plannedVillages: villages, plannedKm: Math.round(km * 1000) / 1000 });
  }
  return { report: out, villages: [], plan };
}
