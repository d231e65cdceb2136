/**
 * Hand-built .xlsx packages from raw XML parts: the smallest valid files, and files broken in
 * exactly one way. Parts are written by the test zip writer (`zipTools.ts`), not the reader's.
 */
import { buildZip, type RawEntry } from "./zipTools";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface RawSheet {
  readonly name: string;
  /** The worksheet part's XML inside `<worksheet>`, e.g. `<sheetData>…</sheetData>`. */
  readonly body: string;
  readonly state?: "hidden" | "veryHidden";
}

export interface RawPackageOptions {
  /** Part names as written in the zip; targets are relative unless `absoluteTargets`. */
  readonly workbookPart?: string;
  readonly absoluteTargets?: boolean;
  readonly sharedStrings?: readonly string[];
  /** The `styles.xml` body inside `<styleSheet>`; no styles part when left out. */
  readonly styles?: string;
  /** Extra XML inside `<workbook>` after `<sheets>` (e.g. `<calcPr fullCalcOnLoad="1"/>`). */
  readonly workbookExtra?: string;
  /** Extra entries, or replacements of the ones built. */
  readonly extra?: readonly RawEntry[];
  /** Turns each part name into the name written in the zip (e.g. upper case). */
  readonly entryName?: (name: string) => string;
}

const xmlEscape = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

export function worksheetXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${body}</worksheet>`;
}

export function rawPackage(
  sheets: readonly RawSheet[],
  options: RawPackageOptions = {},
): Uint8Array {
  const workbookPart = options.workbookPart ?? "xl/workbook.xml";
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  const target = (part: string) => (options.absoluteTargets ? `/${folder}${part}` : part);
  const rels: string[] = [];
  const entries: RawEntry[] = [];
  sheets.forEach((sheet, i) => {
    rels.push(
      `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="${target(`worksheets/sheet${i + 1}.xml`)}"/>`,
    );
    entries.push({ name: `${folder}worksheets/sheet${i + 1}.xml`, data: worksheetXml(sheet.body) });
  });
  if (options.sharedStrings) {
    rels.push(
      `<Relationship Id="rIdS" Type="${REL_NS}/sharedStrings" Target="${target("sharedStrings.xml")}"/>`,
    );
    const items = options.sharedStrings.map(
      (s) => `<si><t xml:space="preserve">${xmlEscape(s)}</t></si>`,
    );
    entries.push({
      name: `${folder}sharedStrings.xml`,
      data: `<sst xmlns="${MAIN_NS}" count="${items.length}" uniqueCount="${items.length}">${items.join("")}</sst>`,
    });
  }
  if (options.styles !== undefined) {
    rels.push(`<Relationship Id="rIdY" Type="${REL_NS}/styles" Target="${target("styles.xml")}"/>`);
    entries.push({
      name: `${folder}styles.xml`,
      data: `<styleSheet xmlns="${MAIN_NS}">${options.styles}</styleSheet>`,
    });
  }
  const sheetList = sheets
    .map(
      (sheet, i) =>
        `<sheet name="${xmlEscape(sheet.name)}" sheetId="${i + 1}"${sheet.state ? ` state="${sheet.state}"` : ""} r:id="rId${i + 1}"/>`,
    )
    .join("");
  entries.unshift(
    {
      name: "[Content_Types].xml",
      data: `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    },
    {
      name: "_rels/.rels",
      data: `<Relationships xmlns="${PACKAGE_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="${options.absoluteTargets ? "/" : ""}${workbookPart}"/></Relationships>`,
    },
    {
      name: workbookPart,
      data: `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheetList}</sheets>${options.workbookExtra ?? ""}</workbook>`,
    },
    {
      name: `${folder}_rels/${workbookPart.slice(folder.length)}.rels`,
      data: `<Relationships xmlns="${PACKAGE_REL_NS}">${rels.join("")}</Relationships>`,
    },
  );
  const rename = options.entryName ?? ((name: string) => name);
  const replaced = new Set((options.extra ?? []).map((entry) => entry.name));
  return buildZip([
    ...entries
      .filter((entry) => !replaced.has(entry.name))
      .map((entry) => ({ ...entry, name: rename(entry.name) })),
    ...(options.extra ?? []),
  ]);
}
