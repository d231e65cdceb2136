/**
 * The complete list of issues on a realistic messy round, pinned: the sample round of
 * 18 regions in fi, sv and en with the mistakes officials make (misspelled themes, unknown
 * ministries, amounts typed as text, totals that do not add up, dates and periods as text,
 * Excel errors) scattered by a seeded generator. Any change to what validation finds, where,
 * how severe or with which message parameters changes this list.
 */
import { createHash } from "node:crypto";
import type { CellValue } from "../../../../src/core/model/cell";
import { applyPlanToSnapshot } from "../../../../src/core/model/applyPlan";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../../src/core/model/snapshot";
import type { Issue } from "../../../../src/core/rules/issue";
import { validateRound, type RoundFile } from "../../../../src/core/rules/validateRound";
import {
  buildSampleRound,
  messyProposalFile,
  proposalLayout,
  SAMPLE_PERIOD,
  settingsLayout,
  type SampleFile,
  seededRandom,
} from "../../../../src/core/templates";
import type { ItemKey } from "../../../../src/core/recognise/labels";
import { cell, type Raw } from "../../recognise/sheetBuilder";

const ITEMS_PER_REGION = 24;

const REF: CellValue = { kind: "error", code: "#REF!" };
const VALUE: CellValue = { kind: "error", code: "#VALUE!" };
const DATE: CellValue = { kind: "date", serial: 46_100 };

/** What officials type instead of the expected value, per items column. */
const ITEM_MISTAKES: readonly (readonly [ItemKey, readonly Raw[]])[] = [
  [
    "theme",
    [
      "Saavutettavus",
      "Digitalisatio",
      "  Osaaminen ja sivistys ",
      "saavutettavuus",
      "Matkailu",
      "Työvoiman saatavuus ja työlisyys",
      "Tillgänglighet",
      "",
      REF,
    ],
  ],
  [
    "leadMinistry",
    ["Biotalousministeriö", "lvm", "Liikenne- ja viestintäministeriö", "TEMM", " OKM", "", 12],
  ],
  ["otherMinistries", ["VM, TEM, VM", "XYZ; OKM", "Valtiovarainministeriö\nTEM", "SM,,OM"]],
  ["level", ["Kansalinen", "alueellinen", "", "Both", "Kansallinen ja alueellinen"]],
  ["itemId", ["", DATE, 1.1, "1.1", " 2.3 "]],
  ["objective", ["", "   ", `${"Pitkä tavoite. ".repeat(70)}`]],
  ["targetYear", [2035, "2028", "vuonna 2028", 1999, 2027.5]],
  ["target", ["sata", "1 000", -5]],
  ["investmentNeed", ["1 500 000 €", "1,5 milj.", -100, 12.345, "2 000,50", VALUE]],
  ["discussionStatus", ["Sovittu", "hyväksytty?", "Agreed"]],
  ["ministryPosition", ["Puollettu", "ehkä"]],
  ["statute", ["laki 123/2020", "Laki alueiden kehittämisestä (756/2021)"]],
];

const AMOUNT_MISTAKES: readonly Raw[] = [
  "100 000",
  "1 000,50",
  "12.5",
  "abc",
  "-500",
  -500,
  123.456,
  VALUE,
  " 2000 ",
  "1.000.000",
  "€ 5 000",
  "5 000 €",
  "",
  DATE,
];
const SOURCE_MISTAKES: readonly Raw[] = ["AKKE", "akke", "Kunnat", "Tuntematon lähde", "", REF];
const FUNDING_ITEM_MISTAKES: readonly Raw[] = ["9.9", "", "1.1"];
const TOTAL_MISTAKES: readonly Raw[] = [1, 999_999, "yhteensä", "300 000", -1];

const HEADER_MISTAKES: Readonly<Partial<Record<"date" | "period" | "region", readonly Raw[]>>> = {
  date: ["16.3.2026", "2026-03-16", 46_100, "huomenna", "32.13.2026"],
  period: ["2026-2028", "2026 – 2029", "2027–2026", "kolme vuotta"],
  region: ["Pohjois Savo", "Ahvenanmaa", ""],
};

function put(sheet: SheetSnapshot, row: number, col: number, raw: Raw): SheetSnapshot {
  const cells = sheet.cells.slice();
  const line = (cells[row] ?? []).slice();
  while (line.length < col) line.push({ kind: "empty" });
  line[col] = cell(raw);
  cells[row] = line;
  return { ...sheet, cells };
}

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)];
}

