/** The plans of the contract: what the product writes, and a plan of hostile text. */
import { consolidate, consolidationPlan } from "../../src/core/consolidate";
import { buildImportPlan, previewFile, type ImportSource } from "../../src/core/import";
import { packagePlans } from "../../src/core/packages";
import { applyPlanToSnapshot } from "../../src/core/model/applyPlan";
import type { PlanCell } from "../../src/core/model/cell";
import type { Lang } from "../../src/core/model/lang";
import type { WritePlan } from "../../src/core/model/plan";
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";
import { validateRound } from "../../src/core/rules";
import { fixesOf, fixPlan } from "../../src/core/rules/fixes";
import { markerPlan } from "../../src/core/rules/markers";
import {
  buildSampleRound,
  LISTS_SHEET_NAME,
  roundAsOneWorkbook,
  messyProposalFile,
  proposalTemplate,
  SAMPLE_PERIOD,
  sampleRoundFiles,
  settingsTemplate,
} from "../../src/core/templates";

export const TIME = "2026-03-15T10:00:00.000Z";
const EMPTY_BOOK: WorkbookSnapshot = {
  file: "",
  sheets: [],
  registry: [],
  structureProtected: false,
};

const names = (basis: WorkbookSnapshot): string[] => basis.sheets.map((s) => s.name);
const hasLists = (basis: WorkbookSnapshot): boolean =>
  basis.sheets.some((s) => s.name === LISTS_SHEET_NAME);

export function proposalTemplatePlan(lang: Lang) {
  return (basis: WorkbookSnapshot): WritePlan =>
    proposalTemplate({
      lang,
      region: lang === "sv" ? "MK15" : "MK02",
      period: SAMPLE_PERIOD,
      round: "ALKE 2026",
      existingSheetNames: names(basis),
      listsSheetExists: hasLists(basis),
      itemRows: 5,
      fundingRows: 6,
      time: TIME,
    });
}

export const settingsTemplatePlan = (basis: WorkbookSnapshot): WritePlan =>
  settingsTemplate({
    lang: "sv",
    period: SAMPLE_PERIOD,
    budgetYear: 2026,
    withThemes: true,
    round: "ALKE 2026",
    existingSheetNames: names(basis),
  });

/** The filled proposal of the demo round's first region. */
export const filledProposalPlan = (): WritePlan =>
  sampleRoundFiles().filter((f) => f.kind === "proposal")[0].plan;

/** A small round (settings and 18 proposals of one item each) as one plan for one workbook. */
export function smallRoundPlan(): WritePlan {
  return roundAsOneWorkbook(buildSampleRound({ itemsPerRegion: 1 }));
}

export function consolidationPlanOf(lang: Lang) {
  return (basis: WorkbookSnapshot): WritePlan => {
    const validation = validateRound([{ file: basis.file, snapshot: basis }]);
    const consolidation = consolidate(validation.proposals, validation.settings, validation.issues);
    return consolidationPlan(consolidation, validation.settings, lang, basis, {
      time: TIME,
      date: 46096,
    });
  };
}

/** The preparation package of the ministry that leads most items of the small round: a new workbook. */
export function packagePlanOf(lang: Lang) {
  return (): WritePlan => {
    const round = { ...applyPlanToSnapshot(EMPTY_BOOK, smallRoundPlan()), file: "round.xlsx" };
    const validation = validateRound([{ file: round.file, snapshot: round }]);
    const consolidation = consolidate(validation.proposals, validation.settings, validation.issues);
    const packages = packagePlans(consolidation, validation.settings, {
      lang,
      time: TIME,
      date: 46096,
    });
    const most = [...packages].sort((a, b) => b.rows.lead - a.rows.lead)[0];
    return most.plan;
  };
}

