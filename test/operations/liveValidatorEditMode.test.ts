import { createOfficeHost } from "../../src/workbook/office";
import { LiveValidator, type ValidationRun } from "../../src/operations";
import { hostErrorOf } from "../../src/workbook/host";
import { fakeContext } from "../fake-excel";
import { roundBook } from "./round";

describe("live validation while the user edits a cell", () => {
  it("reports the refusal, and reads the sheet it could not read with the next change", async () => {
    const book = await roundBook(3);
    const { context } = fakeContext(book);
    // A host whose batches fail in cell-edit mode, as a batch in an existing context does.
    const host = createOfficeHost({ run: (batch) => batch(context) });
    const errors: unknown[] = [];
    const runs: ValidationRun[] = [];
    const validator = new LiveValidator(host, {
      lang: "fi",
      onResult: (run) => runs.push(run),
      onError: (error) => errors.push(error),
    });
    await validator.recheck();
    const read: string[][] = [];
    const readSheets = host.readSheets.bind(host);
    Object.assign(host, {
      readSheets: (names: readonly string[]) => {
        read.push([...names]);
        return readSheets(names);
      },
    });
    book.startCellEdit();
    expect(await validator.changed(["Esitys MK02"])).toBeNull();
    expect(errors.map(hostErrorOf)).toEqual([{ kind: "cellEditMode" }]);
    book.endCellEdit();
    await validator.changed(["Esitys MK04"]);
    expect(read.at(-1)).toEqual(["Esitys MK02", "Esitys MK04"]);
    expect(runs).toHaveLength(2);
  }, 60_000);
});
