import { applyPlanToSnapshot } from "../../../src/core/model/applyPlan";
import { markerFormula } from "../../../src/core/model/plan";
import type { WorkbookSnapshot } from "../../../src/core/model/snapshot";
import type { Issue, Severity } from "../../../src/core/rules/issue";
import {
  clearMarkersPlan,
  MARKER_COLOURS,
  markerPlan,
  MAX_MARKER_ADDRESS_CHARS,
  mergeCells,
} from "../../../src/core/rules/markers";
import { buildSampleRound } from "../../../src/core/templates";

const EMPTY: WorkbookSnapshot = { file: "", sheets: [], registry: [], structureProtected: false };

function round(): WorkbookSnapshot {
  const files = buildSampleRound({ itemsPerRegion: 2 });
  const plan = {
    sheets: [files[0].plan.sheets?.[0], files[2].plan.sheets?.[0]].flatMap((s) => (s ? [s] : [])),
  };
  return applyPlanToSnapshot(EMPTY, plan);
}

const issue = (sheet: string, cell: string | null, severity: Severity, rule = "X"): Issue => ({
  rule,
  severity,
  file: "",
  sheet,
  cell,
  value: null,
  region: null,
  params: {},
  fix: null,
});

describe("mergeCells", () => {
  it("joins a column run and neighbouring columns into one rectangle", () => {
    const cells = [0, 1, 2].flatMap((col) => [4, 5, 6].map((row) => ({ row, col })));
    expect(mergeCells(cells)).toEqual([{ top: 4, bottom: 6, left: 0, right: 2 }]);
  });
  it("keeps cells that do not touch apart", () => {
    expect(
      mergeCells([
        { row: 0, col: 0 },
        { row: 2, col: 0 },
        { row: 0, col: 2 },
      ]),
    ).toHaveLength(3);
  });
});

describe("markerPlan", () => {
  const snapshot = round();
  const [settings, proposal] = snapshot.sheets.map((s) => s.name);

  it("clears the recognised sheets and adds one marker per sheet and severity", () => {
    const plan = markerPlan(
      [
        issue(proposal, "B12", "error"),
        issue(proposal, "B13", "error"),
        issue(proposal, "D12", "warning"),
        issue(proposal, null, "error"),
        issue("Not there", "A1", "error"),
      ],
      snapshot,
    );
    expect(plan.clearMarkers).toEqual(expect.arrayContaining([settings, proposal]));
    expect(plan.markers).toEqual([
      {
        sheet: proposal,
        markers: [
          {
            severity: "error",
            areas: ["B12:B13"],
            formula: markerFormula("error"),
            ...MARKER_COLOURS.error,
          },
          {
            severity: "warning",
            areas: ["D12"],
            formula: markerFormula("warning"),
            ...MARKER_COLOURS.warning,
          },
        ],
      },
    ]);
  });

  it("gives a cell with several issues only its most severe marker", () => {
    const plan = markerPlan(
      [issue(proposal, "C12", "info"), issue(proposal, "C12", "error")],
      snapshot,
    );
    expect(plan.markers?.[0].markers.map((m) => [m.severity, m.areas])).toEqual([
      ["error", ["C12"]],
    ]);
  });

  it("splits thousands of scattered cells into markers under Excel's address limit", () => {
    const issues = Array.from({ length: 5000 }, (_, i) =>
      issue(proposal, `${i % 2 ? "A" : "C"}${i + 1}`, "warning"),
    );
    const markers = markerPlan(issues, snapshot).markers?.[0].markers ?? [];
    expect(markers.length).toBeGreaterThan(1);
    expect(
      markers.every(
        (m) => m.severity === "warning" && m.areas.join(",").length <= MAX_MARKER_ADDRESS_CHARS,
      ),
    ).toBe(true);
    expect(markers.reduce((n, m) => n + m.areas.length, 0)).toBe(5000);
  });

  it("leaves protected sheets alone", () => {
    const locked = {
      ...snapshot,
      sheets: snapshot.sheets.map((s) => ({ ...s, isProtected: s.name === proposal })),
    };
    const plan = markerPlan([issue(proposal, "B12", "error")], locked);
    expect(plan.clearMarkers).not.toContain(proposal);
    expect(plan.markers).toBeUndefined();
  });
});

describe("clearMarkersPlan", () => {
  it("clears every unprotected sheet but the registry", () => {
    const snapshot = round();
    const withRegistry = {
      ...snapshot,
      sheets: [...snapshot.sheets, { ...snapshot.sheets[0], name: "_ra" }],
    };
    expect(clearMarkersPlan(withRegistry).clearMarkers).toEqual(snapshot.sheets.map((s) => s.name));
  });
});