function snapshotOf(file: SampleFile): WorkbookSnapshot {
  const empty: WorkbookSnapshot = { file: "", sheets: [], registry: [], structureProtected: false };
  return { ...applyPlanToSnapshot(empty, file.plan), file: file.fileName };
}

function messyProposal(sheet: SheetSnapshot, next: () => number): SheetSnapshot {
  const layout = proposalLayout(SAMPLE_PERIOD, ITEMS_PER_REGION, 2 * ITEMS_PER_REGION);
  let messy = sheet;
  for (const [field, mistakes] of Object.entries(HEADER_MISTAKES))
    if (next() < 0.2)
      messy = put(
        messy,
        layout.fieldRows[field as keyof typeof HEADER_MISTAKES],
        layout.fieldValueCol,
        pick(next, mistakes ?? []),
      );
  for (let i = 0; i < ITEMS_PER_REGION; i++) {
    while (next() < 0.5) {
      const [key, mistakes] = pick(next, ITEM_MISTAKES);
      messy = put(messy, layout.itemsFirstRow + i, layout.itemColumns[key], pick(next, mistakes));
    }
  }
  const columns = layout.fundingColumns;
  for (let j = 0; j < 2 * ITEMS_PER_REGION; j++) {
    if (next() >= 0.3) continue;
    const row = layout.fundingFirstRow + j;
    const kind = next();
    if (kind < 0.5)
      messy = put(messy, row, pick(next, columns.years).col, pick(next, AMOUNT_MISTAKES));
    else if (kind < 0.7) messy = put(messy, row, columns.source, pick(next, SOURCE_MISTAKES));
    else if (kind < 0.8) messy = put(messy, row, columns.itemId, pick(next, FUNDING_ITEM_MISTAKES));
    else messy = put(messy, row, columns.total, pick(next, TOTAL_MISTAKES));
  }
  return messy;
}

function messySettings(sheet: SheetSnapshot): SheetSnapshot {
  const layout = settingsLayout(false);
  const first = layout.allocationFirstRow;
  const { region, allocation } = layout.allocationColumns;
  let messy = put(sheet, first + 2, allocation, "1 000 000");
  messy = put(messy, first + 5, region, "Pohjois Savo");
  messy = put(messy, first + 9, allocation, -10);
  return messy;
}

function messyRound(): RoundFile[] {
  const next = seededRandom(14);
  const files: RoundFile[] = buildSampleRound({
    itemsPerRegion: ITEMS_PER_REGION,
    lang: "mixed",
    seed: 2026,
  }).map((file) => {
    const snapshot = snapshotOf(file);
    const [first, ...rest] = snapshot.sheets;
    const sheet = file.kind === "proposal" ? messyProposal(first, next) : messySettings(first);
    return { file: file.fileName, snapshot: { ...snapshot, sheets: [sheet, ...rest] } };
  });
  const demo = messyProposalFile();
  return [
    ...files,
    { file: demo.fileName, snapshot: snapshotOf(demo) },
    { file: "rikki.xlsx", snapshot: null, unreadable: { code: "not-a-zip" } },
  ];
}

function line(issue: Issue): string {
  const fix = issue.fix ? ` fix=${issue.fix.cell}:${JSON.stringify(issue.fix.value)}` : "";
  return (
    `${issue.file} | ${issue.sheet ?? "-"} | ${issue.cell ?? "-"} | ${issue.rule} | ` +
    `${issue.severity} | ${issue.region ?? "-"} | ${JSON.stringify(issue.value)} | ` +
    `${JSON.stringify(issue.params)}${fix}`
  );
}

describe("validation of a messy round of 18 regions", () => {
  const round = messyRound();
  const result = validateRound(round);

  it("finds the same issues, at the same cells, with the same parameters", () => {
    expect(result.issues.length).toBeGreaterThan(300);
    expect(result.issues.map(line)).toMatchSnapshot();
  });

  it("counts the issues by severity and lists the rules skipped", () => {
    expect({ counts: result.counts, skipped: result.skipped }).toMatchSnapshot();
  });

  it("reads the same proposals and settings into the model", () => {
    const model = JSON.stringify({ proposals: result.proposals, settings: result.settings });
    const digest = createHash("sha256").update(model).digest("hex");
    expect({
      regions: result.proposals.map((p) => `${p.region} ${p.items.length} ${p.funding.length}`),
      digest,
    }).toMatchSnapshot();
  });

  it("gives the same list when run again on the same snapshots", () => {
    expect(validateRound(round).issues.map(line)).toEqual(result.issues.map(line));
  });
});
