/**
 * An .xlsx file read into a `WorkbookSnapshot` by the project's own bounded reader
 * (docs/intake.md): the zip's directory judged first, then only the parts a snapshot needs,
 * each inflated with a cap and checked against its CRC, the cells counted against the
 * limits as they are parsed. ExcelJS is used for writing only.
 */
import {
  REGISTRY_SHEET,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../../core/model/snapshot";
import type { TableSnapshot } from "../../core/model/snapshot";
import { registryRows } from "../../core/model/registry";
import { XlsxReadError } from "./errors";
import { FILE_LIMITS, checkFileLimits, type FileLimitOptions } from "./fileLimits";
import { OpcPackage, type Relationship } from "./opcPackage";
import { ReadBudget } from "./readBudget";
import { parseSharedStrings } from "./sharedStrings";
import { NO_STYLES, parseStyles } from "./styles";
import { parseTable } from "./tablePart";
import { parseWorkbook } from "./workbookPart";
import { parseWorksheet } from "./worksheetPart";
import { XmlSyntaxError } from "./xmlScanner";
import { sameSheetName } from "../../core/model/sheetNames";

/** Never throws anything but `XlsxReadError`, whatever the bytes. */
export async function readXlsx(
  bytes: Uint8Array,
  fileName: string,
  options: FileLimitOptions = {},
): Promise<WorkbookSnapshot> {
  try {
    return await readPackage(bytes, fileName, options);
  } catch (error) {
    if (error instanceof XlsxReadError) throw error;
    if (error instanceof XmlSyntaxError)
      throw new XlsxReadError({ code: "corrupt", detail: "xml" }, fileName);
    throw new XlsxReadError({ code: "parse-failed", detail: describe(error) }, fileName);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

const OFFICE_DOCUMENT = "officeDocument";
const CONVENTIONAL_WORKBOOK = "xl/workbook.xml";

async function readPackage(
  bytes: Uint8Array,
  fileName: string,
  options: FileLimitOptions,
): Promise<WorkbookSnapshot> {
  const checked = await checkFileLimits(bytes, fileName, options);
  if (!checked.ok) throw new XlsxReadError(checked.reason, fileName);
  const budget: ReadBudget = new ReadBudget({ ...FILE_LIMITS, ...options.limits }, fileName);
  const pkg = new OpcPackage(bytes, checked.entries, fileName, options.inflate);

  const root = await pkg.relationshipsOf("");
  const workbookPart =
    root.find((rel) => rel.type === OFFICE_DOCUMENT && pkg.has(rel.target))?.target ??
    CONVENTIONAL_WORKBOOK;
  const workbookXml = await pkg.textOf(workbookPart);
  if (workbookXml === null) budget.refuse({ code: "corrupt", detail: "no-workbook-part" });
  const workbook = parseWorkbook(workbookXml);
  const relationships = await pkg.relationshipsOf(workbookPart);
  const partOf = (type: string, conventional: string): string | null => {
    const found = relationships.find((rel) => rel.type === type)?.target;
    if (found !== undefined) return found;
    return relationships.length === 0 && pkg.has(conventional) ? conventional : null;
  };

  const stringsPart = partOf("sharedStrings", "xl/sharedstrings.xml");
  const stringsXml = stringsPart === null ? null : await pkg.textOf(stringsPart);
  const sharedStrings =
    stringsXml === null ? [] : parseSharedStrings(stringsXml, () => budget.countString());
  const stylesPart = partOf("styles", "xl/styles.xml");
  const stylesXml = stylesPart === null ? null : await pkg.textOf(stylesPart);
  const styles = stylesXml === null ? NO_STYLES : parseStyles(stylesXml);
  budget.checkTime();

  const byId = new Map(relationships.map((rel) => [rel.id, rel]));
  const sheets: SheetSnapshot[] = [];
  const readNames = new Set<string>();
  for (const [index, sheet] of workbook.sheets.entries()) {
    const rel: Relationship | undefined =
      byId.get(sheet.relationshipId) ??
      (relationships.length === 0
        ? { id: "", type: "worksheet", target: `xl/worksheets/sheet${index + 1}.xml` }
        : undefined);
    if (rel === undefined) budget.refuse({ code: "corrupt", detail: "missing-sheet-part" });
    // Chart sheets, dialog and macro sheets hold no cells: Office.js does not list them either.
    if (rel.type !== "worksheet") continue;
    const xml = await pkg.textOf(rel.target);
    if (xml === null) budget.refuse({ code: "corrupt", detail: "missing-sheet-part" });
    const parsed = parseWorksheet(xml, {
      sheetName: sheet.name,
      sharedStrings,
      styles,
      date1904: workbook.date1904,
      fullCalcOnLoad: workbook.fullCalcOnLoad,
      budget,
    });
    const tables = budget.countingOnly ? [] : await readTables(pkg, rel.target, parsed.tableIds);
    sheets.push({
      name: sheet.name,
      visibility: sheet.visibility,
      isProtected: parsed.isProtected,
      cells: parsed.cells,
      ...(parsed.numberFormats ? { numberFormats: parsed.numberFormats } : {}),
      tables,
    });
    readNames.add(sheet.name);
    budget.checkTime();
  }
  if (budget.countingOnly)
    budget.refuse({ code: "too-many-cells", cells: budget.cells, limit: budget.limits.maxCells });

  const registrySheet = sheets.find((sheet) => sameSheetName(sheet.name, REGISTRY_SHEET));
  const activeName =
    workbook.activeTab === undefined ? undefined : workbook.sheets[workbook.activeTab]?.name;
  const activeSheet =
    activeName !== undefined && readNames.has(activeName) ? activeName : undefined;
  return {
    file: fileName,
    sheets,
    registry: registrySheet ? registryRows(registrySheet.cells) : [],
    structureProtected: workbook.structureProtected,
    ...(activeSheet !== undefined ? { activeSheet } : {}),
  };
}

async function readTables(
  pkg: OpcPackage,
  sheetPart: string,
  ids: readonly string[],
): Promise<TableSnapshot[]> {
  if (ids.length === 0) return [];
  const byId = new Map((await pkg.relationshipsOf(sheetPart)).map((rel) => [rel.id, rel]));
  const tables: TableSnapshot[] = [];
  for (const id of ids) {
    const rel = byId.get(id);
    const xml = rel === undefined ? null : await pkg.textOf(rel.target);
    const table = xml === null ? null : parseTable(xml);
    if (table) tables.push(table);
  }
  return tables;
}
