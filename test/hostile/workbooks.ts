import { rangeToA1 } from "../../src/core/model/address";
import type { CellValue } from "../../src/core/model/cell";
import type { SheetSnapshot } from "../../src/core/model/snapshot";
import { ITEM_COLUMNS, type ItemKey } from "../../src/core/recognise/labels";
import { createOfficeHost } from "../../src/workbook/office";
import type { WorkbookHost } from "../../src/workbook/host";
import {
  buildWorkbook,
  fakeContext,
  type FakeCellSpec,
  type FakeSheetSpec,
  type FakeWorkbook,
  type FakeWorkbookSpec,
} from "../fake-excel";
import { buildProposal, type ProposalSheet, type Raw } from "../core/recognise/sheetBuilder";

/** Text a spreadsheet would turn into a formula, a number, a date or a boolean if written untyped. */
export const FORMULA_LOOKING = [
  '=HYPERLINK("http://x","y")',
  "@SUM(A1:A2)",
  "+cmd|' /C calc'!A0",
  "-2+3",
  "1.1",
  "00123",
  "TRUE",
] as const;

/** Markup that must stay text wherever it is shown. */
export const MARKUP = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", `"'&`] as const;

/** Every Excel error value a cell can hold. */
export const EXCEL_ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
] as const;

/** The free-text columns of the items table (§ 5.2). */
export const TEXT_KEYS: readonly ItemKey[] = ITEM_COLUMNS.filter(
  (c) => c.content.kind === "text",
).map((c) => c.key);

/** A complete national item (so it reaches every generated sheet) whose text columns all hold `value`. */
export function itemWithText(itemId: string, value: string): Partial<Record<ItemKey, Raw>> {
  const item: Partial<Record<ItemKey, Raw>> = {
    itemId,
    theme: "Saavutettavuus",
    level: "Kansallinen ja alueellinen",
    leadMinistry: "LVM",
    baseline: value,
    target: value,
    progress: value,
    targetYear: 2028,
  };
  for (const key of TEXT_KEYS) item[key] = value;
  return item;
}

/** A proposal whose item i carries `values[i]` in every text column, with AKKE and other funding. */
export function proposalWithTexts(
  values: readonly string[],
  region = "Varsinais-Suomi",
  name = "Esitys",
): ProposalSheet {
  const ids = values.map((_, i) => `${i + 1}.1`);
  return buildProposal({
    region,
    name,
    items: values.map((v, i) => itemWithText(ids[i], v)),
    funding: {
      years: [2026, 2027, 2028],
      rows: ids.flatMap((itemId) => [
        {
          itemId,
          source: "AKKE (sopimuksellinen yhteistyö)",
          amounts: [10_000, 10_000, 0],
          total: 20_000,
        },
        { itemId, source: "Kunnat", amounts: [5_000, 5_000, 0], total: 10_000 },
      ]),
    },
  });
}

function specOfCell(cell: CellValue): FakeCellSpec {
  switch (cell.kind) {
    case "empty":
      return null;
    case "text":
      // Stored as the user has it: a text cell (as typed with a leading apostrophe).
      return cell.text;
    case "number":
    case "boolean":
      return cell.value;
    case "date":
      return { value: cell.serial, numberFormat: "d.m.yyyy" };
    case "error":
      return { error: cell.code };
  }
}

/** A snapshot sheet as the fake Excel's spec, cell for cell. */
export function fakeSheetOf(
  sheet: SheetSnapshot,
  extra: Partial<Omit<FakeSheetSpec, "rows">> = {},
): FakeSheetSpec {
  return {
    name: sheet.name,
    rows: sheet.cells.map((row) => row.map(specOfCell)),
    tables: sheet.tables.map((t) => ({
      name: t.name,
      range: rangeToA1(t.range),
    })),
    ...extra,
  };
}

export function fakeBook(
  sheets: readonly FakeSheetSpec[],
  extra: Omit<FakeWorkbookSpec, "sheets"> = {},
): FakeWorkbook {
  return buildWorkbook({ sheets: [...sheets], currentYear: 2026, ...extra });
}

/** An Office host over the fake workbook, as the pane gets it. */
export function officeHost(book: FakeWorkbook): WorkbookHost {
  const { context } = fakeContext(book);
  return createOfficeHost({ run: (batch) => batch(context) });
}

export const NOW = (): Date => new Date("2026-03-15T10:00:00Z");
