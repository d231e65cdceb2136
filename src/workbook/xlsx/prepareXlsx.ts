/**
 * Everything done to a user's .xlsx bytes before ExcelJS parses them: the file limits, the
 * data-validation guard on an in-memory copy, and what ExcelJS does not read
 * (workbook structure protection). No ExcelJS here.
 */
import {
  WORKSHEET_ENTRY,
  checkFileLimits,
  readEntry,
  type FileLimitOptions,
  type FileLimitReason,
} from "./fileLimits";
import { stripHugeValidations, type StrippedValidation } from "./validationGuard";
import { FILE_LIMITS } from "./fileLimits";
import { rewriteZip } from "./zipRewrite";
import type { ZipEntry } from "./zipDirectory";

export type PreparedXlsx =
  | {
      readonly ok: true;
      /** The bytes to parse: the file itself, or a copy without the stripped validations. */
      readonly bytes: Uint8Array;
      readonly strippedValidations: readonly (StrippedValidation & { readonly entry: string })[];
      readonly structureProtected: boolean;
    }
  | { readonly ok: false; readonly reason: FileLimitReason };

export async function prepareXlsx(
  bytes: Uint8Array,
  fileName: string,
  options: FileLimitOptions = {},
): Promise<PreparedXlsx> {
  const limits = await checkFileLimits(bytes, fileName, options);
  if (!limits.ok) return { ok: false, reason: limits.reason };
  const maxValidationCells = options.limits?.maxValidationCells ?? FILE_LIMITS.maxValidationCells;
  const decoder = new TextDecoder("utf-8");
  const encoder = new TextEncoder();

  const replacements = new Map<string, Uint8Array>();
  const strippedValidations: (StrippedValidation & { entry: string })[] = [];
  for (const entry of limits.entries) {
    if (!WORKSHEET_ENTRY.test(entry.name)) continue;
    const xml = await readWhole(bytes, entry, options);
    if (xml === null)
      return { ok: false, reason: { code: "corrupt", detail: `unreadable-entry:${entry.name}` } };
    const text = decoder.decode(xml);
    if (!text.includes("<dataValidation")) continue;
    const guarded = stripHugeValidations(text, maxValidationCells);
    if (guarded.stripped.length === 0) continue;
    replacements.set(entry.name, encoder.encode(guarded.xml));
    strippedValidations.push(...guarded.stripped.map((item) => ({ ...item, entry: entry.name })));
  }

  const workbookEntry = limits.entries.find((entry) => entry.name === "xl/workbook.xml");
  const workbookXml = workbookEntry ? await readWhole(bytes, workbookEntry, options) : null;
  if (workbookXml === null)
    return { ok: false, reason: { code: "corrupt", detail: "unreadable-entry:xl/workbook.xml" } };
  const structureProtected = locksStructure(decoder.decode(workbookXml));

  if (replacements.size === 0) return { ok: true, bytes, strippedValidations, structureProtected };
  const rewritten = rewriteZip(bytes, limits.entries, replacements);
  if (rewritten === null)
    return { ok: false, reason: { code: "corrupt", detail: "unreadable-entries" } };
  return { ok: true, bytes: rewritten, strippedValidations, structureProtected };
}

/** The whole entry, refusing one that inflates beyond its declared size (a lying directory). */
async function readWhole(
  bytes: Uint8Array,
  entry: ZipEntry,
  options: FileLimitOptions,
): Promise<Uint8Array | null> {
  const data = await readEntry(bytes, entry, entry.uncompressedSize + 1, options.inflate);
  return data === null || data.length !== entry.uncompressedSize ? null : data;
}

const WORKBOOK_PROTECTION = /<(?:\w+:)?workbookProtection\b([^>]*)>/;

export function locksStructure(workbookXml: string): boolean {
  const attributes = WORKBOOK_PROTECTION.exec(workbookXml)?.[1];
  if (attributes === undefined) return false;
  return /\blockStructure\s*=\s*["'](?:1|true)["']/.test(attributes);
}
