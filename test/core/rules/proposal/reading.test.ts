import { LANGS } from "../../../../src/core/model/lang";
import { RULE_IDS } from "../../../../src/core/rules/catalogue";
import { issueMessage } from "../../../../src/core/rules/issueMessage";
import { parseA1, toA1 } from "../../../../src/core/model/address";
import {
  applyFixes,
  brief,
  fundingCell,
  itemCell,
  patchItem,
  patchRow,
  proposal,
  run,
  SETTINGS,
} from "./helpers";

describe("numbers typed as text", () => {
  it("reads 1,500 as ambiguous on a Finnish sheet and leaves it out of the totals", () => {
    const built = proposal("fi", {
      funding: patchRow(3, { amounts: ["1,500", 5_000, 5_000], total: null }),
    });
    const { proposal: p, issues } = run(built.sheet);
    const issue = issues.find((i) => i.rule === "FUND-NOT-NUMBER");
    expect(issue?.cell).toBe(fundingCell(built, 3, 2));
    expect(issue?.params).toMatchObject({ variant: "ambiguous", candidates: "1.5 / 1500" });
    expect(issue?.fix).toBeNull();
    expect(p.funding[3].totalCents).toBe(1_000_000);
    expect(issueMessage(issue!, "en")).toContain("cannot be read as one number (1.5 / 1500)");
  });

  it("reads 1,500 as 1500 on an English sheet, reported as text with the number as fix", () => {
    const built = proposal("en", {
      funding: patchRow(3, { amounts: ["1,500", 5_000, 5_000], total: 11_500 }),
    });
    const { proposal: p, issues } = run(built.sheet);
    expect(brief(issues.filter((i) => i.severity !== "info"))).toEqual([
      `CELL-NUMBER-AS-TEXT@${fundingCell(built, 3, 2)}`,
    ]);
    expect(p.funding[3].totalCents).toBe(1_150_000);
  });

  it("follows the --locale override over the sheet's language", () => {
    const built = proposal("fi", {
      funding: patchRow(3, { amounts: ["1,500", 5_000, 5_000], total: null }),
    });
    expect(run(built.sheet).issues.map((i) => i.rule)).toContain("FUND-NOT-NUMBER");
    const { proposal: p, issues } = run(built.sheet, SETTINGS, "en");
    expect(issues.map((i) => i.rule)).not.toContain("FUND-NOT-NUMBER");
    expect(p.funding[3].years[0]).toEqual({ year: 2026, cents: 150_000 });
  });

  it("scales amounts by the header's unit and rounds half away from zero to cents", () => {
    const built = proposal("fi", {
      fundingLayout: { unit: "1 000 €" },
      funding: () => [
        { itemId: "1.1", source: "AKKE", amounts: [1.5, 0.0000051, 2], total: 3.5000051 },
      ],
    });
    const { proposal: p, issues } = run(built.sheet);
    expect(p.funding[0].years.map((y) => y.cents)).toEqual([150_000, 1, 200_000]);
    expect(issues.filter((i) => i.rule === "FUND-CENTS").map((i) => i.cell)).toEqual([
      fundingCell(built, 0, 3),
      fundingCell(built, 0, 5),
    ]);
    expect(issues.map((i) => i.rule)).not.toContain("FUND-TOTAL-MISMATCH");
  });

  it("never reads an item id or a free text as a number", () => {
    const built = proposal("fi", { items: patchItem(0, { itemId: "12", objective: "1 500" }) });
    expect(run(built.sheet).issues.map((i) => i.rule)).not.toContain("CELL-NUMBER-AS-TEXT");
  });
});

describe("funding totals", () => {
  it("does not take an empty total in a plain range for a mismatch", () => {
    const built = proposal("sv", { funding: patchRow(0, { total: null }) });
    expect(run(built.sheet).issues.map((i) => i.rule)).not.toContain("FUND-TOTAL-MISMATCH");
  });

  it("takes an empty total in an Excel table for no total: a formula written outside Excel has no value yet", () => {
    const built = proposal("sv", {
      fundingLayout: { excelTable: true },
      funding: patchRow(0, { total: null }),
    });
    expect(run(built.sheet).issues.map((i) => i.rule)).not.toContain("FUND-TOTAL-MISMATCH");
  });

  it("compares a total of 0 in an Excel table with the years", () => {
    const built = proposal("sv", {
      fundingLayout: { excelTable: true },
      funding: patchRow(0, { total: 0 }),
    });
    const issue = run(built.sheet).issues.find((i) => i.rule === "FUND-TOTAL-MISMATCH");
    expect(issue?.cell).toBe(fundingCell(built, 0, 5));
    expect(issue?.params).toMatchObject({ totalEuros: 0, sumEuros: 250_000 });
  });

  it("does not compare a total when a year could not be read", () => {
    const built = proposal("en", { funding: patchRow(0, { amounts: ["lots", 100_000, 50_000] }) });
    expect(run(built.sheet).issues.map((i) => i.rule)).not.toContain("FUND-TOTAL-MISMATCH");
  });

  it("treats a row holding only a SUM's 0 as no line", () => {
    const built = proposal("fi", {
      funding: (rows) => [
        ...rows,
        { itemId: null, source: null, amounts: [null, null, null], total: 0 },
      ],
    });
    const { proposal: p, issues } = run(built.sheet);
    expect(p.funding).toHaveLength(4);
    expect(issues.map((i) => i.rule)).not.toContain("FUND-SOURCE-INVALID");
  });
});

