import type { SheetSnapshot } from "../../src/core/model/snapshot";
import { createOfficeHost } from "../../src/workbook/office";
import { LiveValidator, type ValidationRun } from "../../src/operations";
import { fakeContext, type FakeWorkbook } from "../fake-excel";
import { roundBook } from "./round";

/** An Office host over the fake, counting full and partial reads. */
function withChangeEvents(book: FakeWorkbook) {
  const { context, core } = fakeContext(book);
  const fire = (sheet: string, source: "Local" | "Remote" = "Local"): void =>
    void book.fireChange(sheet, "B12", source);
  const host = createOfficeHost({ run: (batch) => batch(context) });
  const reads: string[][] = [];
  let fullReads = 0;
  const counted = {
    ...host,
    read: () => {
      fullReads++;
      return host.read();
    },
    readSheets: (names: readonly string[]): Promise<SheetSnapshot[]> => {
      reads.push([...names]);
      return host.readSheets(names);
    },
  };
  return {
    host: counted,
    core,
    fire,
    reads,
    fullReads: () => fullReads,
  };
}

describe("LiveValidator", () => {
  let book: FakeWorkbook;
  beforeAll(async () => {
    book = await roundBook(3);
  }, 60_000);
  afterEach(() => jest.useRealTimers());

  it("re-reads only the changed sheet after the quiet time, ignores remote changes, and stops", async () => {
    const events = withChangeEvents(book);
    const results: ValidationRun[] = [];
    let published: (run: ValidationRun) => void = () => undefined;
    const live = new LiveValidator(events.host, {
      lang: "fi",
      onResult: (r) => {
        results.push(r);
        published(r);
      },
    });
    await live.start();
    expect(events.fullReads()).toBe(1);
    jest.useFakeTimers();

    const mk02 = book.sheets.find((s) => s.name.includes("MK02"));
    if (!mk02) throw new Error("no MK02");
    const theme = mk02.cell(11, 1);
    if (!theme) throw new Error("no theme cell");
    theme.value = "No such theme";

    events.fire(mk02.name, "Remote");
    await jest.advanceTimersByTimeAsync(1000);
    expect(events.reads).toEqual([]);

    events.fire(mk02.name);
    events.fire(mk02.name);
    await jest.advanceTimersByTimeAsync(399);
    expect(events.reads).toEqual([]);
    const next = new Promise<ValidationRun>((resolve) => (published = resolve));
    await jest.advanceTimersByTimeAsync(1);
    await next;
    expect(events.reads).toEqual([[mk02.name]]);
    expect(events.fullReads()).toBe(1);
    const latest = results[results.length - 1];
    expect(
      latest.issues.some(
        (i) => i.rule === "ITEM-THEME-UNKNOWN" && i.sheet === mk02.name && i.cell === "B12",
      ),
    ).toBe(true);
    // The other regions are still there, from the cache: cross-sheet rules see all 18.
    expect(latest.validation.proposals).toHaveLength(18);

    expect(book.changeHandlers.size).toBe(1);
    await live.stop();
    expect(book.changeHandlers.size).toBe(0);
  });

  it("a full re-check on demand reads the whole workbook", async () => {
    const events = withChangeEvents(book);
    const live = new LiveValidator(events.host, { lang: "en", onResult: () => undefined });
    await live.start();
    await live.recheck();
    expect(events.fullReads()).toBe(2);
    await live.stop();
  });
});
