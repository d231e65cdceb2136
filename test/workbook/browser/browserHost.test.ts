import { createBrowserHost } from "../../../src/workbook/browser";
import { readImportFiles, applyImport } from "../../../src/operations/import";
import { nodeInflater } from "../../../src/workbook/xlsx/nodeInflater";
import { xlsxFileReader } from "../../../src/workbook/xlsx";
import { readXlsx } from "../../../src/workbook/xlsx/readXlsx";
import { writeXlsx } from "../../../src/workbook/xlsx/writeXlsx";
import { sampleRoundFiles } from "../../../src/core/templates";
import { validateRound } from "../../../src/core/rules";

jest.setTimeout(60_000);

const fileOf = (name: string, bytes: Uint8Array) => ({
  name,
  size: bytes.length,
  arrayBuffer: () => Promise.resolve(bytes.slice().buffer as ArrayBuffer),
});

const NOW = () => new Date("2026-11-28T10:00:00Z");

async function sampleFiles() {
  const proposals = sampleRoundFiles()
    .filter((f) => f.kind === "proposal")
    .slice(0, 2);
  return Promise.all(
    proposals.map(async (f) => fileOf(f.fileName, (await writeXlsx(f.plan)).bytes)),
  );
}

describe("the in-browser workbook", () => {
  it("imports good files past a corrupt one, then downloads a new file that reads back the same", async () => {
    const good = await sampleFiles();
    const corrupt = fileOf("broken.xlsx", new TextEncoder().encode("not a workbook at all"));
    const progress: number[] = [];
    const previews = await readImportFiles(
      xlsxFileReader({ inflate: nodeInflater }),
      [good[0], corrupt, good[1]],
      {
        onProgress: (done) => progress.push(done),
        now: NOW,
      },
    );
    expect(progress).toEqual([1, 2, 3]);
    expect(previews.map((p) => p.unusable)).toEqual([null, "not-zip", null]);
    expect(previews[0].proposals[0].source?.sha256).toMatch(/^[0-9a-f]{64}$/);

    const host = createBrowserHost(undefined, NOW);
    const sources = previews.flatMap((p) =>
      p.proposals.flatMap((q) => (q.source ? [q.source] : [])),
    );
    const outcome = await applyImport(host, sources, { lang: "fi", now: NOW });
    expect(outcome.imported).toHaveLength(2);
    const inMemory = validateRound([{ file: "w", snapshot: await host.read() }]);
    expect(inMemory.proposals).toHaveLength(2);

    const { bytes, fileName } = await host.download();
    expect(fileName).toBe("workbook-2026-11-28.xlsx");
    const back = await readXlsx(bytes, fileName, { inflate: nodeInflater });
    const round = validateRound([{ file: "w", snapshot: back }]);
    expect(round.proposals.map((p) => [p.region, p.items.length])).toEqual(
      inMemory.proposals.map((p) => [p.region, p.items.length]),
    );
    // The sheets a plan built come back with their tables and the registry.
    const sheet = back.sheets.find((s) => s.name === outcome.imported[0].sheet);
    expect(sheet?.tables.length).toBe(2);
    expect(back.registry.map((r) => r.role).sort()).toEqual(["lists", "log"]);
    // Formulas the plans wrote are formulas in the file: readXlsx reads no value without a result.
    expect(round.counts.error).toBe(inMemory.counts.error);
  });

  it("opens one .xlsx as the whole workbook and refuses a file over the limits with the reason", async () => {
    const [good] = await sampleFiles();
    const host = createBrowserHost();
    const changes: number[] = [];
    host.subscribe(() => changes.push(1));
    const opened = await host.openFiles([good], { inflate: nodeInflater });
    expect(opened.file).toBe(good.name);
    expect(host.current().sheets.length).toBeGreaterThan(0);
    expect(changes).toHaveLength(1);
    await expect(
      host.openFiles([good], { inflate: nodeInflater, limits: { maxFileBytes: 10 } }),
    ).rejects.toMatchObject({
      reason: { code: "too-large" },
    });
    // The workbook stays as it was.
    expect(host.current().file).toBe(good.name);
  });

  it("records the selection for the read-only view", async () => {
    const host = createBrowserHost();
    await host.select("Esitys", "B3");
    expect(host.selection()).toEqual({ sheet: "Esitys", cell: "B3" });
    expect(host.current().activeSheet).toBe("Esitys");
    const stop = await host.onLocalChange(() => undefined);
    await expect(stop()).resolves.toBeUndefined();
  });
});
