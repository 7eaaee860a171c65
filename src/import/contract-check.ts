import type { WaterDerived } from '../domain/water-records';
import type * as z from 'zod/mini';
import { describeIssues } from '../api/issues';
import { progressSchema, sewersSummarySchema, townsSchema, villagesSchema } from '../api/sewers';
import { stationsSchema, transferEventsSchema, waterSummarySchema } from '../api/water-quality';
import type { SewersDataset, WaterDataset } from '../domain/dataset';
import type { SewersDerived } from '../domain/sewers-figures';
import { ImportError } from './problems';

/**
 * What an import would serve, checked against the contract's own response schemas before it is stored (DESIGN §7,
 * "Imports nothing can break"): what the client would reject is never made active, so that no screen can meet it.
 * The answers are checked as the API writes them (JSON, timestamps as text).
 */

function check(endpoint: string, schema: z.ZodMiniType, body: unknown): void {
  const result = schema.safeParse(JSON.parse(JSON.stringify(body)));
  if (!result.success)
    throw new ImportError({ code: 'breaks-contract', detail: `${endpoint}: ${describeIssues(result.error)}` });
}

/** The water part: stations, events, each event's summary, and every concentration of the grid. */
export function checkWater(dataset: WaterDataset, derived: WaterDerived): void {
  const stations = dataset.stations.map((s) => ({ ...s, cadenceMinutes: derived.cadences[s.id] ?? null }));
  check('/stations', stationsSchema, { stations });
  check('/water-transfer/events', transferEventsSchema, { events: dataset.events });
  for (const summary of derived.summaries) check('/water-quality/summary', waterSummarySchema, summary);
  for (const [station, byIndicator] of Object.entries(dataset.readings.values))
    for (const [indicator, values] of Object.entries(byIndicator)) {
      const bad = values.findIndex((v) => v !== null && !(Number.isFinite(v) && v >= 0));
      if (bad !== -1 || values.length !== dataset.readings.slots)
        throw new ImportError({
          code: 'breaks-contract',
          detail: `/water-quality/series: ${station} ${indicator} values.${bad === -1 ? 'length' : bad}`,
        });
    }
}

/** The sewer part: the summary, the towns, every town's and the programme's months, the villages. */
export function checkSewers(dataset: SewersDataset, derived: SewersDerived): void {
  check('/sewers/summary', sewersSummarySchema, derived.summary);
  check('/sewers/towns', townsSchema, { towns: derived.towns });
  check('/sewers/progress', progressSchema, { months: derived.programme });
  for (const months of Object.values(dataset.progress)) check('/sewers/progress', progressSchema, { months });
  check('/sewers/villages', villagesSchema, { villages: dataset.villages });
}
