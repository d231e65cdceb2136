/**
 * The limits a file must pass before the reader parses it (docs/intake.md), judged from the
 * zip's central directory. What a sheet declares (`<dimension>`) is only an estimate here:
 * the reader counts the cells really there against the same limits. Pure apart from the
 * injected inflater; importable without the reader.
 */
import { parseRangeA1 } from "../../core/model/address";
import { defaultInflater, type Inflater } from "./inflate";
import { partKey } from "./partKey";
import {
  entryDataOffset,
  entryIsEncrypted,
  readZipDirectory,
  startsWithZipSignature,
  type ZipEntry,
} from "./zipDirectory";

const MB = 1024 * 1024;

export interface FileLimits {
  readonly maxFileBytes: number;
  readonly maxUncompressedBytes: number;
  /** Uncompressed ÷ compressed size above which an entry is a zip bomb. */
  readonly maxRatio: number;
  /**
   * The ratio test applies only to entries at least this large uncompressed: a small XML
   * part of repeated tags can compress 120:1 harmlessly, and many small entries together
   * are bounded by `maxUncompressedBytes`.
   */
  readonly ratioMinEntryBytes: number;
  /** Cells (`<c>` elements) of all worksheets together, counted as the reader meets them. */
  readonly maxCells: number;
  /** Cells of one worksheet. */
  readonly maxCellsPerSheet: number;
  /**
   * Slots of the snapshot's grids, all sheets together: each row up to its last value, plus
   * one per row up to the last row with a value. Bounds a sparse sheet (one value per row
   * out at column XFD) whose few cells would spread over billions of slots.
   */
  readonly maxGridSlots: number;
  /** Time the reader may take for one file, in milliseconds. */
  readonly maxReadMs: number;
}

export const FILE_LIMITS: FileLimits = {
  maxFileBytes: 25 * MB,
  maxUncompressedBytes: 200 * MB,
  maxRatio: 100,
  ratioMinEntryBytes: 1 * MB,
  maxCells: 2_000_000,
  maxCellsPerSheet: 1_048_576,
  maxGridSlots: 8_000_000,
  maxReadMs: 15_000,
};

export type FileLimitReason =
  | { readonly code: "too-large"; readonly bytes: number; readonly limit: number }
  | { readonly code: "too-large-uncompressed"; readonly bytes: number; readonly limit: number }
  | {
      readonly code: "zip-bomb";
      readonly entry: string;
      readonly ratio: number;
      readonly limit: number;
    }
  /** `cells`: the cells really in the file, counted to its end. */
  | { readonly code: "too-many-cells"; readonly cells: number; readonly limit: number }
  /** `looksLikeText`: a CSV or other text file renamed to .xlsx. */
  | { readonly code: "not-zip"; readonly looksLikeText: boolean }
  /** An OLE compound file holding an Excel 97–2003 workbook (or any other OLE document). */
  | { readonly code: "old-xls" }
  /** `password`: an .xlsx saved with a password (an OLE `EncryptedPackage`); `zip-entry`: a zip entry with the encryption flag. */
  | { readonly code: "encrypted"; readonly how: "password" | "zip-entry" }
  | { readonly code: "corrupt"; readonly detail: string };

export type FileLimitCode = FileLimitReason["code"];

export type FileLimitResult =
  | {
      readonly ok: true;
      readonly entries: readonly ZipEntry[];
      /** What the sheets' `<dimension>` refs declare: an estimate, never a reason to refuse. */
      readonly declaredCells: number;
    }
  | { readonly ok: false; readonly fileName: string; readonly reason: FileLimitReason };

