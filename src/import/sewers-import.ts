import type { LocalName, Location, ProgressMonth, SewersDataset, TownRecord, VillageRecord } from '../domain/dataset';
import {
  endOfShanghaiMonth,
  monthsBetween,
  parseShanghaiDate,
  toShanghaiDate,
  toShanghaiTimestamp,
} from '../domain/shanghai-time';
import { type FileOptions, type Progress, type ReadAs, readRows } from './read-file';
import { type PlanRow, SewersTable, type SewersTableReadings, type VillageRow } from './sewers-table';
import { stationKey as nameKey } from './water-import';

/**
 * The programme's tables as one import (DESIGN §7 "Sewers"): files merged in order, towns matched by name, and — once
 * the user confirms the new towns — the sewer part of a dataset with its monthly progress derived from the villages'
 * dates: completed villages in a month are those completed by its end, built km theirs, except in the as-of month,
 * which takes every village's built km (so that the last month equals the summary).
 */

export interface SewersFileReadings extends SewersTableReadings, ReadAs {
  name: string;
}

export async function readSewersFile(
  name: string,
  bytes: Uint8Array,
  options: FileOptions = {},
  onProgress: Progress = () => {},
): Promise<SewersFileReadings> {
  const table = new SewersTable(options.mapping);
  const format = await readRows(bytes, options, table, onProgress);
  return { name, ...format, ...table.finish() };
}

export interface PreviewTown {
  key: string;
  /** As the (first) file writes it. */
  name: string;
  known: TownRecord | null;
  villages: number;
}

export interface MergedSewers {
  /** Villages with their town's key and a name made unique within the town. */
  villages: (VillageRow & { townKey: string; uniqueName: string })[];
  plan: (PlanRow & { townKey: string })[];
  towns: PreviewTown[];
  /** `town · village` of every name repeated within a town. */
  duplicates: string[];
  /** Towns with more than `MAX_UNCONFIRMED_DUPLICATES` repeated rows: the user must say they are distinct villages. */
  manyDuplicates: { town: string; rows: number }[];
  /** `town month: before → after` wherever a town's cumulative plan falls. */
  planDecreases: string[];
  /** The latest start or completion date, 00:00 +08:00; null without any date. */
  asOf: string | null;
}

/** More repeated village names than this in one town look like a copy gone wrong: the user confirms them. */
export const MAX_UNCONFIRMED_DUPLICATES = 10;

