import { createContext, use, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { Language } from './messages';
import type { I18n, TFunction } from './i18n';

interface Translation {
  t: TFunction;
  i18n: { language: Language; changeLanguage: (language: Language) => Promise<void> };
}

const I18nContext = createContext<Translation | null>(null);

/** Gives the tree its language; everything that translates renders again when the language changes. */
export function I18nProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  const language = useSyncExternalStore(i18n.subscribe, () => i18n.language);
  const value = useMemo<Translation>(
    () => ({ t: i18n.t, i18n: { language, changeLanguage: i18n.changeLanguage } }),
    [i18n, language],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}

/** `t` and the language of the nearest `I18nProvider`. */
export function useTranslation(): Translation {
  const translation = use(I18nContext);
  if (!translation) throw new Error('useTranslation needs an I18nProvider above it');
  return translation;
}
