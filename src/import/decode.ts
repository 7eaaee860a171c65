import { ImportError } from './problems';

/**
 * What a file's bytes are, before any parsing: a workbook (XLSX, or the old XLS SheetJS also reads), text in one of
 * the encodings Chinese exports use — UTF-8, GBK/GB18030, and the UTF-16 of Excel's 另存为 "Unicode 文本" (with its
 * byte order mark) — or something that is neither (a binary renamed `.csv`).
 */
export const ENCODINGS = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'] as const;
export type Encoding = (typeof ENCODINGS)[number];
export type FileFormat = 'workbook' | 'text';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/** The UTF-16 a byte order mark announces, if any: such text is full of NUL bytes and is not binary for them. */
const utf16Of = (bytes: Uint8Array): Encoding | null =>
  startsWith(bytes, UTF16LE_BOM) ? 'utf-16le' : startsWith(bytes, UTF16BE_BOM) ? 'utf-16be' : null;
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

export function formatOf(bytes: Uint8Array): FileFormat {
  if (bytes.length === 0) throw new ImportError({ code: 'empty' });
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) return 'workbook';
  if (utf16Of(bytes)) return 'text';
  // Text has few control characters other than tab, CR and LF, and no NUL byte anywhere: one hidden in a station's
  // name would make "滆\0湖心", a station that looks like 滆湖心 and is not.
  const head = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of head) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) control++;
  if (control > head.length / 100) throw new ImportError({ code: 'binary' });
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new ImportError({ code: 'nul-byte', line: lineAt(bytes, nul) });
  return 'text';
}

/** The 1-based line of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) line++;
  return line;
}

/** How many bytes that do not decode a UTF-8 file may hold and still be taken for UTF-8 (a few slips, not GBK). */
const UTF8_SLIPS = { atMost: 10, share: 0.001 } as const;

/**
 * UTF-16 by its BOM; UTF-8 when the bytes are UTF-8 (or start with its BOM), also when only a few bytes do not decode
 * (they are then counted and their rows named, never silently read in another encoding); GB18030 (a superset of GBK)
 * otherwise: GBK's Chinese is almost never valid UTF-8.
 */
export function guessEncoding(bytes: Uint8Array): Encoding {
  const utf16 = utf16Of(bytes);
  if (utf16) return utf16;
  if (startsWith(bytes, BOM)) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    const slips = replacements(new TextDecoder('utf-8').decode(bytes));
    return slips <= Math.max(UTF8_SLIPS.atMost, bytes.length * UTF8_SLIPS.share) ? 'utf-8' : 'gb18030';
  }
}

const replacements = (text: string) => {
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++;
  return count;
};

/** The text in `encoding`, without a BOM; `replaced` counts the bytes that did not decode (shown as �). */
export function decodeText(bytes: Uint8Array, encoding: Encoding): { text: string; replaced: number } {
  const text = new TextDecoder(encoding).decode(bytes);
  if (text.trim() === '') throw new ImportError({ code: 'empty' });
  // A NUL in text decoded from UTF-16 is as hidden as one in a byte file.
  const nul = text.indexOf('\u0000');
  if (nul !== -1) throw new ImportError({ code: 'nul-byte', line: text.slice(0, nul).split(/\r\n|\r|\n/).length });
  return { text, replaced: replacements(text) };
}
