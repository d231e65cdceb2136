/**
 * The hostile intake corpus (docs/intake.md): small files that once crashed, hung or emptied
 * the reader, each built here from raw XML parts and paired with the outcome it must give.
 * Shared by the tests (test/hostile/intake) and `npm run bench`, which measures the worst.
 */
import type { WorkbookSnapshot } from "../../../src/core/model/snapshot";
import type { FileLimits } from "../../../src/workbook/xlsx/fileLimits";
import type { XlsxReadCode } from "../../../src/workbook/xlsx/errors";
import { rawPackage, type RawSheet } from "../../workbook/xlsx/rawPackage";

export type Outcome =
  | {
      readonly kind: "read";
      /** Throws (with `expect`) when the snapshot is not what the file holds. */
      readonly check: (snapshot: WorkbookSnapshot) => void;
    }
  | {
      readonly kind: "refused";
      readonly code: XlsxReadCode;
      /** Fields the reason must carry, e.g. the real cell count. */
      readonly reason?: Readonly<Record<string, unknown>>;
    };

export interface HostileCase {
  readonly name: string;
  /** What the case is about, for the bench's table. */
  readonly what: string;
  readonly bytes: () => Uint8Array;
  readonly outcome: Outcome;
  /** Limits other than the defaults, where the case is about one limit. */
  readonly limits?: Partial<FileLimits>;
  /** Among the worst for time or memory: measured by `npm run bench`. */
  readonly heavy?: boolean;
}

const sheetOf = (body: string, name = "Esitys"): RawSheet[] => [{ name, body }];
const one = (body: string) => rawPackage(sheetOf(body));

/** `rows` rows of `perRow` numeric cells without `r` attributes, values varied so the part does not compress 100:1. */
export function numericRows(rows: number, perRow: number): string {
  const parts: string[] = [];
  let seed = 12345;
  for (let r = 0; r < rows; r++) {
    let row = "<row>";
    for (let c = 0; c < perRow; c++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      row += `<c><v>${seed % 1000003}</v></c>`;
    }
    parts.push(`${row}</row>`);
  }
  return parts.join("");
}

export const CELL_LIMIT = 2_000_000;

