import { translate } from "../i18n/translate";
import { fitCellText, type PlanCell } from "../model/cell";
import type { Lang } from "../model/lang";
import type { WritePlan } from "../model/plan";
import { hashValues } from "../model/registry";
import { REGISTRY_SCHEMA_VERSION, type WorkbookSnapshot } from "../model/snapshot";
import { freeSheetName, sameSheetName } from "../model/sheetNames";

/**
 * The last way to hand over the memo: its plain text, one line per row in column A, as
 * text cells on a sheet registered with the role `memo`. The add-in's own memo sheet of
 * that name is replaced; a user's sheet of that name is never touched (a free name is used).
 */
export function memoSheetPlan(
  text: string,
  lang: Lang,
  existing: WorkbookSnapshot,
  time: string,
): { readonly plan: WritePlan; readonly sheet: string } {
  const base = translate(lang, "paneConsolidate.memo.sheetName");
  const own = existing.registry.find(
    (row) =>
      row.role === "memo" &&
      sameSheetName(row.sheet, base) &&
      existing.sheets.some((sheet) => sameSheetName(sheet.name, row.sheet)),
  );
  const sheet =
    own?.sheet ??
    freeSheetName(
      base,
      existing.sheets.map((s) => s.name),
    );
  const lines = text.replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n");
  const cells: PlanCell[][] = lines.map((line) => [
    line === "" ? { kind: "empty" } : { kind: "text", text: fitCellText(line) },
  ]);
  return {
    sheet,
    plan: {
      sheets: [
        {
          name: sheet,
          mode: own ? "replace" : "add",
          blocks: [{ topLeft: "A1", cells }],
          columnWidths: [{ col: 0, width: 120 }],
        },
      ],
      registry: [
        {
          sheet,
          role: "memo",
          hash: hashValues(cells),
          schemaVersion: REGISTRY_SCHEMA_VERSION,
          time,
        },
      ],
      activate: { sheet, select: "A1" },
    },
  };
}
