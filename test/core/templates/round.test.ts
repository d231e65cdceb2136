import { LANGS } from "../../../src/core/model/lang";
import type { RoundSettings } from "../../../src/core/model/round";
import { defaultSettings } from "../../../src/core/rules";
import {
  allProposalTemplates,
  LISTS_SHEET_NAME,
  proposalFileName,
  proposalLayout,
  proposalTemplateFiles,
  TemplateError,
} from "../../../src/core/templates";
import { cellsOf, gridOf, sheetNamed, textAt } from "./planGrid";

const settings: RoundSettings = {
  ...defaultSettings("fi"),
  round: "ALKE 2026",
  period: { start: 2026, end: 2028 },
  themes: [
    {
      code: "ports",
      group: "topic",
      labels: { fi: "Satamat", sv: "Hamnar", en: "Ports" },
      active: true,
    },
    {
      code: "old",
      group: "topic",
      labels: { fi: "Vanha", sv: "Gammal", en: "Old" },
      active: false,
    },
  ],
};

describe("allProposalTemplates", () => {
  const plan = allProposalTemplates(settings, "fi", {
    sheetNames: ["Esitys MK01"],
    listsSheetExists: false,
  });
  const proposals = plan.sheets!.filter((s) => s.name !== LISTS_SHEET_NAME);

  it("makes 18 proposal sheets with unique names, none taken from the workbook", () => {
    expect(proposals).toHaveLength(18);
    expect(new Set(proposals.map((s) => s.name.toLowerCase())).size).toBe(18);
    expect(proposals[0].name).toBe("Esitys MK01 (2)");
    const tableNames = proposals.flatMap((s) => s.tables!.map((t) => t.name.toLowerCase()));
    expect(new Set(tableNames).size).toBe(36);
  });

  it("pre-fills each with its region, the period and the round", () => {
    const layout = proposalLayout(settings.period!);
    const regions = proposals.map((s) => textAt(gridOf(s), "B3")?.slice(0, 4));
    expect(regions).toEqual([
      "MK01",
      "MK02",
      "MK04",
      "MK05",
      "MK06",
      "MK07",
      "MK08",
      "MK09",
      "MK10",
      "MK11",
      "MK12",
      "MK13",
      "MK14",
      "MK15",
      "MK16",
      "MK17",
      "MK18",
      "MK19",
    ]);
    const grid = gridOf(proposals[5]);
    expect(textAt(grid, `B${layout.fieldRows.period + 1}`)).toBe("2026\u20132028");
    expect(textAt(grid, `B${layout.fieldRows.round + 1}`)).toBe("ALKE 2026");
  });

  it("offers the round's own active themes in the dropdown", () => {
    const lists = sheetNamed(plan, LISTS_SHEET_NAME);
    const range = lists.names!.find((n) => n.name === "ra_sv_themes")!.range;
    expect(cellsOf(range).map((a1) => textAt(gridOf(lists), a1))).toEqual(["Hamnar"]);
  });

  it("needs a period", () => {
    expect(() =>
      allProposalTemplates({ ...settings, period: null }, "fi", {
        sheetNames: [],
        listsSheetExists: false,
      }),
    ).toThrow(TemplateError);
  });
});

describe("proposalTemplateFiles", () => {
  it.each(LANGS)("gives 18 one-sheet workbooks in %s, each with its own lists sheet", (lang) => {
    const files = proposalTemplateFiles({ ...settings, themes: null }, lang);
    expect(files).toHaveLength(18);
    expect(new Set(files.map((f) => f.fileName)).size).toBe(18);
    for (const file of files) {
      expect(file.plan.sheets!.map((s) => s.name)).toEqual([
        expect.stringContaining(file.region),
        LISTS_SHEET_NAME,
      ]);
      for (const v of file.plan.sheets![0].validations!) {
        expect(v.prompt!.title.length).toBeLessThanOrEqual(32);
        expect(v.prompt!.message.length).toBeLessThanOrEqual(255);
      }
    }
    const lists = sheetNamed(files[0].plan, LISTS_SHEET_NAME);
    const range = lists.names!.find((n) => n.name === `ra_${lang}_themes`)!.range;
    expect(cellsOf(range)).toHaveLength(11);
  });

  it("names files by code and the region's name in the language", () => {
    expect(proposalFileName("MK02", "fi")).toBe("MK02-Varsinais-Suomi.xlsx");
    expect(proposalFileName("MK15", "sv")).toBe("MK15-Österbotten.xlsx");
    expect(proposalFileName("MK09", "en")).toBe("MK09-South-Karelia.xlsx");
  });
});
