import { useTranslation } from '../i18n/react';
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
  return dataMarkOf(meta.data.sources, t, i18n.language);
}

type Translate = ReturnType<typeof useTranslation>['t'];

export function dataMarkOf(sources: Meta['sources'], t: Translate, language: Language): DataMark {
  const parts = [
    ['partWater', sources.waterQuality],
    ['partSewers', sources.sewers],
  ] as const;
  if (parts.every(([, source]) => source.kind === 'illustrative'))
    return { label: t('app.illustrative'), note: t('app.illustrativeNote') };
  const kind = (source: Meta['sources']['sewers']) =>
    t(source.kind === 'import' ? 'app.kindImported' : 'app.kindIllustrative');
  const notes = parts.map(([key, source]) => {
    const part = t(`app.${key}`);
    if (source.kind === 'illustrative') return t('app.partIllustrative', { part });
    const files = formatList(
      source.files.map((f) => f.name),
      language,
    );
    return t('app.partImported', {
      part,
      files,
      time: formatDateTime(Math.max(...source.files.map((f) => f.importedAt))),
    });
  });
  return {
    label: t('app.markParts', { water: kind(sources.waterQuality), sewers: kind(sources.sewers) }),
    note: notes.join(t('app.notesJoin')) + (language === 'zh' ? '。' : '.'),
  };
}
