/**
 * A reader of a zip's end-of-central-directory and central directory: enough to judge an
 * .xlsx before anything decompresses it. Pure; no ExcelJS.
 */

export interface ZipEntry {
  readonly name: string;
  /** General-purpose flags; bit 0 is "encrypted". */
  readonly flags: number;
  /** 0 stored, 8 deflated, 99 AES. */
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

export type ZipDirectoryResult =
  | {
      readonly ok: true;
      readonly entries: readonly ZipEntry[];
      readonly centralDirectoryOffset: number;
    }
  | {
      readonly ok: false;
      readonly problem: "no-end-record" | "truncated" | "bad-entry" | "multi-disk";
    };

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

export function startsWithZipSignature(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && view(bytes).getUint32(0, true) === LOCAL_SIGNATURE;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function readUint64(data: DataView, offset: number): number {
  // Exact up to 2^53, far beyond any file this add-in accepts.
  return data.getUint32(offset, true) + data.getUint32(offset + 4, true) * 0x1_0000_0000;
}

function findEndRecord(bytes: Uint8Array, data: DataView): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
    if (
      data.getUint32(at, true) === EOCD_SIGNATURE &&
      at + EOCD_SIZE + data.getUint16(at + 20, true) === bytes.length
    ) {
      return at;
    }
  }
  return -1;
}

const utf8 = new TextDecoder("utf-8");
const latin1 = new TextDecoder("latin1");

export function readZipDirectory(bytes: Uint8Array): ZipDirectoryResult {
  if (bytes.length < EOCD_SIZE) return { ok: false, problem: "no-end-record" };
  const data = view(bytes);
  const end = findEndRecord(bytes, data);
  if (end < 0) return { ok: false, problem: "no-end-record" };

  let disk = data.getUint16(end + 4, true);
  let count = data.getUint16(end + 10, true);
  let directoryOffset = data.getUint32(end + 16, true);
  let directorySize = data.getUint32(end + 12, true);

  const needsZip64 =
    count === 0xffff || directoryOffset === 0xffffffff || directorySize === 0xffffffff;
  if (needsZip64) {
    const locator = end - 20;
    if (locator < 0 || data.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE)
      return { ok: false, problem: "truncated" };
    const record = readUint64(data, locator + 8);
    if (record + 56 > bytes.length || data.getUint32(record, true) !== ZIP64_EOCD_SIGNATURE) {
      return { ok: false, problem: "truncated" };
    }
    disk = data.getUint32(record + 16, true);
    count = readUint64(data, record + 32);
    directorySize = readUint64(data, record + 40);
    directoryOffset = readUint64(data, record + 48);
  }
  if (disk !== 0) return { ok: false, problem: "multi-disk" };
  if (directoryOffset + directorySize > bytes.length) return { ok: false, problem: "truncated" };

  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== CENTRAL_SIGNATURE)
      return { ok: false, problem: "bad-entry" };
    const flags = data.getUint16(at + 8, true);
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > bytes.length) return { ok: false, problem: "truncated" };
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    // Bit 11: the name is UTF-8; otherwise CP437, of which ASCII is all an .xlsx uses.
    const name = (flags & 0x800 ? utf8 : latin1).decode(nameBytes);
    let compressedSize = data.getUint32(at + 20, true);
    let uncompressedSize = data.getUint32(at + 24, true);
    let localHeaderOffset = data.getUint32(at + 42, true);
    const zip64 = readZip64Extra(data, at + 46 + nameLength, extraLength, {
      uncompressed: uncompressedSize === 0xffffffff,
      compressed: compressedSize === 0xffffffff,
      offset: localHeaderOffset === 0xffffffff,
    });
    if (zip64 === null) return { ok: false, problem: "bad-entry" };
    uncompressedSize = zip64.uncompressed ?? uncompressedSize;
    compressedSize = zip64.compressed ?? compressedSize;
    localHeaderOffset = zip64.offset ?? localHeaderOffset;
    entries.push({
      name,
      flags,
      method: data.getUint16(at + 10, true),
      crc32: data.getUint32(at + 16, true),
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
    at = next;
  }
  return { ok: true, entries, centralDirectoryOffset: directoryOffset };
}

interface Zip64Values {
  uncompressed?: number;
  compressed?: number;
  offset?: number;
}

function readZip64Extra(
  data: DataView,
  start: number,
  length: number,
  wanted: { uncompressed: boolean; compressed: boolean; offset: boolean },
): Zip64Values | null {
  if (!wanted.uncompressed && !wanted.compressed && !wanted.offset) return {};
  let at = start;
  while (at + 4 <= start + length) {
    const id = data.getUint16(at, true);
    const size = data.getUint16(at + 2, true);
    if (id === 0x0001) {
      const values: Zip64Values = {};
      let field = at + 4;
      const fieldEnd = at + 4 + size;
      for (const key of ["uncompressed", "compressed", "offset"] as const) {
        if (!wanted[key]) continue;
        if (field + 8 > fieldEnd) return null;
        values[key] = readUint64(data, field);
        field += 8;
      }
      return values;
    }
    at += 4 + size;
  }
  return null;
}

/** Where an entry's compressed bytes start, from its local header; -1 if the header is broken. */
export function entryDataOffset(bytes: Uint8Array, entry: ZipEntry): number {
  const data = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || data.getUint32(at, true) !== LOCAL_SIGNATURE) return -1;
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  return start + entry.compressedSize > bytes.length ? -1 : start;
}

export function entryIsEncrypted(entry: ZipEntry): boolean {
  return (entry.flags & 0x1) !== 0 || entry.method === 99;
}
