import { ImportError } from './problems';

/**
 * What a file's bytes are, before any parsing: a workbook (XLSX, or the old XLS SheetJS also reads), text in one of
 * the encodings Chinese exports use — UTF-8, GBK/GB18030, and the UTF-16 of Excel's 另存为 "Unicode 文本" (with its
 * byte order mark) — or something that is neither (a binary renamed `.csv`).
 */
export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
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
  // Text has no NUL bytes and few control characters other than tab, CR and LF.
  const head = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of head) {
    if (b === 0) throw new ImportError({ code: 'binary' });
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) control++;
  }
  if (control > head.length / 100) throw new ImportError({ code: 'binary' });
  return 'text';
}

/** UTF-16 by its BOM; UTF-8 when the bytes are valid UTF-8 (or start with its BOM); GB18030 (a superset of GBK) otherwise. */
export function guessEncoding(bytes: Uint8Array): Encoding {
  const utf16 = utf16Of(bytes);
  if (utf16) return utf16;
  if (startsWith(bytes, BOM)) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** The text in `encoding`, without a BOM; `replaced` counts the bytes that did not decode (shown as �). */
export function decodeText(bytes: Uint8Array, encoding: Encoding): { text: string; replaced: number } {
  const text = new TextDecoder(encoding).decode(bytes);
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  if (text.trim() === '') throw new ImportError({ code: 'empty' });
  return { text, replaced };
}
