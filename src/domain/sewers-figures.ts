import type { ProgressMonth, SewersDataset, TownRecord, VillageRecord } from './dataset';
import { parseShanghaiTimestamp, toShanghaiDate } from './shanghai-time';

/**
 * Every figure the dashboard states about the sewer programme, computed once per dataset by DESIGN §3 "plan
 * figures" and served by `/sewers/summary`, `/sewers/towns` and `/sewers/progress`.
 */

export interface VillageCounts {
  total: number;
  completed: number;
  inProgress: number;
  notStarted: number;
}

export interface PipelineKm {
  planned: number;
  built: number;
}

/** Where a scope stands against its plan at the as-of month; null when no plan reaches that month. */
export type Plan = {
  plannedToDate: { villages: number; km: number };
  /** completed ÷ planned-to-date (1 = on plan); null where nothing was planned to date. */
  shareOfPlan: { villages: number | null; km: number | null };
  /** planned-to-date − completed (negative: ahead of plan). */
  gapToPlan: { villages: number; km: number };
} | null;

/**
 * Where a scope stands against its plan (DESIGN §3 v3 "verdicts"), judged by the villages' share of plan alone; null
 * without a plan.
 */
export const STANDINGS = ['ahead', 'on-plan', 'behind', 'well-behind'] as const;
export type Standing = (typeof STANDINGS)[number];

/** completed ÷ total villages and built ÷ planned km; a member null when its denominator is 0. */
export interface ShareOfTotal {
  villages: number | null;
  km: number | null;
}

/** What the programme and each town are served: counts, km, their shares, and the plan with its verdict. */
export interface ScopeFigures {
  villages: VillageCounts;
  pipelineKm: PipelineKm;
  shareOfTotal: ShareOfTotal;
  plan: Plan;
  standing: Standing | null;
}

export interface SewersSummaryRecord extends ScopeFigures {
  asOf: string;
  period: { start: string; end: string };
}

export interface TownFigures extends TownRecord, ScopeFigures {}

export interface SewersDerived {
  summary: SewersSummaryRecord;
  /** Furthest behind plan first (DESIGN §3 "plan figures"). */
  towns: TownFigures[];
  /** The whole programme's months: the sum of its towns'. */
  programme: ProgressMonth[];
}

/** Km are allocated in whole metres: sums and differences are rounded back to them. */
const metres = (km: number) => Math.round(km * 1000);
const toKm = (m: number) => m / 1000;

/** The month (`YYYY-MM`, Asia/Shanghai) of an as-of time: the month the plan figures are read at. */
export const asOfMonth = (asOf: number) => toShanghaiDate(asOf).slice(0, 7);

function countVillages(villages: readonly VillageRecord[]): VillageCounts {
  const counts = { total: villages.length, completed: 0, inProgress: 0, notStarted: 0 };
  for (const v of villages) {
    if (v.status === 'completed') counts.completed += 1;
    else if (v.status === 'in_progress') counts.inProgress += 1;
    else counts.notStarted += 1;
  }
  return counts;
}

