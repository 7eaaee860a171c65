import {
  DAY_MS,
  endOfShanghaiMonth,
  monthsBetween,
  parseShanghaiDate,
  parseShanghaiMonth,
  toShanghaiDate,
} from '../../src/domain/shanghai-time';
import type { LocalName, ProgressMonth, SewersDataset, VillageRecord, VillageStatus } from '../../src/domain/dataset';
import { PROGRAMME, TOWNS, type TownConfig } from './config';
import type { Random } from './random';
import { villageNames } from './village-names';

/** A village's works in epoch ms, with pipe in whole metres so that every total is exact. */
interface Works {
  village: Omit<VillageRecord, 'status' | 'pipelineKm' | 'startedOn' | 'completedOn'>;
  plannedMetres: number;
  plannedStart: number;
  plannedEnd: number;
  /** Actual start and end (end = as-of for works still under way); null when not started. */
  actual: { start: number; end: number; builtMetres: number; completed: boolean } | null;
}

const MONTHS = monthsBetween(PROGRAMME.firstMonth, PROGRAMME.lastMonth);
const AS_OF_DAY = parseShanghaiDate(PROGRAMME.asOfDate)!;
const AS_OF_END = AS_OF_DAY + DAY_MS;
const AS_OF_MONTH = PROGRAMME.asOfDate.slice(0, 7);

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const km = (metres: number) => metres / 1000;

/** Planned cumulative share of a town's villages complete at the end of `month`. */
function plannedShare(town: TownConfig, month: string): number {
  if (month === PROGRAMME.lastMonth) return 1;
  const shifted = endOfShanghaiMonth(month) + town.planLeadMonths * 30.44 * DAY_MS;
  const curve = PROGRAMME.planCurve.map(([m, share]) => [endOfShanghaiMonth(m), share] as const);
  const first = curve[0]!;
  if (shifted <= first[0]) return 0;
  for (let i = 1; i < curve.length; i++) {
    const [t1, s1] = curve[i]!;
    const [t0, s0] = curve[i - 1]!;
    if (shifted <= t1) return s0 + ((s1 - s0) * (shifted - t0)) / (t1 - t0);
  }
  return 1;
}

/** Splits `totalMetres` over `count` villages within the per-village range, in whole metres, summing exactly. */
function allocateMetres(random: Random, count: number, totalMetres: number): number[] {
  const [minKm, maxKm] = PROGRAMME.kmPerVillage;
  const [min, max] = [minKm * 1000, maxKm * 1000];
  const raw = Array.from({ length: count }, () => random.next() ** 1.2);
  const rawSum = raw.reduce((a, b) => a + b, 0);
  const spare = totalMetres - count * min;
  const metres = raw.map((r) => Math.min(max, min + Math.round((r / rawSum) * spare)));
  let diff = totalMetres - metres.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % count) {
    const step = Math.sign(diff);
    const next = metres[i]! + step;
    if (next >= min && next <= max) {
      metres[i] = next;
      diff -= step;
    }
  }
  return metres;
}

function randomDayIn(random: Random, month: string, latest: number): number {
  const first = parseShanghaiMonth(month)!;
  const days = Math.round((endOfShanghaiMonth(month) - first) / DAY_MS);
  return Math.min(latest, first + random.int(0, days - 1) * DAY_MS);
}

function planTown(random: Random, town: TownConfig, names: LocalName[]): Works[] {
  const metres = allocateMetres(random.fork('metres'), town.villages, Math.round(town.pipelineKm * 1000));
  const plannedByMonth = MONTHS.map((m) => Math.round(plannedShare(town, m) * town.villages));
  const works: Works[] = names.map((name, i) => {
    const endMonth = MONTHS[plannedByMonth.findIndex((count) => count >= i + 1)]!;
    const plannedEnd = randomDayIn(random, endMonth, Infinity);
    const buildDays = random.int(PROGRAMME.buildMonths[0] * 30, PROGRAMME.buildMonths[1] * 30);
    const plannedMetres = metres[i]!;
    const households = Math.round(
      Math.min(
        PROGRAMME.householdsRange[1],
        Math.max(PROGRAMME.householdsRange[0], 60 + plannedMetres * 0.15 + random.normal() * 60),
      ),
    );
    return {
      village: {
        id: `${town.id}-${String(i + 1).padStart(3, '0')}`,
        name,
        townId: town.id,
        households,
        treatment: random.next() < PROGRAMME.sewerToPlantShare ? 'sewer_to_plant' : 'village_station',
      },
      plannedMetres,
      plannedStart: Math.max(parseShanghaiDate('2022-01-01')!, plannedEnd - buildDays * DAY_MS),
      plannedEnd,
      actual: null,
    };
  });
  return buildTown(random.fork('actual'), town, works);
}

