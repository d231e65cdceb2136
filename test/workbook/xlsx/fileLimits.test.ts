import { randomBytes } from "node:crypto";
import {
  checkFileLimits,
  FILE_LIMITS,
  oleHoldsEncryptedPackage,
} from "../../../src/workbook/xlsx/fileLimits";
import { nodeInflater } from "../../../src/workbook/xlsx/nodeInflater";
import { smallWorkbook } from "./smallWorkbook";
import { buildZip, editZip, withEntries } from "./zipTools";

const MB = 1024 * 1024;

async function reasonOf(bytes: Uint8Array, fileName = "file.xlsx") {
  const result = await checkFileLimits(bytes, fileName);
  return result.ok ? null : result.reason;
}

/** A compound file: a 512-byte header and one directory sector holding the given entry names. */
function compoundFile(names: readonly string[]): Uint8Array {
  const bytes = new Uint8Array(1024);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const header = new DataView(bytes.buffer);
  header.setUint16(0x1e, 9, true); // 512-byte sectors
  header.setUint32(0x30, 0, true); // directory in sector 0, right after the header
  names.forEach((name, index) => {
    const at = 512 + index * 128;
    for (let i = 0; i < name.length; i++) header.setUint16(at + i * 2, name.charCodeAt(i), true);
    header.setUint16(at + 64, (name.length + 1) * 2, true);
  });
  return bytes;
}

