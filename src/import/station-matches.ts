import type { StationChoice } from './water-import';

/**
 * The station matches a user made in the preview (`滆湖(心)` → 滆湖心), remembered in this browser (DESIGN §7 v3
 * "Stations"), so that the next export from the same platform is matched at once: station key → station id.
 */
const STORAGE_KEY = 'gehu-station-matches';

export function rememberedMatches(): Record<string, string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return {};
    return Object.fromEntries(
      Object.entries(stored).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  } catch {
    return {};
  }
}

/** Keeps the matches of a confirmed import: each file name the user matched to a known station. */
export function rememberMatches(choices: readonly StationChoice[], knownIds: ReadonlySet<string>): void {
  const matched = choices.filter((c) => c.matchedByUser && knownIds.has(c.id));
  if (matched.length === 0) return;
  try {
    const next = { ...rememberedMatches(), ...Object.fromEntries(matched.map((c) => [c.key, c.id])) };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // A browser that keeps nothing (private mode, full storage) asks again next time: nothing is lost.
  }
}