/** Decides what was actually built by the as-of date: completed ÷ planned-to-date lands in the town's performance range. */
function buildTown(random: Random, town: TownConfig, works: Works[]): Works[] {
  const plannedToDate = works.filter((w) => w.plannedEnd < AS_OF_END).length;
  const completed = Math.min(works.length, Math.round(random.uniform(...town.performance) * plannedToDate));
  const lastCompletedPlanEnd = works[completed - 1]?.plannedEnd ?? AS_OF_DAY;
  const programmeStart = parseShanghaiDate('2022-01-01')!;
  // Stretch (behind plan) or compress (ahead of plan) the planned timeline so that exactly `completed` villages finish by the as-of date.
  const scale = (AS_OF_DAY - programmeStart) / Math.max(lastCompletedPlanEnd - programmeStart, DAY_MS);
  return works.map((w, i) => {
    if (i < completed) {
      const end = Math.min(AS_OF_DAY, programmeStart + (w.plannedEnd - programmeStart) * scale);
      const start = Math.max(programmeStart, end - (w.plannedEnd - w.plannedStart) * random.uniform(0.9, 1.3));
      return { ...w, actual: { start, end, builtMetres: w.plannedMetres, completed: true } };
    }
    const lateStart = w.plannedStart + (town.performance[0] < 1 ? random.int(30, 120) * DAY_MS : 0);
    if (lateStart >= AS_OF_DAY - 14 * DAY_MS) return w;
    const share = clamp01((AS_OF_END - lateStart) / (w.plannedEnd - w.plannedStart));
    const builtMetres = Math.round(w.plannedMetres * Math.min(0.9, Math.max(0.1, share * 0.8)));
    return { ...w, actual: { start: lateStart, end: AS_OF_END, builtMetres, completed: false } };
  });
}

function toVillage(w: Works): VillageRecord {
  const status: VillageStatus = !w.actual ? 'not_started' : w.actual.completed ? 'completed' : 'in_progress';
  return {
    ...w.village,
    status,
    pipelineKm: { planned: km(w.plannedMetres), built: km(w.actual?.builtMetres ?? 0) },
    startedOn: w.actual ? toShanghaiDate(w.actual.start) : null,
    completedOn: w.actual?.completed ? toShanghaiDate(w.actual.end) : null,
  };
}

/** Metres laid by `t`, spreading the works evenly over their duration. */
const laidBy = (metres: number, start: number, end: number, t: number) =>
  Math.round(metres * clamp01((t - start) / Math.max(end - start, DAY_MS)));

interface MonthTotals {
  plannedVillages: number;
  completedVillages: number;
  plannedMetres: number;
  builtMetres: number;
}

function monthTotals(works: readonly Works[], month: string): MonthTotals {
  const end = endOfShanghaiMonth(month);
  const totals: MonthTotals = { plannedVillages: 0, completedVillages: 0, plannedMetres: 0, builtMetres: 0 };
  for (const w of works) {
    if (w.plannedEnd < end) totals.plannedVillages += 1;
    totals.plannedMetres += laidBy(w.plannedMetres, w.plannedStart, w.plannedEnd, end);
    if (!w.actual) continue;
    if (w.actual.completed && w.actual.end < end) totals.completedVillages += 1;
    totals.builtMetres += laidBy(w.actual.builtMetres, w.actual.start, w.actual.end, end);
  }
  return totals;
}

function progressOf(works: readonly Works[]): ProgressMonth[] {
  return MONTHS.map((month) => {
    const t = monthTotals(works, month);
    const hasActuals = month <= AS_OF_MONTH;
    return {
      month,
      plannedVillages: t.plannedVillages,
      completedVillages: hasActuals ? t.completedVillages : null,
      plannedKm: km(t.plannedMetres),
      builtKm: hasActuals ? km(t.builtMetres) : null,
    };
  });
}

/** The sewer part of the dataset: the towns, every village, and each town's months against its plan. */
export function generateSewers(random: Random, asOf: string): Omit<SewersDataset, 'source'> {
  const total = TOWNS.reduce((sum, t) => sum + t.villages, 0);
  const names = villageNames(random.fork('names'), total);
  let offset = 0;
  const worksByTown = TOWNS.map((town) => {
    const townNames = names.slice(offset, offset + town.villages);
    offset += town.villages;
    return planTown(random.fork(town.id), town, townNames);
  });
  return {
    period: { start: '2022-01-01', end: '2025-12-31' },
    asOf,
    towns: TOWNS.map(({ id, name, location }) => ({ id, name, location })),
    villages: worksByTown.flat().map(toVillage),
    progress: Object.fromEntries(TOWNS.map((town, i) => [town.id, progressOf(worksByTown[i]!)])),
  };
}
