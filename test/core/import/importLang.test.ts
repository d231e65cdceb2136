import {
  buildImportPlan,
  importLang,
  previewFile,
  type ImportSource,
} from "../../../src/core/import";
import { applyPlanToSnapshot } from "../../../src/core/model/applyPlan";
import type { Lang } from "../../../src/core/model/lang";
import type { WorkbookSnapshot } from "../../../src/core/model/snapshot";
import { recogniseWorkbook } from "../../../src/core/recognise/recognise";
import { sampleRoundFiles } from "../../../src/core/templates";

const EMPTY: WorkbookSnapshot = { file: "", sheets: [], registry: [], structureProtected: false };
const TIME = "2026-11-28T10:00:00.000Z";
const options = (lang: Lang) => ({ lang, time: TIME, today: "2026-11-28", fallbackYear: 2026 });

const proposals = sampleRoundFiles().filter((f) => f.kind === "proposal");

function sourcesOf(index: number): ImportSource[] {
  const file = proposals[index];
  const snapshot = { ...applyPlanToSnapshot(EMPTY, file.plan), file: file.fileName };
  const preview = previewFile(
    { file: snapshot.file, size: 1000, sha256: "ab".repeat(32), time: TIME },
    snapshot,
  );
  return preview.proposals.flatMap((p) => (p.source ? [p.source] : []));
}

/** A workbook holding the proposal sheets of `files`, each normalised in its own language. */
function workbookWith(...files: readonly [index: number, lang: Lang][]): WorkbookSnapshot {
  const sheets = files.map(([index, lang]) => {
    const { plan, imported } = buildImportPlan(EMPTY, sourcesOf(index), options(lang));
    const sheet = applyPlanToSnapshot(EMPTY, plan).sheets.find((s) => s.name === imported[0].sheet);
    if (!sheet) throw new Error("no proposal sheet");
    return sheet;
  });
  return { ...EMPTY, sheets };
}

const proposalLangs = (workbook: WorkbookSnapshot) =>
  recogniseWorkbook(workbook).flatMap((s) => (s.kind === "proposal" ? [s.lang] : []));

describe("the language an import writes in", () => {
  it("is the UI language in a workbook without proposals", () => {
    const { plan, imported, logSheet, lang } = buildImportPlan(EMPTY, sourcesOf(0), options("sv"));
    expect(lang).toBe("sv");
    expect(imported[0].sheet).toMatch(/^Förslag MK\d\d$/);
    expect(logSheet).toBe("Importlogg");
    expect(proposalLangs(applyPlanToSnapshot(EMPTY, plan))).toEqual(["sv"]);
  });

  it("follows the workbook's existing proposals, whatever the UI language", () => {
    const english = applyPlanToSnapshot(
      EMPTY,
      buildImportPlan(EMPTY, sourcesOf(0), options("en")).plan,
    );
    expect(proposalLangs(english)).toEqual(["en"]);
    const { plan, imported, lang } = buildImportPlan(english, sourcesOf(1), options("fi"));
    expect(lang).toBe("en");
    expect(imported[0].sheet).toMatch(/^Proposal MK\d\d$/);
    const after = applyPlanToSnapshot(english, plan);
    expect(proposalLangs(after)).toEqual(["en", "en"]);
    // The log the first import wrote in English gets the new row; no Finnish log beside it.
    expect(after.sheets.map((s) => s.name)).not.toContain("Tuontiloki");
  });

  it("takes the language most of the proposals are in", () => {
    const workbook = workbookWith([0, "sv"], [1, "sv"], [2, "en"]);
    expect(proposalLangs(workbook).sort()).toEqual(["en", "sv", "sv"]);
    expect(importLang(workbook, "fi")).toBe("sv");
    expect(importLang(workbook, "en")).toBe("sv");
  });

  it("settles a tie in favour of the UI language when it is one of the tied", () => {
    const workbook = workbookWith([0, "sv"], [1, "en"]);
    expect(importLang(workbook, "en")).toBe("en");
    expect(importLang(workbook, "sv")).toBe("sv");
    expect(importLang(workbook, "fi")).toBe("sv");
  });
});
