import { isBehind, type SewersSummary, type Town } from '../../../api/sewers';

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
