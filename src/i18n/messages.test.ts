import { describe, expect, it } from 'vitest';
import { en } from './en';
import { enData } from './en-data';
import { fill } from './messages';
import { zh } from './zh';
import { zhData } from './zh-data';

const zhWhole = { ...zh, data: zhData };
const enWhole = { ...en, data: enData };

/** Every leaf key path of a nested catalogue, e.g. `state.errorKind.network`. */
function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`),
  );
}

function leaves(value: object): [string, string][] {
  return Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [[k, v] as [string, string]]
      : leaves(v as object).map(([p, s]) => [`${k}.${p}`, s] as [string, string]),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('zh and en have exactly the same keys', () => {
    expect(keys(enWhole).sort()).toEqual(keys(zhWhole).sort());
  });

  it('every string has the same placeholders in both languages and none is empty', () => {
    const enLeaves = new Map(leaves(enWhole));
    for (const [key, text] of leaves(zhWhole)) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(enLeaves.get(key)!), key).toEqual(placeholders(text));
    }
  });

  it('English carries no Chinese except the name of the Chinese language itself', () => {
    const withHan = leaves(enWhole).filter(([key, text]) => /[\u4e00-\u9fff]/.test(text) && key !== 'language.zh');
    expect(withHan).toEqual([]);
  });

  it('fill replaces known placeholders and leaves unknown ones', () => {
    expect(fill('截至 {{date}} {{x}}', { date: '2024-03' })).toBe('截至 2024-03 {{x}}');
  });
});
