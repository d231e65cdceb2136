import { toA1 } from "../../../src/core/model/address";
import { LANGS } from "../../../src/core/model/lang";
import type { RoundSettings } from "../../../src/core/model/round";
import { defaultSettings } from "../../../src/core/rules";
import {
  allProposalTemplates,
  LISTS_SHEET_NAME,
  proposalLayout,
  proposalTemplateFiles,
} from "../../../src/core/templates";
import { gridOf, textAt } from "./planGrid";

const settings: RoundSettings = {
  ...defaultSettings("fi"),
  round: "ALKE 2026",
  period: { start: 2026, end: 2028 },
  deadline: 46096, // 15.3.2026
  allocations: [
    { region: "MK04", cents: 866_000_00, maxShare: null },
    { region: "MK18", cents: 700_000_00, maxShare: null },
  ],
};
const layout = proposalLayout(settings.period!);
const at = (row: number, col: number): string => toA1({ row, col });

describe("templates pre-filled from the settings", () => {
  it.each(LANGS)(
    "carry the region's allocation and the deadline in the header block (%s)",
    (lang) => {
      const files = proposalTemplateFiles(settings, lang);
      const satakunta = files.find((f) => f.region === "MK04")!.plan.sheets![0];
      const grid = gridOf(satakunta);
      const row = layout.fieldRows.period;
      expect(textAt(grid, at(row, 3))).toBe(
        { fi: "AKKE-jako", sv: "AKKE-fördelning", en: "AKKE allocation" }[lang],
      );
      expect(grid.get(at(row, 4))).toEqual({ kind: "number", value: 866_000, format: '#,##0 "€"' });
      expect(textAt(grid, at(row + 1, 3))).toBe(
        { fi: "Määräaika", sv: "Tidsfrist", en: "Deadline" }[lang],
      );
      expect(grid.get(at(row + 1, 4))).toEqual({ kind: "date", serial: 46096, format: "d.m.yyyy" });
    },
  );

  it("leaves the allocation out for a region the settings do not allocate to", () => {
    const plan = allProposalTemplates(settings, "fi", { sheetNames: [], listsSheetExists: false });
    const uusimaa = plan.sheets!.find((s) => s.name === "Esitys MK01")!;
    const grid = gridOf(uusimaa);
    expect(textAt(grid, at(layout.fieldRows.period, 3))).toBe("Määräaika");
    const kainuu = plan.sheets!.find((s) => s.name === "Esitys MK18")!;
    expect(gridOf(kainuu).get(at(layout.fieldRows.period, 4))).toMatchObject({ value: 700_000 });
    expect(plan.sheets!.some((s) => s.name === LISTS_SHEET_NAME)).toBe(true);
  });
});

describe("the ministry's columns and the statute column", () => {
  const sheet = proposalTemplateFiles(settings, "fi")[0].plan.sheets![0];
  const grid = gridOf(sheet);
  const above = layout.itemsHeaderRow - 1;

  it.each([
    ["fi", "TEM / ministeriö täyttää", "Säädös muodossa 380/2023 (§ voi lisätä: 380/2023 5 §)"],
    [
      "sv",
      "ANM / ministeriet fyller i",
      "Författning i formen 380/2023 (§ kan läggas till: 380/2023 5 §)",
    ],
    ["en", "Filled in by TEM / the ministry", "Statute as 380/2023 (§ optional: 380/2023 5 §)"],
  ] as const)("are marked above their headers (%s)", (lang, ministry, statute) => {
    const g = gridOf(proposalTemplateFiles(settings, lang)[0].plan.sheets![0]);
    expect(textAt(g, at(above, layout.itemColumns.ministryPosition))).toBe(ministry);
    expect(textAt(g, at(above, layout.itemColumns.nationalFollowUp))).toBe(ministry);
    expect(textAt(g, at(above, layout.itemColumns.statute))).toBe(statute);
    expect(textAt(g, at(above, layout.itemColumns.objective))).toBeNull();
  });

  it.each(LANGS)("prompt TEM for the ministry's columns, never the coordinator (%s)", (lang) => {
    const s = proposalTemplateFiles(settings, lang)[0].plan.sheets![0];
    const prompts = (s.validations ?? []).map((v) => `${v.prompt?.title} ${v.prompt?.message}`);
    const ministry = prompts.filter((p) => /TEM|ANM/.test(p));
    expect(ministry).toHaveLength(2);
    for (const p of prompts) expect(p).not.toMatch(/koordinaat|koordinator|coordinator/i);
  });

  it("keeps the header-row text in place", () => {
    expect(textAt(grid, at(layout.itemsHeaderRow, layout.itemColumns.statute))).toBe("Säädös");
  });
});
