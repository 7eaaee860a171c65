import { DEFAULT_LANGUAGE, fill, type Catalogue, type Language, type Messages, type MessageSection } from './messages';
import { zh } from './zh';

type Core = Omit<Messages, MessageSection>;

/**
 * The catalogues loaded so far. Chinese, the default, comes with the app; English is a chunk of its own (9 kB gzip
 * that most readers never need), loaded before the UI switches to it. The sections one page alone reads (the import
 * page's) are chunks of their own in both languages, loaded with that page (`loadSection`) and for every language
 * loaded after it.
 */
const loaded: Partial<Record<Language, Core & Partial<Pick<Messages, MessageSection>>>> = { zh };
const loaders: Record<Language, () => Promise<Core>> = {
  zh: () => Promise.resolve(zh),
  en: () => import('./en').then((module) => module.en),
};
const sectionLoaders: Record<MessageSection, Record<Language, () => Promise<Messages[MessageSection]>>> = {
  data: {
    zh: () => import('./zh-data').then((module) => module.zhData),
    en: () => import('./en-data').then((module) => module.enData),
  },
};
const wantedSections = new Set<MessageSection>();

/** Loads `language`'s catalogue, once, with the sections asked for so far. */
export async function loadCatalogue(language: Language): Promise<void> {
  loaded[language] ??= await loaders[language]();
  await Promise.all([...wantedSections].map((section) => addSection(language, section)));
}

/** Loads a section of the catalogue in every language loaded, and in any loaded later: before its page renders. */
export async function loadSection(section: MessageSection): Promise<void> {
  wantedSections.add(section);
  const languages = Object.keys(loaded) as Language[];
  await Promise.all(languages.map((language) => addSection(language, section)));
}

async function addSection(language: Language, section: MessageSection): Promise<void> {
  if (loaded[language]?.[section]) return;
  const messages = await sectionLoaders[section][language]();
  loaded[language] = { ...loaded[language]!, [section]: messages };
}

/**
 * A loaded catalogue, for code that reads messages directly (the chart builders): the UI's language always is. A
 * section is there once its page has loaded it.
 */
export function messagesOf(language: Language): Messages {
  const messages = loaded[language];
  if (!messages) throw new Error(`the ${language} catalogue is not loaded (loadCatalogue first)`);
  return messages as Messages;
}

/** Every message's dotted key, e.g. `state.errorKind.network`: what `t` accepts. */
type KeyOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : KeyOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type MessageKey = KeyOf<Catalogue>;

/** A message by key with its `{{name}}` placeholders filled; the key itself where no catalogue has it. */
export type TFunction = (key: MessageKey, values?: Record<string, string | number>) => string;

/** The UI language and its messages. */
export interface I18n {
  readonly language: Language;
  readonly t: TFunction;
  /**
   * Switches once the language's catalogue is in; until then, and if it cannot load (the promise rejects), the UI stays
   * in the language it had.
   */
  changeLanguage: (language: Language) => Promise<void>;
  /** Calls `listener` after every change of language; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
}

function lookup(catalogue: object, key: string): string | undefined {
  let node: unknown = catalogue;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

const translators = new Map<Language, TFunction>();

/** One `t` per language, so that its identity changes with the language and only then. */
function translator(language: Language): TFunction {
  let t = translators.get(language);
  if (!t) {
    t = (key, values) => {
      const template = lookup(messagesOf(language), key) ?? lookup(messagesOf(DEFAULT_LANGUAGE), key) ?? key;
      return values ? fill(template, values) : template;
    };
    translators.set(language, t);
  }
  return t;
}

/** An I18n in `initial`, whose catalogue must be loaded (`loadCatalogue`). */
export function createI18n(initial: Language): I18n {
  messagesOf(initial);
  let language = initial;
  // The language asked for last: a switch whose catalogue arrives after a later choice does not override it.
  let wanted = initial;
  const listeners = new Set<() => void>();
  return {
    get language() {
      return language;
    },
    get t() {
      return translator(language);
    },
    changeLanguage: async (next) => {
      wanted = next;
      await loadCatalogue(next);
      if (next !== wanted || next === language) return;
      language = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
