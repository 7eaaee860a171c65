import { isBehind, type SewersSummary, type Town } from '../../../api/sewers';
import type { TownBarsInput } from '../../../charts/options/town-progress';
import type { Language } from '../../../i18n/messages';

/** What the plan KPIs show of a scope (the programme or a town): its counts, shares, plan figures and standing. */
export type PlanScope = Pick<SewersSummary, 'villages' | 'pipelineKm' | 'shareOfTotal' | 'plan' | 'standing'>;

/**
 * A scope's gap to plan in words, by its served standing: "behind by N" only when it is behind, "N short" when it is
 * on plan with villages still to do, "ahead by N", or level. Null without a plan.
 */
export function gapWords(scope: Pick<Town, 'plan' | 'standing'>) {
  if (!scope.plan) return null;
  const gap = scope.plan.gapToPlan.villages;
  if (isBehind(scope.standing)) return { key: 'sewers.gapWords.behind', villages: gap } as const;
  if (gap > 0) return { key: 'sewers.gapWords.short', villages: gap } as const;
  if (gap < 0) return { key: 'sewers.gapWords.ahead', villages: -gap } as const;
  return { key: 'sewers.gapWords.level', villages: 0 } as const;
}

/** The town bar charts' input: the towns in the API's order (furthest behind first), the chosen one marked. */
export function townBarsInput(towns: readonly Town[], selected: string | null, language: Language): TownBarsInput {
  const index = towns.findIndex((town) => town.id === selected);
  return {
    selected: index === -1 ? null : index,
    towns: towns.map((town) => ({
      name: town.name[language],
      completed: town.villages.completed,
      inProgress: town.villages.inProgress,
      notStarted: town.villages.notStarted,
      plannedToDate: town.plan?.plannedToDate.villages ?? null,
      kmBuilt: town.pipelineKm.built,
      kmPlanned: town.pipelineKm.planned,
      kmPlannedToDate: town.plan?.plannedToDate.km ?? null,
    })),
  };
}