describe("checkFileLimits", () => {
  it("accepts an ordinary workbook and counts its declared cells", async () => {
    const result = await checkFileLimits(await smallWorkbook(), "esitys.xlsx");
    expect(result).toMatchObject({ ok: true, declaredCells: 4 });
  });

  it("works the same with Node's zlib injected where DecompressionStream is missing", async () => {
    const bytes = await editZip(await smallWorkbook(), {
      "xl/worksheets/sheet1.xml": (xml) =>
        xml.replace('<dimension ref="A1:B2"/>', '<dimension ref="A1:XFD1048576"/>'),
    });
    const result = await checkFileLimits(bytes, "x.xlsx", { inflate: nodeInflater });
    expect(result).toMatchObject({ ok: true, declaredCells: 1_048_576 * 16_384 });
  });

  it("refuses a file over 25 MB on disk even when it is a valid workbook", async () => {
    const padded = await withEntries(await smallWorkbook(), [
      { name: "xl/media/photo.bin", data: randomBytes(26 * MB), store: true },
    ]);
    expect(padded.length).toBeGreaterThan(25 * MB);
    expect(await reasonOf(padded)).toEqual({
      code: "too-large",
      bytes: padded.length,
      limit: FILE_LIMITS.maxFileBytes,
    });
  });

  it("refuses a real zip bomb: 50 MB of zeros deflated inside a valid workbook", async () => {
    const bomb = await withEntries(await smallWorkbook(), [
      { name: "xl/media/zeros.bin", data: new Uint8Array(50 * MB) },
    ]);
    expect(bomb.length).toBeLessThan(1 * MB);
    const reason = await reasonOf(bomb);
    expect(reason).toMatchObject({ code: "zip-bomb", entry: "xl/media/zeros.bin", limit: 100 });
    expect(reason?.code === "zip-bomb" && reason.ratio).toBeGreaterThan(100);
  });

  it("does not call a small, highly compressible XML part a bomb", async () => {
    const repetitive = '<row r="1"><c r="A1" s="1"/></row>'.repeat(25_000); // ~850 KB, compresses far beyond 100:1
    const bytes = await editZip(await smallWorkbook(), { "xl/customXml.xml": repetitive });
    expect(await reasonOf(bytes)).toBeNull();
  });

  it("refuses a workbook over 200 MB uncompressed in total", async () => {
    const workbook =
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>';
    const bytes = buildZip([
      { name: "xl/workbook.xml", data: workbook },
      // Directories that declare 3 × 80 MB at a harmless ratio each (80 MB over 1 MB stored).
      ...[1, 2, 3].map((n) => ({
        name: `xl/media/part${n}.bin`,
        data: randomBytes(1 * MB),
        store: true,
        declaredSize: 80 * MB,
      })),
    ]);
    expect(await reasonOf(bytes)).toEqual({
      code: "too-large-uncompressed",
      bytes: 240 * MB + Buffer.byteLength(workbook),
      limit: FILE_LIMITS.maxUncompressedBytes,
    });
  });

  // The reader counts the cells really there (test/hostile/intake): a declaration is no reason.
  it("does not refuse a sheet for declaring A1:XFD1048576, and reports the estimate", async () => {
    const bytes = await editZip(await smallWorkbook(), {
      "xl/worksheets/sheet1.xml": (xml) =>
        xml.replace('<dimension ref="A1:B2"/>', '<dimension ref="A1:XFD1048576"/>'),
    });
    expect(await reasonOf(bytes)).toBeNull();
    expect(await checkFileLimits(bytes, "x.xlsx")).toMatchObject({
      declaredCells: 1_048_576 * 16_384,
    });
  });

  it("adds up the cells declared by all sheets as an estimate", async () => {
    const bytes = await editZip(await smallWorkbook(), {
      "xl/worksheets/sheet1.xml": (xml) =>
        xml.replace('<dimension ref="A1:B2"/>', '<dimension ref="A1:J150000"/>'),
      "xl/worksheets/sheet2.xml": '<worksheet><dimension ref="A1:J60000"/></worksheet>',
    });
    expect(await checkFileLimits(bytes, "x.xlsx")).toMatchObject({
      ok: true,
      declaredCells: 2_100_000,
    });
  });

  it("calls a .csv renamed to .xlsx not a zip, and says it looks like text", async () => {
    const csv = new TextEncoder().encode("Teema;Toimenpide;Euroa\nTKI;Kasvuohjelma;12500\n");
    expect(await reasonOf(csv, "esitys.xlsx")).toEqual({ code: "not-zip", looksLikeText: true });
  });

  it("calls random bytes not a zip and not text", async () => {
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(await reasonOf(noise)).toEqual({ code: "not-zip", looksLikeText: false });
  });

  it("tells a password-protected .xlsx (OLE with EncryptedPackage) from an old .xls", async () => {
    const encrypted = compoundFile(["Root Entry", "EncryptionInfo", "EncryptedPackage"]);
    const oldXls = compoundFile(["Root Entry", "Workbook", "\u0005SummaryInformation"]);
    expect(oleHoldsEncryptedPackage(encrypted)).toBe(true);
    expect(await reasonOf(encrypted)).toEqual({ code: "encrypted", how: "password" });
    expect(await reasonOf(oldXls)).toEqual({ code: "old-xls" });
  });

  it("refuses a zip entry with the encryption flag set", async () => {
    const bytes = buildZip([
      { name: "xl/workbook.xml", data: "<workbook/>" },
      { name: "xl/worksheets/sheet1.xml", data: "<worksheet/>", flags: 0x1 },
    ]);
    expect(await reasonOf(bytes)).toEqual({ code: "encrypted", how: "zip-entry" });
  });

  it("calls a truncated zip corrupt", async () => {
    const whole = await smallWorkbook();
    expect(await reasonOf(whole.subarray(0, whole.length - 30))).toMatchObject({ code: "corrupt" });
  });

  it("calls a zip without a workbook part (a .docx renamed) corrupt", async () => {
    const docx = buildZip([{ name: "word/document.xml", data: "<w:document/>" }]);
    expect(await reasonOf(docx)).toEqual({ code: "corrupt", detail: "no-workbook-part" });
  });

  it("calls a worksheet whose deflate data is broken corrupt", async () => {
    const broken = buildZip([
      { name: "xl/workbook.xml", data: "<workbook/>" },
      {
        name: "xl/worksheets/sheet1.xml",
        data: new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x01]),
        store: true,
      },
    ]);
    // Mark the stored entry as deflated: its bytes are then not a deflate stream.
    const view = new DataView(broken.buffer);
    const local = broken.indexOf(0x50, 30 + "xl/workbook.xml".length);
    view.setUint16(local + 8, 8, true);
    const central = broken.length - 22 - (46 + "xl/worksheets/sheet1.xml".length);
    view.setUint16(central + 10, 8, true);
    expect(await reasonOf(broken)).toEqual({
      code: "corrupt",
      detail: "unreadable-entry:xl/worksheets/sheet1.xml",
    });
  });
});
