/**
 * Writes a copy of a zip with some entries replaced (stored, uncompressed). Used only on
 * the in-memory copy handed to ExcelJS; the user's file is never re-saved.
 */
import type { ZipEntry } from "./zipDirectory";
import { entryDataOffset } from "./zipDirectory";

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

interface OutEntry {
  readonly name: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly data: Uint8Array;
  readonly uncompressedSize: number;
  offset: number;
}

const UTF8_FLAG = 0x800;

/** Returns null when an entry to copy cannot be located. */
export function rewriteZip(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  replacements: ReadonlyMap<string, Uint8Array>,
): Uint8Array | null {
  const encoder = new TextEncoder();
  const out: OutEntry[] = [];
  for (const entry of entries) {
    const replacement = replacements.get(entry.name);
    if (replacement) {
      out.push({
        name: encoder.encode(entry.name),
        flags: UTF8_FLAG,
        method: 0,
        crc: crc32(replacement),
        data: replacement,
        uncompressedSize: replacement.length,
        offset: 0,
      });
      continue;
    }
    const start = entryDataOffset(bytes, entry);
    if (start < 0) return null;
    out.push({
      name: encoder.encode(entry.name),
      flags: UTF8_FLAG,
      method: entry.method,
      crc: entry.crc32,
      data: bytes.subarray(start, start + entry.compressedSize),
      uncompressedSize: entry.uncompressedSize,
      offset: 0,
    });
  }

  let size = 22;
  for (const entry of out)
    size += 30 + entry.name.length + entry.data.length + 46 + entry.name.length;
  const result = new Uint8Array(size);
  const view = new DataView(result.buffer);
  let at = 0;
  for (const entry of out) {
    entry.offset = at;
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, entry.flags, true);
    view.setUint16(at + 8, entry.method, true);
    view.setUint32(at + 14, entry.crc, true);
    view.setUint32(at + 18, entry.data.length, true);
    view.setUint32(at + 22, entry.uncompressedSize, true);
    view.setUint16(at + 26, entry.name.length, true);
    result.set(entry.name, at + 30);
    result.set(entry.data, at + 30 + entry.name.length);
    at += 30 + entry.name.length + entry.data.length;
  }
  const directoryStart = at;
  for (const entry of out) {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, entry.flags, true);
    view.setUint16(at + 10, entry.method, true);
    view.setUint32(at + 16, entry.crc, true);
    view.setUint32(at + 20, entry.data.length, true);
    view.setUint32(at + 24, entry.uncompressedSize, true);
    view.setUint16(at + 28, entry.name.length, true);
    view.setUint32(at + 42, entry.offset, true);
    result.set(entry.name, at + 46);
    at += 46 + entry.name.length;
  }
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, out.length, true);
  view.setUint16(at + 10, out.length, true);
  view.setUint32(at + 12, at - directoryStart, true);
  view.setUint32(at + 16, directoryStart, true);
  return result;
}
