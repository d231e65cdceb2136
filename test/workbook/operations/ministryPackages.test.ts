import JSZip from "jszip";
import { consolidate } from "../../../src/core/consolidate";
import { packageContents, readReturnedPackage } from "../../../src/core/packages";
import { validateRound } from "../../../src/core/rules/validateRound";
import type { WorkbookHost } from "../../../src/workbook/host";
import {
  writeMinistryPackages,
  zipPackages,
  type PackagesPhase,
} from "../../../src/workbook/operations";
import { readXlsx } from "../../../src/workbook/xlsx/readXlsx";
import { recordingHost, sampleRoundSnapshot } from "../../taskpane/consolidate/workbook";

// Writes a workbook per ministry of the sample round; the machine is shared.
jest.setTimeout(60_000);

const NOW = () => new Date("2026-12-06T08:00:00Z");
const snapshot = sampleRoundSnapshot();

/** The ministries the sample round concerns, from its proposals, not from the operation. */
function expectedMinistries(): string[] {
  const validation = validateRound([{ file: snapshot.file, snapshot }]);
  const consolidation = consolidate(validation.proposals, validation.settings, validation.issues);
  return packageContents(consolidation).map((c) => c.ministry);
}

/** A host over the sample round whose `createWorkbook` answers as `answer` says. */
function excelLike(answer: (call: number) => Promise<boolean>): {
  host: WorkbookHost;
  opened: string[];
} {
  const opened: string[] = [];
  const base = recordingHost(snapshot);
  const host: WorkbookHost = {
    ...base,
    kind: "excel",
    read: (onProgress) => base.read(onProgress),
    createWorkbook: async (base64) => {
      const result = await answer(opened.length);
      if (result) opened.push(base64);
      return result;
    },
  };
  return { host, opened };
}

describe("writeMinistryPackages", () => {
  it("hands the browser page one package per ministry the round concerns, each readable as that ministry's", async () => {
    const host = recordingHost(snapshot);
    const progress: [PackagesPhase, number, number][] = [];
    const outcome = await writeMinistryPackages(host, {
      lang: "fi",
      now: NOW,
      onProgress: (phase, done, total) => progress.push([phase, done, total]),
    });
    if (outcome.kind !== "files") throw new Error(outcome.kind);
    const ministries = expectedMinistries();
    expect(ministries.length).toBeGreaterThan(1);
    expect(outcome.files.map((f) => f.ministry)).toEqual(ministries);
    expect(outcome.files.map((f) => f.fileName)).toContain("TEM-valmistelu.xlsx");
    // The sample's messy proposal: the packages are made all the same, and the errors counted.
    expect(outcome.errors).toBeGreaterThan(0);
    expect(outcome.openFailed).toBeNull();
    for (const file of outcome.files) {
      const back = readReturnedPackage(await readXlsx(file.bytes, file.fileName));
      expect(back?.ministry).toBe(file.ministry);
      expect(back?.round).toBe("ALKE 2026");
    }
    // Nothing is written into the open workbook.
    expect(host.applied).toEqual([]);
    const n = ministries.length;
    expect(progress[0]).toEqual(["reading", 0, 1]);
    expect(progress.filter(([phase]) => phase === "writing").map(([, done]) => done)).toEqual(
      Array.from({ length: n + 1 }, (_, i) => i),
    );
  });

  it("writes in the language asked for", async () => {
    const outcome = await writeMinistryPackages(recordingHost(snapshot), { lang: "sv", now: NOW });
    if (outcome.kind !== "files") throw new Error(outcome.kind);
    expect(outcome.files.map((f) => f.fileName)).toContain("ANM-beredning.xlsx");
  });

  it("opens every package as a new workbook where the host can", async () => {
    const { host, opened } = excelLike(() => Promise.resolve(true));
    const outcome = await writeMinistryPackages(host, { lang: "en", now: NOW });
    if (outcome.kind !== "opened") throw new Error(outcome.kind);
    expect(opened).toHaveLength(expectedMinistries().length);
    // Each opened workbook is the package's own file, in base64.
    expect(opened.map((b64) => Buffer.from(b64, "base64"))).toEqual(
      outcome.files.map((f) => Buffer.from(f.bytes)),
    );
  });

  it("falls back to downloads where this Excel cannot open new workbooks", async () => {
    const { host, opened } = excelLike(() => Promise.resolve(false));
    const outcome = await writeMinistryPackages(host, { lang: "fi", now: NOW });
    expect(outcome).toMatchObject({ kind: "files", openFailed: null, opened: 0 });
    expect(opened).toEqual([]);
  });

  it("falls back to downloads, saying how many opened, when Excel refuses one", async () => {
    const { host } = excelLike((call) =>
      call === 1
        ? Promise.reject(
            new Error("This operation is not allowed due to the extension hardening policy."),
          )
        : Promise.resolve(true),
    );
    const outcome = await writeMinistryPackages(host, { lang: "fi", now: NOW });
    if (outcome.kind !== "files") throw new Error(outcome.kind);
    expect(outcome.opened).toBe(1);
    expect(outcome.openFailed).toMatch(/extension hardening/);
    expect(outcome.files).toHaveLength(expectedMinistries().length);
  });
});

describe("zipPackages", () => {
  it("puts every package in one .zip under its own name, byte for byte", async () => {
    const outcome = await writeMinistryPackages(recordingHost(snapshot), { lang: "fi", now: NOW });
    if (outcome.kind !== "files") throw new Error(outcome.kind);
    const zip = await JSZip.loadAsync(await zipPackages(outcome.files));
    expect(Object.keys(zip.files).sort()).toEqual(outcome.files.map((f) => f.fileName).sort());
    for (const file of outcome.files)
      expect(Buffer.from(await zip.file(file.fileName)!.async("uint8array"))).toEqual(
        Buffer.from(file.bytes),
      );
  });
});
