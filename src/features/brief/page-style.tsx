import { messagesOf } from '../../i18n/i18n';
import type { Language } from '../../i18n/messages';

/** A CSS string literal of any text: every character but letters, digits and spaces escaped, so that data stays text. */
export const cssString = (text: string) =>
  `"${text.replace(/[^\p{L}\p{N} ]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;

/**
 * The printed page: A4 with margins, the title and period as a running header, the page number at the foot; the
 * appendix's pages carry no number (it follows the numbered pages). Rendered only on `/brief`, so that printing any
 * other page keeps the browser's defaults.
 */
export function PageStyle({ title, period, language }: { title: string; period: string; language: Language }) {
  const m = messagesOf(language).brief;
  const margin = 'font: 8pt "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #5b6776;';
  const css = `
@page {
  size: A4 portrait;
  margin: 18mm 15mm 16mm;
  @top-left { content: ${cssString(title)}; ${margin} }
  @top-right { content: ${cssString(period)}; ${margin} }
  @bottom-center { content: ${cssString(m.pagePrefix)} counter(page) ${cssString(m.pageSuffix)}; ${margin} }
}
@page appendix {
  @bottom-center { content: none; }
}`;
  return <style>{css}</style>;
}
