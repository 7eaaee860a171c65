import type { ProgressMonth, Town, VillageCounts } from '../../../api/sewers';
import type { TownBarsInput } from '../../../charts/options/town-progress';
import type { Language } from '../../../i18n/messages';
import { share } from './progress';

/** Where a programme or a town stands against its own plan at the as-of month (DESIGN §3 "plan figures"). */
export interface PlanStanding {
  villages: VillageCounts;
  km: { planned: number; built: number };
  /** Planned to be done by the as-of month, cumulative; null when the plan does not reach that month. */
  plannedToDate: { villages: number; km: number } | null;
  /** completed ÷ planned-to-date; null without a plan to date. */
  villageShare: number | null;
  kmShare: number | null;
  /** planned-to-date − completed (negative: ahead of plan). */
  villageGap: number | null;
  kmGap: number | null;
}

/** The cumulative plan at `month`, or null when the plan has no such month. */
export function planAt(months: readonly ProgressMonth[], month: string): { villages: number; km: number } | null {
  const found = months.find((m) => m.month === month);
  return found ? { villages: found.plannedVillages, km: found.plannedKm } : null;
}

/** Rounds km differences to whole metres, as the data allocates them. */
const km3 = (value: number) => Math.round(value * 1000) / 1000;

export function planStanding(
  villages: VillageCounts,
  km: { planned: number; built: number },
  plannedToDate: { villages: number; km: number } | null,
): PlanStanding {
  return {
    villages,
    km,
    plannedToDate,
    villageShare: plannedToDate ? share(villages.completed, plannedToDate.villages) : null,
    kmShare: plannedToDate ? share(km.built, plannedToDate.km) : null,
    villageGap: plannedToDate ? plannedToDate.villages - villages.completed : null,
    kmGap: plannedToDate ? km3(plannedToDate.km - km.built) : null,
  };
}

export interface TownStanding extends PlanStanding {
  town: Town;
}

/**
 * Every town against its own plan, furthest behind first: by completed ÷ planned-to-date of villages, lowest first
 * (DESIGN §3); towns without a plan to date last, then by name order as given.
 */
export function townsByLag(
  towns: readonly Town[],
  progressByTown: ReadonlyMap<string, readonly ProgressMonth[]>,
  asOfMonth: string,
): TownStanding[] {
  const standings = towns.map((town) => ({
    town,
    ...planStanding(town.villages, town.pipelineKm, planAt(progressByTown.get(town.id) ?? [], asOfMonth)),
  }));
  return standings.sort((a, b) => (a.villageShare ?? Infinity) - (b.villageShare ?? Infinity));
}

/** The town bar charts' input: every town's figures in standing order, the chosen one (if any) brought forward. */
export function townBarsInput(
  standings: readonly TownStanding[],
  selected: string | null,
  language: Language,
): TownBarsInput {
  const index = standings.findIndex((s) => s.town.id === selected);
  return {
    selected: index === -1 ? null : index,
    towns: standings.map((s) => ({
      name: s.town.name[language],
      completed: s.villages.completed,
      inProgress: s.villages.inProgress,
      notStarted: s.villages.notStarted,
      plannedToDate: s.plannedToDate?.villages ?? null,
      kmBuilt: s.km.built,
      kmPlanned: s.km.planned,
      kmPlannedToDate: s.plannedToDate?.km ?? null,
    })),
  };
}
