import { useEffect } from 'react';
import { useTranslation } from '../../i18n/react';
import { browserStorage, htmlLang, rememberLanguage } from '../../i18n/language';
import { isLanguage } from '../../i18n/messages';
import { useSearchValues } from '../../routing/navigation';

/** Follows `?lang=` into the UI language, remembers the choice, and keeps `<html lang>` and the title in step. */
export function useLanguageSync(): void {
  const { lang } = useSearchValues();
  const { i18n, t } = useTranslation();
  useEffect(() => {
    if (!isLanguage(lang)) return;
    // A language in the URL is a choice (the switch, or a shared link): follow it and remember it.
    // A catalogue that cannot load (offline) leaves the page in the language it is in.
    if (lang !== i18n.language) i18n.changeLanguage(lang).catch(() => undefined);
    rememberLanguage(lang, browserStorage());
  }, [lang, i18n]);
  useEffect(() => {
    if (isLanguage(i18n.language)) document.documentElement.lang = htmlLang(i18n.language);
    document.title = t('app.title');
  }, [i18n.language, t]);
}