export interface FileLimitOptions {
  readonly limits?: Partial<FileLimits>;
  /** Needed where `DecompressionStream("deflate-raw")` is missing. */
  readonly inflate?: Inflater;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const DIMENSION_SCAN_BYTES = 64 * 1024;
const WORKSHEET_ENTRY = /^xl\/worksheets\/[^/]+\.xml$/i;

export async function checkFileLimits(
  bytes: Uint8Array,
  fileName: string,
  options: FileLimitOptions = {},
): Promise<FileLimitResult> {
  const limits = { ...FILE_LIMITS, ...options.limits };
  const refuse = (reason: FileLimitReason): FileLimitResult => ({ ok: false, fileName, reason });

  if (bytes.length > limits.maxFileBytes)
    return refuse({ code: "too-large", bytes: bytes.length, limit: limits.maxFileBytes });
  if (hasOleSignature(bytes)) {
    return refuse(
      oleHoldsEncryptedPackage(bytes)
        ? { code: "encrypted", how: "password" }
        : { code: "old-xls" },
    );
  }
  if (!startsWithZipSignature(bytes))
    return refuse({ code: "not-zip", looksLikeText: looksLikeText(bytes) });

  const directory = readZipDirectory(bytes);
  if (!directory.ok) return refuse({ code: "corrupt", detail: directory.problem });
  const { entries } = directory;

  let total = 0;
  for (const entry of entries) {
    if (entryIsEncrypted(entry)) return refuse({ code: "encrypted", how: "zip-entry" });
    if (entry.method !== 0 && entry.method !== 8)
      return refuse({ code: "corrupt", detail: `compression-method-${entry.method}` });
    total += entry.uncompressedSize;
  }
  if (total > limits.maxUncompressedBytes) {
    return refuse({
      code: "too-large-uncompressed",
      bytes: total,
      limit: limits.maxUncompressedBytes,
    });
  }
  for (const entry of entries) {
    const ratio = compressionRatio(entry);
    if (entry.uncompressedSize >= limits.ratioMinEntryBytes && ratio > limits.maxRatio) {
      return refuse({
        code: "zip-bomb",
        entry: entry.name,
        ratio: Math.round(ratio),
        limit: limits.maxRatio,
      });
    }
  }
  const names = new Set(entries.map((entry) => partKey(entry.name)));
  if (!names.has("xl/workbook.xml") && !names.has("_rels/.rels"))
    return refuse({ code: "corrupt", detail: "no-workbook-part" });

  let cells = 0;
  for (const entry of entries) {
    if (!WORKSHEET_ENTRY.test(partKey(entry.name))) continue;
    const head = await readEntry(bytes, entry, DIMENSION_SCAN_BYTES, options.inflate);
    if (head === null) return refuse({ code: "corrupt", detail: `unreadable-entry:${entry.name}` });
    cells += declaredCells(head);
  }

  return { ok: true, entries, declaredCells: cells };
}

function compressionRatio(entry: ZipEntry): number {
  if (entry.uncompressedSize === 0) return 0;
  // A zero compressed size with content is impossible for a real deflate stream.
  if (entry.compressedSize === 0) return Number.POSITIVE_INFINITY;
  return entry.uncompressedSize / entry.compressedSize;
}

/**
 * The entry's bytes, at most `maxBytes` of them; null when its header or data is broken.
 * Throws only when no inflater exists in this environment.
 */
export async function readEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  maxBytes: number,
  inflate: Inflater | undefined,
): Promise<Uint8Array | null> {
  const start = entryDataOffset(bytes, entry);
  if (start < 0) return null;
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.subarray(0, maxBytes);
  const inflater = inflate ?? defaultInflater();
  if (!inflater) throw new Error("No raw-deflate decompression available: pass an inflater.");
  try {
    return await inflater(data, maxBytes);
  } catch {
    return null;
  }
}

const DIMENSION = /<(?:\w+:)?dimension\b[^>]*\bref\s*=\s*["']([^"']+)["']/;

/** The number of cells a worksheet's `<dimension ref>` declares; 0 without one. */
export function declaredCells(sheetXmlStart: Uint8Array): number {
  const text = new TextDecoder("utf-8").decode(sheetXmlStart);
  const match = DIMENSION.exec(text);
  if (!match) return 0;
  const range = parseRangeA1(match[1]);
  if (!range) return 0;
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}

function hasOleSignature(bytes: Uint8Array): boolean {
  return (
    bytes.length >= OLE_SIGNATURE.length && OLE_SIGNATURE.every((byte, i) => bytes[i] === byte)
  );
}

const ENCRYPTED_PACKAGE_NAME = "EncryptedPackage";
const DIRECTORY_ENTRY_SIZE = 128;

/**
 * Whether an OLE compound file has a directory entry named `EncryptedPackage`: what Excel
 * writes for a password-protected .xlsx. Directory entries are 128-byte records aligned to
 * 128 bytes (sectors are 512 or 4096 bytes after a 512-byte header), each starting with its
 * UTF-16LE name and holding the name's byte length, terminator included, at offset 64.
 */
export function oleHoldsEncryptedPackage(bytes: Uint8Array): boolean {
  const name = ENCRYPTED_PACKAGE_NAME;
  const nameBytes = (name.length + 1) * 2;
  for (let at = 512; at + DIRECTORY_ENTRY_SIZE <= bytes.length; at += DIRECTORY_ENTRY_SIZE) {
    if (bytes[at + 64] !== nameBytes || bytes[at + 65] !== 0) continue;
    let same = true;
    for (let i = 0; i < name.length && same; i++) {
      same = bytes[at + i * 2] === name.charCodeAt(i) && bytes[at + i * 2 + 1] === 0;
    }
    if (same) return true;
  }
  return false;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  if (sample.length === 0) return false;
  let printable = 0;
  for (const byte of sample) {
    if (byte === 9 || byte === 10 || byte === 13 || byte >= 32) printable++;
    if (byte === 0) return false;
  }
  return printable / sample.length > 0.95;
}
