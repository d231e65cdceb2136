import { LANGS, type Lang } from "../../src/core/model/lang";
import { parsePeriod } from "../../src/core/locale/periods";
import {
  missingColumns,
  readProposal,
  recogniseWorkbook,
  type RecognisedProposal,
  type RecognisedSettings,
} from "../../src/core/recognise";
import { interpretSettings, validateRound } from "../../src/core/rules";
import { proposalTemplate, sampleRoundFiles, settingsTemplate } from "../../src/core/templates";
import { lookup, REGIONS } from "../../src/core/vocabulary";
import type { WritePlan } from "../../src/core/model/plan";
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";
import { readXlsx } from "../../src/workbook/xlsx/readXlsx";
import { writeXlsx } from "../../src/workbook/xlsx/writeXlsx";

async function roundTrip(plan: WritePlan, file: string): Promise<WorkbookSnapshot> {
  const { bytes } = await writeXlsx(plan);
  return readXlsx(bytes, file);
}

describe.each(LANGS)("templates written to .xlsx and read back, in %s", (lang: Lang) => {
  it("the proposal is recognised in its language with no missing column and its header values", async () => {
    const plan = proposalTemplate({
      lang,
      region: "MK15",
      period: { start: 2026, end: 2029 },
      round: "ALKE 2026",
      existingSheetNames: [],
      listsSheetExists: false,
    });
    const snapshot = await roundTrip(plan, "p.xlsx");
    const sheets = recogniseWorkbook(snapshot);
    const proposals = sheets.filter((s): s is RecognisedProposal => s.kind === "proposal");
    expect(proposals).toHaveLength(1);
    expect(sheets.filter((s) => s.kind === "skipped").map((s) => s.sheet)).toContain("_ra_lists");
    const proposal = proposals[0];
    expect(proposal.lang).toBe(lang);
    expect(missingColumns(proposal)).toEqual([]);
    expect(proposal.funding?.years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029]);
    expect(proposal.items.excelTable).not.toBeNull();
    const read = readProposal(snapshot.sheets[0], proposal);
    expect(read.items).toEqual([]);
    expect(read.funding).toEqual([]);
    const region = read.fields.region?.value;
    expect(region?.kind === "text" && lookup(REGIONS, region.text)).toBe("MK15");
    const period = read.fields.period?.value;
    expect(period?.kind === "text" && parsePeriod(period.text)).toEqual({
      ok: true,
      period: { start: 2026, end: 2029 },
    });
  });

  it("the settings sheet is recognised and read with the defaults of § 5.3", async () => {
    const snapshot = await roundTrip(
      settingsTemplate({
        lang,
        period: { start: 2026, end: 2028 },
        budgetYear: 2026,
        withThemes: true,
      }),
      "s.xlsx",
    );
    const recognised = recogniseWorkbook(snapshot).find(
      (s): s is RecognisedSettings => s.kind === "settings",
    );
    expect(recognised).toBeDefined();
    expect(missingColumns(recognised!)).toEqual([]);
    const { settings } = interpretSettings(snapshot.sheets[0], recognised!, "s.xlsx");
    expect(settings.envelopeCents).toBe(16_000_000_00);
    expect(settings.maxShare).toBeCloseTo(0.8);
    expect(settings.maxThemes).toBe(3);
    expect(settings.period).toEqual({ start: 2026, end: 2028 });
    expect(settings.budgetYear).toBe(2026);
    expect(settings.themes?.map((t) => t.code)).toContain("labour-availability");
    expect(settings.themes?.every((t) => t.active)).toBe(true);
  });
});

describe("the demo round read back and validated", () => {
  let result: ReturnType<typeof validateRound>;
  beforeAll(async () => {
    const files = [];
    for (const file of sampleRoundFiles()) {
      files.push({ file: file.fileName, snapshot: await roundTrip(file.plan, file.fileName) });
    }
    result = validateRound(files);
  });

  it("takes the settings from the settings file: 18 allocations adding up to the envelope", () => {
    expect(result.settingsSource?.file).toBe("Kierroksen-asetukset.xlsx");
    expect(result.settings.allocations).toHaveLength(18);
    const total = result.settings.allocations.reduce((sum, a) => sum + a.cents, 0);
    expect(total).toBe(result.settings.envelopeCents);
    // The optional author (Laatija) is read for the memo's header block.
    expect(result.settings.author).toBe("Aino Esimerkki");
  });

  it("finds no error or warning in the clean files", () => {
    const clean = result.issues.filter(
      (i) => !i.file.includes("virheita") && i.severity !== "info",
    );
    expect(clean).toEqual([]);
  });

  it("finds exactly the deliberate mistakes in the messy file", () => {
    const messy = result.issues.filter((i) => i.file.includes("virheita") && i.severity !== "info");
    expect(messy.map((i) => i.rule).sort()).toEqual([
      "CELL-NUMBER-AS-TEXT",
      "FUND-TOTAL-MISMATCH",
      "ITEM-MINISTRY-UNKNOWN",
      "ITEM-THEME-UNKNOWN",
    ]);
  });
});
