import { useTranslation } from 'react-i18next';
import { type Meta, useMeta } from '../api/meta';
import { formatDateTime, formatList } from '../i18n/format';
import type { Language } from '../i18n/messages';

export interface DataMark {
  /** The short mark: 模拟数据, or each part's kind when a part is imported. */
  label: string;
  /** The sentence behind it: what is illustrative, or which files were imported when. */
  note: string;
}

/** What the screens say about the data they show (DESIGN §7 "Marked"), from `/meta.sources`; null until known. */
export function useDataMark(): DataMark | null {
  const { t, i18n } = useTranslation();
  const meta = useMeta();
  if (!meta.data) return null;
  return dataMarkOf(meta.data.sources, t, i18n.language as Language);
}

type Translate = ReturnType<typeof useTranslation>['t'];

export function dataMarkOf(sources: Meta['sources'], t: Translate, language: Language): DataMark {
  const water = sources.waterQuality;
  if (water.kind === 'illustrative') return { label: t('app.illustrative'), note: t('app.illustrativeNote') };
  const latest = Math.max(...water.files.map((f) => f.importedAt));
  return {
    label: t('app.markWater', { water: t('app.imported'), sewers: t('app.illustrative') }),
    note: t('app.importedNote', {
      files: formatList(
        water.files.map((f) => f.name),
        language,
      ),
      time: formatDateTime(latest),
    }),
  };
}