export function mergeSewers(files: readonly SewersFileReadings[], knownTowns: readonly TownRecord[]): MergedSewers {
  const byName = new Map(knownTowns.flatMap((t) => [t.name.zh, t.name.en].map((n) => [nameKey(n), t] as const)));
  const towns = new Map<string, PreviewTown>();
  const town = (name: string) => {
    const key = nameKey(name);
    let found = towns.get(key);
    if (!found) towns.set(key, (found = { key, name, known: byName.get(key) ?? null, villages: 0 }));
    return found;
  };

  const villages: MergedSewers['villages'] = [];
  const seen = new Map<string, number>();
  const duplicates: string[] = [];
  const repeatedRows = new Map<PreviewTown, number>();
  for (const v of files.flatMap((f) => f.villages)) {
    const t = town(v.town);
    t.villages++;
    const key = `${t.key}\u0000${nameKey(v.name)}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count === 2) duplicates.push(`${t.name} · ${v.name}`);
    if (count >= 2) repeatedRows.set(t, (repeatedRows.get(t) ?? 0) + 1);
    villages.push({ ...v, townKey: t.key, uniqueName: count === 1 ? v.name : `${v.name}（${count}）` });
  }

  // The plan: the later file wins a town's month.
  const planned = new Map<string, PlanRow & { townKey: string }>();
  for (const row of files.flatMap((f) => f.plan)) {
    const t = town(row.town);
    planned.set(`${t.key}\u0000${row.month}`, { ...row, townKey: t.key });
  }
  const plan = [...planned.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const planDecreases: string[] = [];
  for (const t of towns.values()) {
    const rows = plan.filter((r) => r.townKey === t.key);
    for (let i = 1; i < rows.length; i++) {
      const [before, after] = [rows[i - 1]!, rows[i]!];
      if (after.plannedVillages < before.plannedVillages)
        planDecreases.push(`${t.name} ${after.month}: ${before.plannedVillages} → ${after.plannedVillages}`);
      if (after.plannedKm < before.plannedKm)
        planDecreases.push(`${t.name} ${after.month}: ${before.plannedKm} km → ${after.plannedKm} km`);
    }
  }

  const dates = villages.flatMap((v) => [v.startedOn, v.completedOn]).filter((d): d is string => d !== null);
  const latest = dates.reduce<string | null>((a, d) => (a === null || d > a ? d : a), null);
  return {
    villages,
    plan,
    towns: [...towns.values()],
    duplicates,
    manyDuplicates: [...repeatedRows]
      .filter(([, rows]) => rows > MAX_UNCONFIRMED_DUPLICATES)
      .map(([t, rows]) => ({ town: t.name, rows })),
    planDecreases,
    asOf: latest && toShanghaiTimestamp(parseShanghaiDate(latest)!),
  };
}

/** What the user settled for a town: a known one as it is; a new one confirmed, with an id of its own. */
export interface TownChoice {
  key: string;
  id: string;
  name: LocalName;
  location: Location | null;
}

export function defaultTownChoices(towns: readonly PreviewTown[]): TownChoice[] {
  let next = 1;
  const taken = new Set(towns.flatMap((t) => (t.known ? [t.known.id] : [])));
  return towns.map((t) => {
    if (t.known) return { key: t.key, id: t.known.id, name: t.known.name, location: t.known.location };
    while (taken.has(`town-${next}`)) next++;
    taken.add(`town-${next}`);
    return { key: t.key, id: `town-${next}`, name: { zh: t.name, en: t.name }, location: null };
  });
}

/** A Chinese name in pinyin, as the illustrative villages' English names are (`上村` → `Shangcun`). */
async function romanised(names: readonly string[]): Promise<string[]> {
  const { pinyin } = await import('pinyin-pro');
  return names.map((name) => {
    const latin = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').replace(/\s+/g, '');
    return latin.charAt(0).toUpperCase() + latin.slice(1);
  });
}

/** The sewer part the import makes active. */
export async function importedSewers(
  merged: MergedSewers,
  choices: readonly TownChoice[],
  files: readonly { name: string; rows: number }[],
  importedAt: string,
): Promise<SewersDataset> {
  const townOf = new Map(choices.map((c) => [c.key, c]));
  const pinyin = await romanised(merged.villages.map((v) => v.uniqueName));
  // A new town's English name is its pinyin too, unless the user gave one.
  const townNames = await romanised(choices.map((c) => c.name.zh));
  const numbers = new Map<string, number>();
  const villages: VillageRecord[] = merged.villages.map((v, i) => {
    const townId = townOf.get(v.townKey)!.id;
    const n = (numbers.get(townId) ?? 0) + 1;
    numbers.set(townId, n);
    return {
      id: `${townId}-${String(n).padStart(3, '0')}`,
      name: { zh: v.uniqueName, en: pinyin[i]! },
      townId,
      status: v.status,
      households: v.households,
      treatment: v.treatment,
      pipelineKm: v.pipelineKm,
      startedOn: v.startedOn,
      completedOn: v.completedOn,
    };
  });
  const asOf = merged.asOf ?? importedAt.slice(0, 10) + 'T00:00:00+08:00';
  const asOfMonth = asOf.slice(0, 7);
  const firstDate = villages
    .flatMap((v) => [v.startedOn, v.completedOn])
    .reduce<string>((a, d) => (d && d < a ? d : a), asOf);
  const planMonths = merged.plan.map((r) => r.month);
  const first = [firstDate.slice(0, 7), ...planMonths].reduce((a, m) => (m < a ? m : a));
  const last = [asOfMonth, ...planMonths].reduce((a, m) => (m > a ? m : a));
  const months = monthsBetween(first, last);

  const progress: Record<string, ProgressMonth[]> = {};
  for (const town of choices) {
    const own = villages.filter((v) => v.townId === town.id);
    const plan = merged.plan.filter((r) => r.townKey === town.key);
    progress[town.id] = months.map((month) => {
      // Cumulative: the plan as of its latest row up to this month (0 before its first); none without rows.
      const planRow = plan.filter((r) => r.month <= month).at(-1);
      const planned =
        plan.length === 0 ? null : { villages: planRow?.plannedVillages ?? 0, km: planRow?.plannedKm ?? 0 };
      if (month > asOfMonth)
        return {
          month,
          plannedVillages: planned?.villages ?? null,
          completedVillages: null,
          plannedKm: planned?.km ?? null,
          builtKm: null,
        };
      const end = toShanghaiDate(endOfShanghaiMonth(month) - 1);
      const done = own.filter((v) => v.completedOn !== null && v.completedOn <= end);
      const built = (month === asOfMonth ? own : done).reduce(
        (sum, v) => sum + Math.round(v.pipelineKm.built * 1000),
        0,
      );
      return {
        month,
        plannedVillages: planned?.villages ?? null,
        completedVillages: done.length,
        plannedKm: planned?.km ?? null,
        builtKm: built / 1000,
      };
    });
  }
  return {
    source: { kind: 'import', files: files.map((f) => ({ name: f.name, importedAt, rows: f.rows })) },
    period: { start: `${first}-01`, end: toShanghaiDate(endOfShanghaiMonth(last) - 1) },
    asOf,
    towns: choices.map(({ id, name, location }, i) => ({
      id,
      name: name.en === name.zh ? { zh: name.zh, en: townNames[i]! } : name,
      location,
    })),
    villages,
    progress,
  };
}
