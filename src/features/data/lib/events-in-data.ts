import type { TransferEventRecord } from '../../../domain/dataset';
import { DAY_MS, parseShanghaiTimestamp } from '../../../domain/shanghai-time';
import type { ImportPreview } from '../../../import/import-protocol';

const BASELINE_MS = 30 * DAY_MS;

/** An event whose windows of DESIGN §3 hold no reading of any station in the import being prepared. */
export interface EventOutsideData {
  event: TransferEventRecord;
  baseline: boolean;
  during: boolean;
}

/**
 * The events whose baseline (the 30 days before) or during window holds no reading of any station in the preview's
 * daily values (DESIGN §7 v3 "Events and the data"): what the preview warns of, beside the events to edit.
 */
export function eventsOutsideData(
  events: readonly TransferEventRecord[],
  preview: Pick<ImportPreview, 'daily' | 'period'>,
): EventOutsideData[] {
  const { daily, period } = preview;
  if (!daily || !period) return [];
  const start = parseShanghaiTimestamp(daily.start)!;
  const days = new Set<number>();
  for (const station of daily.stations)
    for (const values of [station.nh3n, station.tn])
      values.forEach((v, d) => v !== null && days.add(start + d * DAY_MS));
  const holds = (from: number, to: number) => [...days].some((day) => day + DAY_MS > from && day < to);
  const afterData = parseShanghaiTimestamp(period.last)! + DAY_MS;
  return events.flatMap((event) => {
    const from = parseShanghaiTimestamp(event.start)!;
    const to = event.end === null ? afterData : parseShanghaiTimestamp(event.end)!;
    const found = { event, baseline: !holds(from - BASELINE_MS, from), during: !holds(from, to) };
    return found.baseline || found.during ? [found] : [];
  });
}
