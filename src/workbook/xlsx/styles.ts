/**
 * `xl/styles.xml` as far as values need it: the number format code of each cell style
 * (`cellXfs` index), so that dates are told from numbers. Built-in format ids map to the
 * codes ExcelJS uses for them, so files it wrote read back with the same codes.
 */
import { isDateFormat } from "../../core/model/numberFormat";
import { CLOSE, END, OPEN, XmlScanner } from "./xmlScanner";

export const GENERAL = "General";

const BUILT_IN: Readonly<Record<number, string>> = {
  0: GENERAL,
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** East Asian built-in date formats (ids 27–36, 50–58): their codes depend on the locale. */
const BUILT_IN_LOCAL_DATE = "yyyy-mm-dd";

export interface CellStyles {
  /** The number format code of a style index; General for an unknown one. */
  format(styleIndex: number): string;
  isDate(styleIndex: number): boolean;
}

export const NO_STYLES: CellStyles = { format: () => GENERAL, isDate: () => false };

function builtIn(id: number): string {
  if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return BUILT_IN_LOCAL_DATE;
  return BUILT_IN[id] ?? GENERAL;
}

export function parseStyles(xml: string): CellStyles {
  const scanner = new XmlScanner(xml);
  const custom = new Map<number, string>();
  const styleFormatIds: number[] = [];
  let section = "";
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token === CLOSE) {
      if (scanner.name === section) section = "";
      continue;
    }
    if (token !== OPEN) continue;
    const name = scanner.name;
    if ((name === "numFmts" || name === "cellXfs") && !scanner.selfClosing) section = name;
    else if (name === "numFmt" && section === "numFmts") {
      const id = Number(scanner.attribute("numFmtId"));
      const code = scanner.attribute("formatCode");
      // ExcelJS drops the backslash escapes of a code (`#,##0\ "€"` → `#,##0 "€"`); so do we.
      if (Number.isInteger(id) && code !== undefined) custom.set(id, code.replace(/\\(.)/g, "$1"));
    } else if (name === "xf" && section === "cellXfs") {
      const id = Number(scanner.attribute("numFmtId") ?? "0");
      styleFormatIds.push(Number.isInteger(id) ? id : 0);
    }
  }
  const formats = styleFormatIds.map((id) =>
    id === 0 ? GENERAL : (custom.get(id) ?? builtIn(id)),
  );
  const dates = formats.map(isDateFormat);
  return {
    format: (index) => formats[index] ?? GENERAL,
    isDate: (index) => dates[index] ?? false,
  };
}
