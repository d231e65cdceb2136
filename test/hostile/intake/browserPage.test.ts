/**
 * The hostile intake corpus through the browser page's two ways in: Import (previews) and
 * "Open workbook…". They share the reader, so each file gives the same outcome as on the
 * command line: a refused file is unusable with its reason, the others still read.
 */
import { createBrowserHost } from "../../../src/workbook/browser";
import type { FileLike } from "../../../src/workbook/files";
import { readImportFiles } from "../../../src/operations/import";
import { XlsxReadError } from "../../../src/workbook/xlsx/errors";
import { xlsxFileReader } from "../../../src/workbook/xlsx";
import { HOSTILE_CASES } from "./corpus";

jest.setTimeout(60_000);

const fileLike = (name: string, bytes: Uint8Array): FileLike => ({
  name,
  size: bytes.length,
  arrayBuffer: () =>
    Promise.resolve(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    ),
});

const cases = HOSTILE_CASES.filter((c) => !c.heavy && c.limits === undefined);
const expected = cases.map((c) => (c.outcome.kind === "refused" ? c.outcome.code : null));

describe("the browser page on the hostile corpus", () => {
  it("Import previews every file, refused ones as unusable with their reason", async () => {
    const previews = await readImportFiles(
      xlsxFileReader(),
      cases.map((c) => fileLike(`${c.name}.xlsx`, c.bytes())),
    );
    expect(previews.map((p) => p.unusable)).toEqual(
      // A readable file without a regional proposal is unusable for that reason instead.
      expected.map((code) => code ?? "no-proposal"),
    );
  });

  it("Open workbook refuses with the same reasons and opens the others", async () => {
    const host = createBrowserHost();
    const outcomes: (string | null)[] = [];
    for (const hostile of cases) {
      const opened = await host
        .openFiles([fileLike(`${hostile.name}.xlsx`, hostile.bytes())])
        .then(() => null)
        .catch((error: unknown) =>
          error instanceof XlsxReadError
            ? error.reason.code
            : `not an XlsxReadError: ${String(error)}`,
        );
      outcomes.push(opened);
    }
    expect(outcomes).toEqual(expected);
  });
});
