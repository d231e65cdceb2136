/** `xl/workbook.xml`: the sheets in order, and the workbook-wide settings the reader needs. */
import type { SheetVisibility } from "../../core/model/snapshot";
import { CLOSE, END, OPEN, XmlScanner } from "./xmlScanner";

export interface WorkbookSheet {
  readonly name: string;
  readonly relationshipId: string;
  readonly visibility: SheetVisibility;
}

export interface WorkbookPart {
  readonly sheets: readonly WorkbookSheet[];
  /** Index into `sheets` of the active tab, where the file says. */
  readonly activeTab?: number;
  readonly structureProtected: boolean;
  readonly date1904: boolean;
  /**
   * `calcPr fullCalcOnLoad`: the writer asks Excel to recalculate every formula on open, so
   * cached results may be stale (openpyxl and XlsxWriter write 0; Excel clears the flag).
   */
  readonly fullCalcOnLoad: boolean;
}

export function xmlBoolean(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

export function parseWorkbook(xml: string): WorkbookPart {
  const scanner = new XmlScanner(xml);
  const sheets: WorkbookSheet[] = [];
  let activeTab: number | undefined;
  let structureProtected = false;
  let date1904 = false;
  let fullCalcOnLoad = false;
  let inSheets = false;
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token === CLOSE) {
      if (scanner.name === "sheets") inSheets = false;
      continue;
    }
    if (token !== OPEN) continue;
    switch (scanner.name) {
      case "sheets":
        inSheets = !scanner.selfClosing;
        break;
      case "sheet": {
        if (!inSheets) break;
        const state = scanner.attribute("state");
        sheets.push({
          name: scanner.attribute("name") ?? "",
          relationshipId: scanner.attribute("id") ?? "",
          visibility: state === "hidden" || state === "veryHidden" ? state : "visible",
        });
        break;
      }
      case "workbookView":
        if (activeTab === undefined) {
          const tab = Number(scanner.attribute("activeTab"));
          if (Number.isInteger(tab) && tab >= 0) activeTab = tab;
        }
        break;
      case "workbookPr":
        date1904 = xmlBoolean(scanner.attribute("date1904"));
        break;
      case "workbookProtection":
        structureProtected = xmlBoolean(scanner.attribute("lockStructure"));
        break;
      case "calcPr":
        fullCalcOnLoad = xmlBoolean(scanner.attribute("fullCalcOnLoad"));
        break;
    }
  }
  return {
    sheets,
    ...(activeTab !== undefined ? { activeTab } : {}),
    structureProtected,
    date1904,
    fullCalcOnLoad,
  };
}
