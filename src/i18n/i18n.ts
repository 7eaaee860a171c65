import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './messages';
import { zh } from './zh';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zh };
  }
}

export const catalogues = { zh, en } as const;

/** A ready i18next instance (synchronous: the catalogues are bundled, there is nothing to load). */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ['zh', 'en'],
    resources: { zh: { translation: zh }, en: { translation: en } },
    // React escapes what it renders; escaping here too would show entities as text.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

const STORAGE_KEY = 'gehu-dashboard.language';

/** `?lang=` wins, then the remembered choice, then Chinese. */
export function initialLanguage(search: string, storage: Pick<Storage, 'getItem'> | null): Language {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLanguage(fromUrl)) return fromUrl;
  const remembered = safely(() => storage?.getItem(STORAGE_KEY));
  return isLanguage(remembered) ? remembered : DEFAULT_LANGUAGE;
}

export function rememberLanguage(language: Language, storage: Pick<Storage, 'setItem'> | null): void {
  safely(() => storage?.setItem(STORAGE_KEY, language));
}

/** The browser's localStorage, or null where reading it throws (privacy modes, some kiosk profiles). */
export function browserStorage(): Storage | null {
  return safely(() => globalThis.localStorage) ?? null;
}

/** Storage may throw (privacy modes, kiosk profiles); the language then simply is not remembered. */
function safely<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined;
  }
}

export const htmlLang = (language: Language) => (language === 'zh' ? 'zh-CN' : 'en');