describe("rows and cells", () => {
  it("skips entirely empty rows between items", () => {
    const built = proposal("en", { layout: { blankAfter: [0, 1] } });
    const { proposal: p, issues } = run(built.sheet);
    expect(p.items).toHaveLength(3);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("reports an Excel error once, not also as a missing or unknown value", () => {
    const built = proposal("fi", {
      items: patchItem(0, { theme: { kind: "error", code: "#N/A" } }),
    });
    const at = itemCell(built, 0, "theme");
    expect(brief(run(built.sheet).issues).filter((b) => b.endsWith(`@${at}`))).toEqual([
      `CELL-EXCEL-ERROR@${at}`,
    ]);
  });

  it("reports an Excel error in a header value and in an unknown column of a table", () => {
    const built = proposal("fi", {
      layout: {
        period: [{ kind: "error", code: "#VALUE!" }, 2028],
        columns: [
          ...(["itemId", "theme", "objective", "level", "leadMinistry"] as const),
          { header: "Oma" },
        ],
      },
    });
    const cells = built.sheet.cells.map((line) => [...line]);
    cells[built.itemRows[1]][5] = { kind: "error", code: "#DIV/0!" };
    const sheet = { ...built.sheet, cells };
    const errors = run(sheet).issues.filter((i) => i.rule === "CELL-EXCEL-ERROR");
    expect(errors.map((i) => [i.cell, i.value])).toEqual([
      ["B2", "#VALUE!"],
      [toA1({ row: built.itemRows[1], col: 5 }), "#DIV/0!"],
    ]);
    expect(run(sheet).issues.map((i) => i.rule)).not.toContain("HDR-PERIOD");
  });
});

describe("the order of issues", () => {
  it("is region-level first, then by row, column and rule id", () => {
    const built = proposal("fi", {
      items: (items) =>
        patchItem(2, { theme: "Vesi", level: null })(
          patchItem(0, { objective: null, indicator: null })(items),
        ),
    });
    const { issues } = run(built.sheet, { ...SETTINGS, maxThemes: 1 });
    expect(issues[0].cell).toBeNull();
    const refs = issues.slice(1).map((i) => parseA1(i.cell ?? "") ?? { row: -1, col: -1 });
    for (let k = 1; k < refs.length; k++) {
      const [a, b] = [refs[k - 1], refs[k]];
      expect(a.row < b.row || (a.row === b.row && a.col <= b.col)).toBe(true);
    }
  });
});

describe("messages", () => {
  it("renders every issue in every language, all placeholders filled", () => {
    const built = proposal("fi", {
      layout: { region: "Varsinais-Suomii", period: "2030–2026" },
      items: (items) => [
        ...items,
        {
          itemId: "1.1",
          theme: "Vesi",
          level: "x",
          leadMinistry: "Kela",
          targetYear: "soon",
          otherMinistries: "LVM, Kela",
        },
      ],
      funding: (rows) => [
        ...rows,
        { itemId: "7", source: "x", amounts: ["1,500", -1, 0.001], total: 3 },
      ],
      fundingLayout: { years: [2026, 2027, 2029] },
    });
    const { issues } = run(built.sheet);
    expect(new Set(issues.map((i) => i.rule)).size).toBeGreaterThan(10);
    for (const issue of issues) {
      expect(RULE_IDS).toContain(issue.rule);
      for (const lang of LANGS) {
        const text = issueMessage(issue, lang);
        expect([issue.rule, text]).not.toEqual([
          issue.rule,
          expect.stringMatching(/\{\w+\}|^rules\./),
        ]);
      }
    }
  });
});

describe("fixes", () => {
  it("applied together, leave none of the fixed issues", () => {
    const built = proposal("sv", {
      layout: { region: "Egentliga Finlan" },
      items: patchItem(0, {
        theme: " Tillgänglihet",
        level: "Nationel",
        investmentNeed: "1 500 000",
      }),
      funding: patchRow(1, { source: "  Kommuner  " }),
    });
    const first = run(built.sheet).issues;
    const fixed = first.filter((i) => i.fix !== null);
    expect(fixed.length).toBeGreaterThanOrEqual(4);
    const again = brief(run(applyFixes(built.sheet, fixed)).issues);
    for (const b of brief(fixed)) expect(again).not.toContain(b);
  });
});
