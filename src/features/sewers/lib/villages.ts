import type { VillageStatus } from '../../../domain/dataset';
import type { Town, Village } from '../../../api/sewers';
import { messagesOf } from '../../../i18n/i18n';
import type { Language } from '../../../i18n/messages';

/** The village table's filters, as they live in the URL. */
export interface VillageFilter {
  town?: string;
  status?: VillageStatus;
  /** A name in Chinese characters or pinyin, or part of one. */
  q?: string;
}

/** Lower case without spaces, hyphens, apostrophes or tone marks: "Xi'an Cun" and "xiancun" compare equal. */
export function normalizePinyin(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s'’-]+/g, '');
}

export function matchesName(village: Village, query: string): boolean {
  const q = query.trim();
  if (q === '') return true;
  return village.name.zh.includes(q) || normalizePinyin(village.name.en).includes(normalizePinyin(q));
}

export function filterVillages(villages: readonly Village[], filter: VillageFilter): Village[] {
  return villages.filter(
    (v) =>
      (filter.town === undefined || v.townId === filter.town) &&
      (filter.status === undefined || v.status === filter.status) &&
      matchesName(v, filter.q ?? ''),
  );
}

/** The rows as the CSV export writes them: every column of the table, units in the header, in the UI language. */
export function villageTable(villages: readonly Village[], towns: readonly Town[], language: Language) {
  const m = messagesOf(language).sewers;
  const townName = new Map(towns.map((t) => [t.id, t.name[language]]));
  return {
    header: [
      m.columns.name,
      m.columns.pinyin,
      m.columns.town,
      m.columns.status,
      m.columns.households,
      m.columns.treatment,
      `${m.columns.plannedKm} (km)`,
      `${m.columns.builtKm} (km)`,
      m.columns.startedOn,
      m.columns.completedOn,
    ],
    rows: villages.map((v) => [
      v.name.zh,
      v.name.en,
      townName.get(v.townId) ?? v.townId,
      m.statuses[v.status],
      v.households,
      m.treatments[v.treatment],
      v.pipelineKm.planned,
      v.pipelineKm.built,
      v.startedOn,
      v.completedOn,
    ]),
  };
}
