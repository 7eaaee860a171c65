import { parseShanghaiTimestamp } from '../domain/shanghai-time';
import type { PresetSummary } from '../stories/water-summary';

/** A `+08:00` time as epoch ms, for the tests' fixtures. */
export const at = (time: string) => parseShanghaiTimestamp(`${time}+08:00`)!;
/** The served summary's dates for the Xinmeng transfer, as of 2024-03-31 20:00 (what the presets read of it). */
export const transfer: NonNullable<PresetSummary> = {
  asOf: at('2024-03-31T20:00:00'),
  event: { id: 'xinmeng-2023', start: at('2023-10-10T00:00:00'), end: at('2024-01-01T00:00:00'), inData: true },
  windows: {
    baseline: { from: at('2023-09-10T00:00:00'), to: at('2023-10-10T00:00:00') },
    during: { from: at('2023-10-10T00:00:00'), to: at('2024-01-01T00:00:00') },
    after: { from: at('2024-01-01T00:00:00'), to: at('2024-04-01T00:00:00') },
    lastYearBaseline: { from: at('2022-09-10T00:00:00'), to: at('2022-10-10T00:00:00') },
    lastYearDuring: { from: at('2022-10-10T00:00:00'), to: at('2023-01-01T00:00:00') },
  },
};
