import { ImportError } from './problems';

/**
 * A workbook is a zip: before a byte of it is unpacked, its central directory says how large each entry unpacks
 * (DESIGN §7, "Imports nothing can break"). A "zip bomb" of a few MB that unpacks to gigabytes of sheet XML would
 * crash the tab; it is refused here instead, by what the directory declares. A zip that lies in its directory about
 * sizes is left to SheetJS's own reading (the README says so).
 */

/** At most this many bytes unpacked in all, and this ratio of unpacked to packed for any entry. */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
const MAX_RATIO = 100;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes, followed by a comment of at most 65 535. */
const END_RECORD = 22;
const MAX_COMMENT = 0xffff;
/** A size field of all ones: the real size is in a ZIP64 record, i.e. over 4 GB. */
const ZIP64 = 0xffffffff;

/** Throws `workbook-too-large` when the zip's directory declares more than the limits; does nothing otherwise. */
export function checkZipLimits(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end === null) return;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let unpacked = 0;
  for (let i = 0; i < entries && at + 46 <= view.byteLength; i++) {
    if (view.getUint32(at, true) !== DIRECTORY_ENTRY) return;
    const packed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    unpacked += size;
    const ratio = packed === 0 ? (size === 0 ? 0 : Infinity) : size / packed;
    if (size === ZIP64 || packed === ZIP64 || ratio > MAX_RATIO || unpacked > MAX_UNPACKED_BYTES)
      throw new ImportError({ code: 'workbook-too-large', unpacked: size === ZIP64 ? Infinity : unpacked });
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}

function findEndRecord(view: DataView): number | null {
  const last = view.byteLength - END_RECORD;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--)
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  return null;
}