/** The proposals of the demo round's files 1 and 2, as the import reads them. */
function importSources(): ImportSource[] {
  const files = sampleRoundFiles().filter((f) => f.kind === "proposal");
  return files.slice(0, 2).flatMap((file) => {
    const snapshot = { ...applyPlanToSnapshot(EMPTY_BOOK, file.plan), file: file.fileName };
    const preview = previewFile(
      { file: file.fileName, size: 1000, sha256: "ab".repeat(32), time: TIME },
      snapshot,
    );
    return preview.proposals.flatMap((p) => (p.source ? [p.source] : []));
  });
}

export const importPlan = (basis: WorkbookSnapshot): WritePlan =>
  buildImportPlan(basis, importSources(), {
    lang: "fi",
    time: TIME,
    today: "2026-03-15",
    fallbackYear: 2026,
  }).plan;

export const messyFilePlan = (): WritePlan => messyProposalFile().plan;

export const fixesPlan = (basis: WorkbookSnapshot): WritePlan =>
  fixPlan(fixesOf(validateRound([{ file: basis.file, snapshot: basis }]).issues));

export const markersPlan = (basis: WorkbookSnapshot): WritePlan =>
  markerPlan(validateRound([{ file: basis.file, snapshot: basis }]).issues, basis);

const t = (text: string): PlanCell => ({ kind: "text", text });

export const HOSTILE_TEXTS = [
  "=1+1",
  "+cmd|' /C calc'!A0",
  "1.1",
  "00123",
  "TRUE",
  "-2+3",
  "@SUM(A1)",
  "12,5",
  "1.1.2026",
  "50%",
  " leading space",
  "tab\there",
  "line\nbreak",
  '"quoted"',
  "ÅÄÖ åäö",
] as const;

/** 31 characters with an apostrophe inside; Excel forbids one at either end. */
export const QUOTED_SHEET = "Maakunnan 'oma' arvio 2026–2028";
export const LONG_SHEET = "Aluekehittämisen toimenpiteet26";
export const LONG_TEXT = "x".repeat(32_766) + "!";

export function hostilePlan(): WritePlan {
  const rows: PlanCell[][] = [
    [t("Text"), t("Number"), t("Link")],
    ...HOSTILE_TEXTS.map((text, i): PlanCell[] => [
      t(text),
      { kind: "number", value: i * 1000.5, format: '#,##0.00 "€"' },
      { kind: "text", text: "" },
    ]),
  ];
  rows[1][2] = {
    kind: "formula",
    formula: `=HYPERLINK("#'${LONG_SHEET}'!A1","Go ""there""")`,
  };
  rows[2][2] = { kind: "formula", formula: "=SUM(B2:B4)", format: '#,##0.00 "€"' };
  rows[3][2] = { kind: "date", serial: 46096, format: "d.m.yyyy" };
  rows[4][2] = { kind: "boolean", value: false };
  rows[5][2] = { kind: "number", value: 0.125, format: "0 %" };
  return {
    sheets: [
      {
        name: QUOTED_SHEET,
        mode: "add",
        blocks: [{ topLeft: "A1", cells: rows }],
        tables: [{ name: "ra_hostile", range: `A1:C${rows.length}` }],
        validations: [
          {
            range: "D2:D6",
            source: { kind: "name", name: "ra_hostile_list" },
            allowBlank: true,
            prompt: { title: "'Valitse'", message: "=1+1 ei ole kaava" },
            errorStyle: "warning",
          },
          {
            range: "E2:E3",
            source: { kind: "values", values: ["kyllä", "ei"] },
            allowBlank: false,
          },
        ],
        names: [{ name: "ra_hostile_list", range: "A2:A6" }],
        freeze: { rows: 1, cols: 1 },
        columnWidths: [
          { col: 0, width: 40 },
          { col: 2, width: 12.5 },
        ],
      },
      {
        name: LONG_SHEET,
        mode: "add",
        visibility: "hidden",
        blocks: [{ topLeft: "B3", cells: [[t(LONG_TEXT)], [t("=A1")]] }],
        freeze: { rows: 2, cols: 0 },
      },
    ],
    activate: { sheet: QUOTED_SHEET, select: "B2" },
  };
}
