import { describe, expect, it, vi } from 'vitest';
import { createI18n } from './i18n';
import { initialLanguage, rememberLanguage } from './language';

const memory = () => {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
};

describe('language choice', () => {
  it('takes ?lang= first, then the remembered language, then Chinese', () => {
    const storage = memory();
    expect(initialLanguage('', storage)).toBe('zh');
    rememberLanguage('en', storage);
    expect(initialLanguage('', storage)).toBe('en');
    expect(initialLanguage('?lang=zh', storage)).toBe('zh');
    expect(initialLanguage('?lang=fr', storage)).toBe('en');
  });

  it('survives storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(initialLanguage('', broken)).toBe('zh');
    expect(() => rememberLanguage('en', broken)).not.toThrow();
  });

  it('translates with placeholders in both languages', () => {
    expect(createI18n('zh').t('overview.villagesOf', { total: '759' })).toBe('共 759 个自然村');
    expect(createI18n('en').t('overview.villagesOf', { total: '759' })).toBe('of 759 natural villages');
  });

  it('changes language for everything that asks afterwards, and tells whoever listens', async () => {
    const i18n = createI18n('zh');
    const heard: string[] = [];
    const stop = i18n.subscribe(() => heard.push(i18n.language));
    const zhT = i18n.t;
    await i18n.changeLanguage('en');
    await i18n.changeLanguage('en');
    expect(heard).toEqual(['en']);
    expect(i18n.t('nav.overview')).toBe('Overview');
    expect(i18n.t).not.toBe(zhT);
    stop();
    await i18n.changeLanguage('zh');
    expect(heard).toEqual(['en']);
    expect(i18n.t('nav.overview')).toBe('总览');
  });

  it('ends in the language asked for last, whichever catalogue arrives first', async () => {
    // A fresh copy of the module, whose English catalogue has not loaded yet: it arrives after the switch back.
    vi.resetModules();
    const fresh = await import('./i18n');
    const i18n = fresh.createI18n('zh');
    const toEnglish = i18n.changeLanguage('en');
    await i18n.changeLanguage('zh');
    await toEnglish;
    expect(i18n.language).toBe('zh');
  });

  it("loads a page's section in every language, and in a language loaded after it", async () => {
    vi.resetModules();
    const fresh = await import('./i18n');
    const i18n = fresh.createI18n('zh');
    expect(i18n.t('data.heading')).toBe('data.heading');
    await fresh.loadSection('data');
    expect(i18n.t('data.heading')).toBe('数据');
    await i18n.changeLanguage('en');
    expect(i18n.t('data.heading')).toBe('Data');
    expect(fresh.messagesOf('en').data.heading).toBe('Data');
  });

  it('answers a key no catalogue holds with the key itself', () => {
    expect(createI18n('en').t('no.such.key' as 'nav.overview')).toBe('no.such.key');
  });
});
