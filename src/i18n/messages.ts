import type { zh } from './zh';
import type { zhData } from './zh-data';

/** The Chinese catalogue whole: its core and the sections loaded with their pages. */
export type Catalogue = typeof zh & { readonly data: typeof zhData };

/** Sections of the catalogue that one page alone reads: each a chunk of its own, loaded with that page. */
export type MessageSection = 'data';

/** The shape of the message catalogue: zh's keys, any string values. */
type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<Catalogue>;

export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh';

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/** Fills `{{name}}` placeholders: for `t`, and for code that reads the catalogues directly (the chart builders). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
