import type { TownBar } from '../charts/options/town-progress';

/** A town for the town-bar builders' tests: 100 villages, 10 under way, km in step with the villages. */
export const townBar = (name: string, completed: number, plannedToDate: number | null): TownBar => ({
  name,
  completed,
  inProgress: 10,
  notStarted: 100 - completed - 10,
  plannedToDate,
  kmBuilt: completed * 1.4,
  kmPlanned: 150,
  kmPlannedToDate: plannedToDate === null ? null : plannedToDate * 1.4,
});
