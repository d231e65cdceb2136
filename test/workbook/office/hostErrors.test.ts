import type { WritePlan } from "../../../src/core/model/plan";
import { HostFailure, hostErrorOf } from "../../../src/workbook/host";
import { createOfficeHost } from "../../../src/workbook/office";
import { toHostFailure, WorkbookChangedError } from "../../../src/workbook/office/errors";
import { buildWorkbook, fakeContext, type FakeWorkbook } from "../../fake-excel";

/** The Office host over `book`, every batch in one fake context. */
function hostOver(book: FakeWorkbook, maxSheetCells?: number) {
  const { context } = fakeContext(book);
  return createOfficeHost({
    run: (batch) => batch(context),
    ...(maxSheetCells === undefined ? {} : { read: { maxSheetCells } }),
  });
}

const failureOf = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => {
      throw new Error("expected a failure");
    },
    (error: unknown) => error,
  );

describe("the Office host says what Excel refused in the port's terms", () => {
  it("a cell being edited: cellEditMode", async () => {
    const book = buildWorkbook({ sheets: [{ name: "A" }] });
    const host = hostOver(book);
    book.startCellEdit();
    const error = await failureOf(host.read());
    expect(error).toBeInstanceOf(HostFailure);
    expect(hostErrorOf(error)).toEqual({ kind: "cellEditMode" });
  });

  it("a write into a protected sheet or structure: protected, naming the sheets", async () => {
    const book = buildWorkbook({ sheets: [{ name: "P", rows: [["a"]], protected: true }] });
    const host = hostOver(book);
    const basis = await host.read();
    const edit: WritePlan = {
      edits: [{ sheet: "P", blocks: [{ topLeft: "A1", cells: [[{ kind: "text", text: "b" }]] }] }],
    };
    expect(hostErrorOf(await failureOf(host.apply(edit, basis)))).toEqual({
      kind: "protected",
      sheets: ["P"],
      structure: false,
    });

    const locked = hostOver(buildWorkbook({ sheets: [{ name: "P" }], structureProtected: true }));
    const add: WritePlan = { sheets: [{ name: "N", mode: "add", blocks: [] }] };
    expect(hostErrorOf(await failureOf(locked.apply(add, await locked.read())))).toMatchObject({
      kind: "protected",
      structure: true,
    });
  });

  it("a sheet whose used range is over the limit: tooLarge, with the range and the figures", async () => {
    const book = buildWorkbook({
      sheets: [
        {
          name: "Big",
          rows: [
            ["a", "b"],
            ["c", "d"],
          ],
        },
      ],
    });
    const error = await failureOf(hostOver(book, 3).read());
    expect(hostErrorOf(error)).toEqual({
      kind: "tooLarge",
      sheet: "Big",
      range: "A1:B2",
      cells: 4,
      limit: 3,
    });
  });

  it("sheets gone since the read: changed; anything else as Excel threw it", () => {
    const excel = Object.assign(new Error("gone"), { code: "ItemNotFound" });
    expect(hostErrorOf(toHostFailure(new WorkbookChangedError(["Summary"], excel)))).toEqual({
      kind: "changed",
      sheets: ["Summary"],
    });
    expect(toHostFailure(excel)).toBe(excel);
  });
});
