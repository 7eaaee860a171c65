import type { Town } from '../api/sewers';
import type { TownBarsInput } from '../charts/options/town-progress';
import type { Language } from '../i18n/messages';

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
