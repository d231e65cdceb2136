import type { CellValue } from "../model/cell";
import { isLang, type Lang } from "../model/lang";
import { toA1 } from "../model/address";
import type { SheetSnapshot, WorkbookSnapshot } from "../model/snapshot";
import { cellText } from "../rules/proposal/cells";
import {
  headerKeyOf,
  PACKAGE_INFO_SHEET,
  PACKAGE_KIND,
  type FillKey,
  type HeaderKey,
} from "./columns";
import { sameSheetName } from "../model/sheetNames";

/** Which kind of table a returned row sits in; lead or taking part follows from the item itself. */
export type ReturnedPart = "item" | "legislation" | "expert";

/** One row of a returned package: the item it is about and what the ministry wrote. */
export interface ReturnedRow {
  readonly sheet: string;
  /** Zero-based. */
  readonly row: number;
  readonly part: ReturnedPart;
  readonly region: string;
  readonly itemId: string;
  /** The item's content hash when the package was made. */
  readonly hash: string;
  /** The fill-in cells as written (trimmed), and where each lies (A1). */
  readonly values: Readonly<Record<FillKey, string>>;
  readonly cells: Readonly<Record<FillKey, string | null>>;
}

export interface ReturnedPackage {
  readonly file: string;
  readonly ministry: string;
  readonly round: string;
  readonly referenceNumber: string;
  readonly roundHash: string;
  /** The language the package was written in, for suggestions in its own words. */
  readonly lang: Lang | null;
  readonly rows: readonly ReturnedRow[];
}

/**
 * A returned ministry package, known by its content: the very hidden identity sheet this
 * add-in wrote and tables with the key columns. Null for any other workbook, whatever its name.
 */
export function readReturnedPackage(snapshot: WorkbookSnapshot): ReturnedPackage | null {
  const info = snapshot.sheets.find((s) => sameSheetName(s.name, PACKAGE_INFO_SHEET));
  if (!info) return null;
  const pairs = new Map<string, string>();
  for (const row of info.cells) {
    const key = cellText(row[0]);
    if (key !== "") pairs.set(key, cellText(row[1]));
  }
  const ministry = pairs.get("ministry") ?? "";
  if (pairs.get("kind") !== PACKAGE_KIND || ministry === "") return null;
  const lang = pairs.get("lang") ?? "";
  return {
    file: snapshot.file,
    ministry,
    round: pairs.get("round") ?? "",
    referenceNumber: pairs.get("referenceNumber") ?? "",
    roundHash: pairs.get("roundHash") ?? "",
    lang: isLang(lang) ? lang : null,
    rows: snapshot.sheets
      .filter((s) => s.name !== info.name && s.visibility === "visible")
      .flatMap(tableRows),
  };
}

/** The rows of every table on the sheet that has the key columns in its header row. */
function tableRows(sheet: SheetSnapshot): ReturnedRow[] {
  const rows: ReturnedRow[] = [];
  let columns: Map<HeaderKey, number> | null = null;
  sheet.cells.forEach((line, r) => {
    const found = headerRow(line);
    if (found) {
      columns = found;
      return;
    }
    if (columns === null) return;
    const at = (key: HeaderKey): CellValue | undefined => {
      const col = columns?.get(key);
      return col === undefined ? undefined : line[col];
    };
    const region = cellText(at("regionCode"));
    const itemId = cellText(at("itemId"));
    if (region === "" || itemId === "") return;
    const fill = (key: FillKey): string => cellText(at(key));
    const where = (key: FillKey): string | null => {
      const col = columns?.get(key);
      return col === undefined ? null : toA1({ row: r, col });
    };
    rows.push({
      sheet: sheet.name,
      row: r,
      part: columns.has("legislation")
        ? "legislation"
        : columns.has("expertSupport")
          ? "expert"
          : "item",
      region,
      itemId,
      hash: cellText(at("check")),
      values: {
        position: fill("position"),
        reasoning: fill("reasoning"),
        followUp: fill("followUp"),
        contact: fill("contact"),
      },
      cells: {
        position: where("position"),
        reasoning: where("reasoning"),
        followUp: where("followUp"),
        contact: where("contact"),
      },
    });
  });
  return rows;
}

/** The columns of a header row that names the region code, item id and check columns; else null. */
function headerRow(line: readonly CellValue[]): Map<HeaderKey, number> | null {
  const columns = new Map<HeaderKey, number>();
  line.forEach((cell, col) => {
    if (cell.kind !== "text") return;
    const key = headerKeyOf(cell.text);
    if (key !== null && !columns.has(key)) columns.set(key, col);
  });
  return columns.has("regionCode") && columns.has("itemId") && columns.has("check")
    ? columns
    : null;
}