export const HOSTILE_CASES: readonly HostileCase[] = [
  {
    name: "lying-dimension-3m",
    what: 'declares <dimension ref="A1:A1">, holds 3 000 000 cells',
    heavy: true,
    bytes: () => one(`<dimension ref="A1:A1"/><sheetData>${numericRows(300_000, 10)}</sheetData>`),
    outcome: { kind: "refused", code: "sheet-too-large", reason: { cells: 3_000_000 } },
  },
  {
    name: "dimension-xfd-5-cells",
    what: "declares A1:XFD1048576, holds 5 cells",
    bytes: () =>
      one(
        '<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c><c r="D1"><v>4</v></c><c r="E1"><v>5</v></c></row></sheetData>',
      ),
    outcome: {
      kind: "read",
      check: (s) => {
        if (s.sheets[0].cells.length !== 1 || s.sheets[0].cells[0].length !== 5)
          throw new Error("5 cells in one row expected");
      },
    },
  },
  {
    name: "no-dimension",
    what: "no <dimension> at all",
    bytes: () => one('<sheetData><row r="2"><c r="B2"><v>7</v></c></row></sheetData>'),
    outcome: {
      kind: "read",
      check: (s) => {
        const value = s.sheets[0].cells[1]?.[1];
        if (value?.kind !== "number" || value.value !== 7) throw new Error("B2 = 7 expected");
      },
    },
  },
  {
    name: "cell-at-xfd1048576",
    what: "one cell at XFD1048576",
    heavy: true,
    bytes: () =>
      one('<sheetData><row r="1048576"><c r="XFD1048576"><v>42</v></c></row></sheetData>'),
    outcome: {
      kind: "read",
      check: (s) => {
        const cells = s.sheets[0].cells;
        const value = cells[1_048_575]?.[16_383];
        if (cells.length !== 1_048_576 || value?.kind !== "number" || value.value !== 42)
          throw new Error("XFD1048576 = 42 expected");
      },
    },
  },
  {
    name: "sparse-rows-to-xfd",
    what: "1 000 rows, each with one cell out at column XFD (16 million grid slots)",
    bytes: () =>
      one(
        `<sheetData>${Array.from({ length: 1000 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`).join("")}</sheetData>`,
      ),
    outcome: { kind: "refused", code: "sheet-too-large" },
  },
  {
    name: "merge-whole-sheet",
    what: "one merge over A1:XFD1048576",
    bytes: () =>
      one(
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>yhdistetty</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
      ),
    outcome: {
      kind: "read",
      check: (s) => {
        if (s.sheets[0].cells.length !== 1 || s.sheets[0].cells[0].length !== 1)
          throw new Error("only A1 expected");
      },
    },
  },
  {
    name: "validations-50000",
    what: "50 000 data validations, each over a whole row",
    heavy: true,
    bytes: () =>
      one(
        `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><dataValidations count="50000">${Array.from(
          { length: 50_000 },
          (_, i) =>
            `<dataValidation type="list" allowBlank="1" sqref="A${i + 1}:XFD${i + 1} C${(i * 7919) % 1_048_576}"><formula1>"a${i},b"</formula1></dataValidation>`,
        ).join("")}</dataValidations>`,
      ),
    outcome: {
      kind: "read",
      check: (s) => {
        if (s.sheets[0].cells[0]?.[0]?.kind !== "number") throw new Error("A1 expected");
      },
    },
  },
  {
    name: "entry-larger-than-declared",
    what: "a sheet that inflates to 50 MB while its directory says 1 000 bytes",
    bytes: () => {
      const sheet = new TextEncoder().encode(
        `<worksheet><sheetData>${"<row/>".repeat((50 * 1024 * 1024) / 6)}</sheetData></worksheet>`,
      );
      return rawPackage(sheetOf(""), {
        extra: [{ name: "xl/worksheets/sheet1.xml", data: sheet, declaredSize: 1000 }],
      });
    },
    outcome: {
      kind: "refused",
      code: "entry-size-mismatch",
      reason: { entry: "xl/worksheets/sheet1.xml", declared: 1000, inflated: "more" },
    },
  },
  {
    name: "entry-shorter-than-declared",
    what: "a sheet that inflates to fewer bytes than declared",
    bytes: () => {
      const sheet = `<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`;
      return rawPackage(sheetOf(""), {
        extra: [
          { name: "xl/worksheets/sheet1.xml", data: sheet, declaredSize: sheet.length + 100 },
        ],
      });
    },
    outcome: { kind: "refused", code: "entry-size-mismatch", reason: { inflated: "less" } },
  },
  {
    name: "crc-mismatch",
    what: "a sheet whose CRC-32 does not match its bytes (a changed amount)",
    bytes: () =>
      rawPackage(sheetOf(""), {
        extra: [
          {
            name: "xl/worksheets/sheet1.xml",
            data: '<worksheet><sheetData><row r="1"><c r="A1"><v>1000</v></c></row></sheetData></worksheet>',
            crc: 0x12345678,
          },
        ],
      }),
    outcome: {
      kind: "refused",
      code: "crc-mismatch",
      reason: { entry: "xl/worksheets/sheet1.xml" },
    },
  },
  {
    name: "200-sheets-under-sheet-limit",
    what: "200 sheets of 10 001 cells, each under the per-sheet limit, 2 000 200 in all",
    heavy: true,
    limits: { maxCellsPerSheet: 10_002 },
    bytes: () => {
      const body = `<sheetData>${"<row>" + "<c><v>1</v></c>".repeat(10_001) + "</row>"}</sheetData>`;
      return rawPackage(Array.from({ length: 200 }, (_, i) => ({ name: `S${i + 1}`, body })));
    },
    outcome: {
      kind: "refused",
      code: "too-many-cells",
      reason: { cells: 2_000_200, limit: CELL_LIMIT },
    },
  },
  {
    name: "not-finite-numbers",
    what: "numbers spelt NaN, INF, -INF and 1E999",
    bytes: () =>
      one(
        '<sheetData><row r="1"><c r="A1"><v>NaN</v></c><c r="B1"><v>INF</v></c><c r="C1"><v>-INF</v></c><c r="D1"><v>1E999</v></c><c r="E1"><v>12abc</v></c></row></sheetData>',
      ),
    outcome: {
      kind: "read",
      check: (s) => {
        const why = s.sheets[0].cells[0].map((c) => (c.kind === "error" ? c.unreadable : c.kind));
        if (why.join() !== "not-finite,not-finite,not-finite,not-finite,bad-value")
          throw new Error(`unexpected ${why.join()}`);
      },
    },
  },
  {
    name: "dangling-shared-string",
    what: "a shared-string index past the end of the string table",
    bytes: () =>
      rawPackage(
        sheetOf(
          '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>5</v></c><c r="C1" t="s"><v>-1</v></c></row></sheetData>',
        ),
        { sharedStrings: ["Teema"] },
      ),
    outcome: {
      kind: "read",
      check: (s) => {
        const [a, b, c] = s.sheets[0].cells[0];
        if (a.kind !== "text" || b.kind !== "error" || b.unreadable !== "missing-shared-string")
          throw new Error("A1 text and B1 missing-shared-string expected");
        if (c.kind !== "error" || c.unreadable !== "missing-shared-string")
          throw new Error("C1 missing-shared-string expected");
      },
    },
  },
  {
    name: "billion-laughs",
    what: "a DOCTYPE declaring nested entities (billion laughs) in the string table",
    bytes: () => {
      const lol = [
        '<!ENTITY lol "lol">',
        ...Array.from(
          { length: 9 },
          (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`,
        ),
      ].join("");
      return rawPackage(
        sheetOf('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>'),
        {
          extra: [
            {
              name: "xl/sharedStrings.xml",
              data: `<?xml version="1.0"?><!DOCTYPE sst [${lol}]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>`,
            },
          ],
          sharedStrings: [],
        },
      );
    },
    outcome: {
      kind: "read",
      check: (s) => {
        const a1 = s.sheets[0].cells[0][0];
        if (a1.kind !== "text" || a1.text !== "&lol9;")
          throw new Error("&lol9; left as written expected");
      },
    },
  },
  {
    name: "deep-nesting",
    what: "100 000 nested elements inside a cell's inline string and after the sheet data",
    bytes: () => {
      const deep = (n: number) => "<x>".repeat(n) + "</x>".repeat(n);
      return one(
        `<sheetData><row r="1"><c r="A1" t="inlineStr"><is>${"<r>".repeat(50_000)}<t>syvä</t>${"</r>".repeat(50_000)}</is></c></row></sheetData><extLst>${deep(50_000)}</extLst>`,
      );
    },
    outcome: {
      kind: "read",
      check: (s) => {
        const a1 = s.sheets[0].cells[0][0];
        if (a1.kind !== "text" || a1.text !== "syvä") throw new Error("syvä expected");
      },
    },
  },
  {
    name: "cell-32767",
    what: "a cell of 32 767 characters",
    bytes: () =>
      one(
        `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${"ä".repeat(32_767)}</t></is></c></row></sheetData>`,
      ),
    outcome: {
      kind: "read",
      check: (s) => {
        const a1 = s.sheets[0].cells[0][0];
        if (a1.kind !== "text" || a1.text.length !== 32_767)
          throw new Error("32 767 characters expected");
      },
    },
  },
  {
    name: "cell-beyond-xfd",
    what: "a cell reference past column XFD",
    bytes: () => one('<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>'),
    outcome: { kind: "refused", code: "corrupt" },
  },
  {
    name: "malformed-sheet-xml",
    what: "a worksheet that is not well-formed XML",
    bytes: () => one('<sheetData><row r="1"><c r="A1"><v>1</v></row>'),
    outcome: { kind: "refused", code: "corrupt" },
  },
  {
    name: "truncated-zip",
    what: "a valid file cut short",
    bytes: () => {
      const whole = one('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>');
      return whole.subarray(0, Math.floor(whole.length * 0.7));
    },
    outcome: { kind: "refused", code: "corrupt" },
  },
  {
    name: "not-a-zip",
    what: "a CSV renamed to .xlsx",
    bytes: () => new TextEncoder().encode("Teema;Euroa\nTKI;100\n"),
    outcome: { kind: "refused", code: "not-zip" },
  },
  {
    name: "encrypted",
    what: "an .xlsx saved with a password (an OLE EncryptedPackage)",
    bytes: () => {
      const bytes = new Uint8Array(1024);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
      const view = new DataView(bytes.buffer);
      const name = "EncryptedPackage";
      for (let i = 0; i < name.length; i++) view.setUint16(512 + i * 2, name.charCodeAt(i), true);
      view.setUint16(512 + 64, (name.length + 1) * 2, true);
      return bytes;
    },
    outcome: { kind: "refused", code: "encrypted" },
  },
];
