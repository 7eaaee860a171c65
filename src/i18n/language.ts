import { DEFAULT_LANGUAGE, isLanguage, type Language } from './messages';

/** Which language the UI starts in and how the choice is remembered: no catalogue needed (the entry reads it). */

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
