import type { Lang } from "../model/lang";
import type { SheetSpec, WritePlan } from "../model/plan";
import type { RoundSettings } from "../model/round";
import {
  REGISTRY_SCHEMA_VERSION,
  type RegistryRow,
  type WorkbookSnapshot,
} from "../model/snapshot";
import { sheetHash, valuesOf } from "./hash";
import {
  allItemsSheet,
  expertSheet,
  legislationSheet,
  monitoringSheet,
  nationalSheet,
} from "./listSheets";
import type { SheetContent } from "./sheetContent";
import { openDecisionsSheet } from "./openDecisionsSheet";
import { previousSheet } from "./previousSheet";
import {
  chooseSheetNames,
  findGenerated,
  freeTableName,
  GENERATED_SHEETS,
  PREVIOUS_ROUND_SHEET,
  type GeneratedSheet,
} from "./sheetNames";
import type { RoundComparison } from "../previous/types";
import { summarySheet } from "./summarySheet";
import { namer } from "./text";
import type { Consolidation, FileReceipt } from "./types";
import { sheetNameKey } from "../model/sheetNames";

export interface ConsolidationPlanOptions {
  /** Replace generated sheets the user has edited since (the pane asks first). */
  readonly replaceEdited?: boolean;
  /** ISO 8601 time of the write, for the registry. */
  readonly time: string;
  /** Excel date serial of the consolidation, shown on the Summary. */
  readonly date: number;
  /** A source file's path relative to the summary's folder, for links (outside Excel). */
  readonly fileLink?: (file: string) => string;
  /** The files of the round as received, logged on the Summary (outside Excel). */
  readonly receipts?: readonly FileReceipt[];
  /** The change since a previous round's summary: adds the Change since previous round sheet. */
  readonly comparison?: RoundComparison;
}

/** Generated sheets the user edited would be replaced, and `replaceEdited` was not given. */
export class EditedGeneratedSheetsError extends Error {
  constructor(readonly sheets: readonly string[]) {
    super(`Generated sheets edited since they were written: ${sheets.join(", ")}`);
    this.name = "EditedGeneratedSheetsError";
  }
}

/**
 * Generated sheets whose values no longer hash to what the registry recorded: the user
 * edited them, so replacing them needs the user's consent.
 */
export function findEditedGeneratedSheets(existing: WorkbookSnapshot): string[] {
  return existing.sheets
    .filter((sheet) => {
      const row = findGenerated(existing.registry, sheet.name);
      return row !== undefined && row.hash !== "" && sheetHash(sheet.cells) !== row.hash;
    })
    .map((sheet) => sheet.name);
}

/**
 * The generated sheets of § 7 as one write plan: new sheets where the names are free,
 * replacements of sheets generated before, a `Name (2)` beside a user's own sheet, the
 * registry rows with the hash of what is written. Throws `EditedGeneratedSheetsError` when
 * an edited generated sheet would be replaced without `options.replaceEdited`.
 */
export function consolidationPlan(
  consolidation: Consolidation,
  settings: RoundSettings,
  lang: Lang,
  existing: WorkbookSnapshot,
  options: ConsolidationPlanOptions,
): WritePlan {
  const comparison = options.comparison;
  const kinds: readonly GeneratedSheet[] =
    comparison === undefined ? GENERATED_SHEETS : [...GENERATED_SHEETS, PREVIOUS_ROUND_SHEET];
  const targets = chooseSheetNames(existing, lang, kinds);
  const edited = new Set(findEditedGeneratedSheets(existing));
  const blocked = targets.filter((t) => t.replaces && edited.has(t.name)).map((t) => t.name);
  if (blocked.length > 0 && options.replaceEdited !== true)
    throw new EditedGeneratedSheetsError(blocked);

  const sheetsHere = new Set(existing.sheets.map((sheet) => sheetNameKey(sheet.name)));
  const n = namer(settings, lang, (sheet) => sheetsHere.has(sheetNameKey(sheet)), options.fileLink);
  const nationalTable = freeTableName(existing, "RaNationalQuestions");
  const itemsTable = freeTableName(existing, "RaAllItems", [nationalTable]);
  const openTable = freeTableName(existing, "RaOpenDecisions", [nationalTable, itemsTable]);
  const contents: Record<GeneratedSheet, () => SheetContent> = {
    summary: () => summarySheet(consolidation, settings, n, options.date, options.receipts),
    national: () => nationalSheet(consolidation, n, nationalTable),
    openDecisions: () => openDecisionsSheet(consolidation, n, openTable),
    legislation: () => legislationSheet(consolidation, n),
    expert: () => expertSheet(consolidation, n),
    monitoring: () => monitoringSheet(consolidation, n),
    items: () => allItemsSheet(consolidation, n, itemsTable),
    previous: () => (comparison === undefined ? { blocks: [] } : previousSheet(comparison, n)),
  };

  const sheets: SheetSpec[] = [];
  const registry: RegistryRow[] = [];
  for (const target of targets) {
    const content = contents[target.kind]();
    sheets.push({ name: target.name, mode: target.replaces ? "replace" : "add", ...content });
    registry.push({
      sheet: target.name,
      role: "generated",
      hash: sheetHash(valuesOf(content.blocks)),
      schemaVersion: REGISTRY_SCHEMA_VERSION,
      time: options.time,
    });
  }
  return { sheets, registry, activate: { sheet: targets[0].name, select: "A1" } };
}