function sumKm(villages: readonly VillageRecord[]): PipelineKm {
  let [planned, built] = [0, 0];
  for (const v of villages)
    [planned, built] = [planned + metres(v.pipelineKm.planned), built + metres(v.pipelineKm.built)];
  return { planned: toKm(planned), built: toKm(built) };
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export function planFigures(
  villages: VillageCounts,
  km: PipelineKm,
  plannedToDate: { villages: number; km: number } | null,
): Plan {
  if (!plannedToDate) return null;
  return {
    plannedToDate,
    shareOfPlan: { villages: ratio(villages.completed, plannedToDate.villages), km: ratio(km.built, plannedToDate.km) },
    gapToPlan: {
      villages: plannedToDate.villages - villages.completed,
      km: toKm(metres(plannedToDate.km) - metres(km.built)),
    },
  };
}

/** Shares of plan at or above these are ahead of it, on it, and (merely) behind it; below the last, well behind. */
const STANDING_LIMITS = { ahead: 1.005, onPlan: 0.995, behind: 0.95 } as const;

/** DESIGN §3 v3 "verdicts": the one rule for where a scope stands against its plan. */
export function standingOf(plan: Plan, completed: number): Standing | null {
  if (!plan) return null;
  const share = plan.shareOfPlan.villages;
  if (share === null) return completed === 0 ? 'on-plan' : 'ahead';
  if (share >= STANDING_LIMITS.ahead) return 'ahead';
  if (share >= STANDING_LIMITS.onPlan) return 'on-plan';
  return share >= STANDING_LIMITS.behind ? 'behind' : 'well-behind';
}

/** A scope's counts and km with the shares and the verdict derived from them. */
function scopeFigures(
  villages: VillageCounts,
  km: PipelineKm,
  plannedToDate: { villages: number; km: number } | null,
): ScopeFigures {
  const plan = planFigures(villages, km, plannedToDate);
  return {
    villages,
    pipelineKm: km,
    shareOfTotal: { villages: ratio(villages.completed, villages.total), km: ratio(km.built, km.planned) },
    plan,
    standing: standingOf(plan, villages.completed),
  };
}

const plannedAt = (months: readonly ProgressMonth[], month: string) => {
  const found = months.find((m) => m.month === month);
  return found && found.plannedVillages !== null && found.plannedKm !== null
    ? { villages: found.plannedVillages, km: found.plannedKm }
    : null;
};

/** Towns by completed ÷ their own planned-to-date villages, lowest first; ties by the km share, then the id. */
function behindFirst(a: TownFigures, b: TownFigures): number {
  const key = (town: TownFigures, part: 'villages' | 'km') => town.plan?.shareOfPlan[part] ?? Infinity;
  return (
    key(a, 'villages') - key(b, 'villages') || key(a, 'km') - key(b, 'km') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The programme's months: every town's summed month by month (towns share one calendar of months). */
function sumMonths(byTown: readonly (readonly ProgressMonth[])[]): ProgressMonth[] {
  const months = [...new Set(byTown.flatMap((list) => list.map((m) => m.month)))].sort();
  return months.map((month) => {
    const rows = byTown.map((list) => list.find((m) => m.month === month));
    const sum = (pick: (m: ProgressMonth) => number | null) => {
      let total = 0;
      for (const row of rows) {
        const value = row ? pick(row) : 0;
        if (value === null) return null;
        total += value;
      }
      return total;
    };
    const km = (pick: (m: ProgressMonth) => number | null) => {
      const total = sum((m) => (pick(m) === null ? null : metres(pick(m)!)));
      return total === null ? null : toKm(total);
    };
    return {
      month,
      plannedVillages: sum((m) => m.plannedVillages),
      completedVillages: sum((m) => m.completedVillages),
      plannedKm: km((m) => m.plannedKm),
      builtKm: km((m) => m.builtKm),
    };
  });
}

/** The sewer part's derived figures: computed once, when the dataset becomes active. */
export function deriveSewersFigures(dataset: SewersDataset): SewersDerived {
  const month = asOfMonth(parseShanghaiTimestamp(dataset.asOf)!);
  const towns = dataset.towns
    .map((town): TownFigures => {
      const villages = dataset.villages.filter((v) => v.townId === town.id);
      return {
        ...town,
        ...scopeFigures(countVillages(villages), sumKm(villages), plannedAt(dataset.progress[town.id] ?? [], month)),
      };
    })
    .sort(behindFirst);
  const programme = sumMonths(dataset.towns.map((town) => dataset.progress[town.id] ?? []));
  // The programme's plan to date is the sum of its towns': there is none unless every town has one.
  const townPlans = towns.flatMap((t) => (t.plan ? [t.plan.plannedToDate] : []));
  const plannedToDate =
    townPlans.length > 0 && townPlans.length === towns.length
      ? {
          villages: townPlans.reduce((sum, p) => sum + p.villages, 0),
          km: toKm(townPlans.reduce((sum, p) => sum + metres(p.km), 0)),
        }
      : null;
  return {
    summary: {
      asOf: dataset.asOf,
      period: dataset.period,
      ...scopeFigures(countVillages(dataset.villages), sumKm(dataset.villages), plannedToDate),
    },
    towns,
    programme,
  };
}
