import { en } from './en';
import { DEFAULT_LANGUAGE, fill, type Language, type Messages } from './messages';
import { zh } from './zh';

export const catalogues = { zh, en } as const satisfies Record<Language, Messages>;

/** Every message's dotted key, e.g. `state.errorKind.network`: what `t` accepts. */
type KeyOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : KeyOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type MessageKey = KeyOf<typeof zh>;

/** A message by key with its `{{name}}` placeholders filled; the key itself where no catalogue has it. */
export type TFunction = (key: MessageKey, values?: Record<string, string | number>) => string;

/** The UI language and its messages. The catalogues are bundled: a change of language is synchronous. */
export interface I18n {
  readonly language: Language;
  readonly t: TFunction;
  changeLanguage: (language: Language) => void;
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
      const template = lookup(catalogues[language], key) ?? lookup(catalogues[DEFAULT_LANGUAGE], key) ?? key;
      return values ? fill(template, values) : template;
    };
    translators.set(language, t);
  }
  return t;
}

export function createI18n(initial: Language): I18n {
  let language = initial;
  const listeners = new Set<() => void>();
  return {
    get language() {
      return language;
    },
    get t() {
      return translator(language);
    },
    changeLanguage: (next) => {
      if (next === language) return;
      language = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
