import type { Lang } from "../model/lang";
import type { RegistryRow, WorkbookSnapshot } from "../model/snapshot";
import { numberedSheetName, sameSheetName, workbookNameKey } from "../model/sheetNames";
import { msg } from "./text";

/** The generated sheets of § 7 and § 7.1 every consolidation writes, in the order they are added. */
export const GENERATED_SHEETS = [
  "summary",
  "national",
  "openDecisions",
  "legislation",
  "expert",
  "monitoring",
  "items",
] as const;
/** Written only when a previous round's summary is given (docs/follow-up.md). */
export const PREVIOUS_ROUND_SHEET = "previous" as const;
export type GeneratedSheet = (typeof GENERATED_SHEETS)[number] | typeof PREVIOUS_ROUND_SHEET;

/** The localised name of a generated sheet. */
export function generatedSheetName(kind: GeneratedSheet, lang: Lang): string {
  return msg(lang, `consolidate.sheet.${kind}`);
}

export function findGenerated(
  registry: readonly RegistryRow[],
  sheet: string,
): RegistryRow | undefined {
  return registry.find((r) => r.role === "generated" && sameSheetName(r.sheet, sheet));
}

export interface SheetTarget {
  readonly kind: GeneratedSheet;
  readonly name: string;
  /** The existing sheet is one the add-in generated: it is replaced. */
  readonly replaces: boolean;
}

/**
 * Where each generated sheet goes: its own name when free or generated before, else the
 * first `Name (k)` that is; a user's sheet is never taken over.
 */
export function chooseSheetNames(
  existing: WorkbookSnapshot,
  lang: Lang,
  kinds: readonly GeneratedSheet[] = GENERATED_SHEETS,
): SheetTarget[] {
  const taken: string[] = [];
  return kinds.map((kind) => {
    const base = generatedSheetName(kind, lang);
    for (let k = 1; ; k += 1) {
      const candidate = numberedSheetName(base, k);
      if (taken.some((t) => sameSheetName(t, candidate))) continue;
      const sheet = existing.sheets.find((s) => sameSheetName(s.name, candidate));
      if (sheet === undefined) {
        taken.push(candidate);
        return { kind, name: candidate, replaces: false };
      }
      if (findGenerated(existing.registry, sheet.name) !== undefined) {
        taken.push(sheet.name);
        return { kind, name: sheet.name, replaces: true };
      }
    }
  });
}

/** A table name no sheet of the workbook uses yet: `RaAllItems`, `RaAllItems2`, … */
export function freeTableName(
  existing: WorkbookSnapshot,
  base: string,
  alsoTaken: readonly string[] = [],
): string {
  const used = new Set([
    ...existing.sheets.flatMap((s) => s.tables.map((t) => workbookNameKey(t.name))),
    ...alsoTaken.map(workbookNameKey),
  ]);
  for (let k = 1; ; k += 1) {
    const name = k === 1 ? base : `${base}${k}`;
    if (!used.has(workbookNameKey(name))) return name;
  }
}
