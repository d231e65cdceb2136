import { interpretSettings } from "../../../../src/core/rules/round/settings";
import { defaultSettings, DEFAULT_LEGAL_BASIS } from "../../../../src/core/rules/round/defaults";
import { issueMessage } from "../../../../src/core/rules/issueMessage";
import type { Issue } from "../../../../src/core/rules/issue";
import { toA1 } from "../../../../src/core/model/address";
import { ELIGIBLE_REGION_CODES } from "../../../../src/core/vocabulary";
import { fullAllocation, LANG_CASES, regionName, roundSheet, type RoundSheetLayout } from "./build";

function run(layout: RoundSheetLayout) {
  const built = roundSheet(layout);
  const result = interpretSettings(built.sheet, built.recognised, "kierros.xlsx");
  return { ...built, ...result };
}

const rulesOf = (issues: readonly Issue[]) => issues.map((i) => i.rule);
const at = (row: number, col: number) => toA1({ row, col });

describe("defaultSettings", () => {
  it("applies the round defaults of § 5.3", () => {
    const s = defaultSettings("sv");
    expect(s.fromWorkbook).toBe(false);
    expect(s.envelopeCents).toBe(1_600_000_000);
    expect(s.maxShare).toBe(0.8);
    expect(s.maxThemes).toBe(3);
    expect(s.legalBasis).toBe(DEFAULT_LEGAL_BASIS.sv);
    expect(s.allocations).toEqual([]);
  });
});

describe.each(LANG_CASES)("interpretSettings on a %s settings sheet", (lang) => {
  it("reads a clean round without issues", () => {
    const { settings, issues } = run({ lang });
    expect(issues).toEqual([]);
    expect(settings.fromWorkbook).toBe(true);
    expect(settings.envelopeCents).toBe(1_600_000_000);
    expect(settings.budgetYear).toBe(2026);
    expect(settings.period).toEqual({ start: 2026, end: 2028 });
    expect(settings.round).toBe("ALKE 2026");
    expect(settings.referenceNumber).toBe("VN/1234/2026");
    expect(settings.legalBasis).toBe(DEFAULT_LEGAL_BASIS[lang]);
    expect(settings.allocations.map((a) => a.region)).toEqual(ELIGIBLE_REGION_CODES);
    expect(settings.allocations.reduce((s, a) => s + a.cents, 0)).toBe(1_600_000_000);
  });

  it("reads envelope, share and theme count from the header", () => {
    const { settings } = run({
      lang,
      fields: {
        akkeEnvelope: 20_000_000,
        akkeMaxShare: 0.7,
        maxThemes: 5,
        legalBasis: "Uusi laki",
      },
      allocation: fullAllocation(lang, 20_000_000),
    });
    expect(settings.envelopeCents).toBe(2_000_000_000);
    expect(settings.maxShare).toBe(0.7);
    expect(settings.maxThemes).toBe(5);
    expect(settings.legalBasis).toBe("Uusi laki");
  });

  it("ALLOC-REGION-UNKNOWN with the closest region as fix, in the sheet's language", () => {
    const allocation = fullAllocation(lang);
    allocation[1] = { ...allocation[1], region: "Varsinais-Suomii" };
    const { issues, rows } = run({ lang, allocation });
    const issue = issues.find((i) => i.rule === "ALLOC-REGION-UNKNOWN");
    expect(issue?.cell).toBe(at(rows[1], 0));
    expect(issue?.fix?.value).toEqual({ kind: "text", text: regionName("MK02", lang) });
  });

  it("ALLOC-REGION-DUPLICATE at the repeat", () => {
    const allocation = [...fullAllocation(lang), { region: "MK02", allocation: 0 }];
    const { issues, rows } = run({ lang, allocation });
    const dup = issues.filter((i) => i.rule === "ALLOC-REGION-DUPLICATE");
    expect(dup.map((i) => i.cell)).toEqual([at(rows[18], 0)]);
    expect(dup[0].region).toBe("MK02");
  });

  it("ALLOC-NOT-NUMBER and ALLOC-NEGATIVE", () => {
    const allocation = fullAllocation(lang);
    allocation[0] = { ...allocation[0], allocation: "paljon", share: null };
    allocation[2] = { ...allocation[2], allocation: -5, share: null };
    const { issues, rows } = run({ lang, allocation });
    expect(issues.find((i) => i.rule === "ALLOC-NOT-NUMBER")?.cell).toBe(at(rows[0], 1));
    expect(issues.find((i) => i.rule === "ALLOC-NEGATIVE")?.cell).toBe(at(rows[2], 1));
  });

  it("ALLOC-REGION-MISSING, not ALLOC-NOT-NUMBER, for a region listed without an amount", () => {
    const allocation = fullAllocation(lang);
    allocation[1] = { ...allocation[1], allocation: null, share: null };
    const { issues, rows } = run({ lang, allocation });
    expect(rulesOf(issues)).not.toContain("ALLOC-NOT-NUMBER");
    const missing = issues.filter((i) => i.rule === "ALLOC-REGION-MISSING");
    expect(missing.map((i) => [i.cell, i.severity])).toEqual([[at(rows[1], 1), "info"]]);
  });

  it("ALLOC-CENTS with whole euros as fix", () => {
    const allocation = fullAllocation(lang);
    allocation[0] = { ...allocation[0], allocation: 888_888.4, share: null };
    const { issues, rows } = run({ lang, allocation });
    const cents = issues.find((i) => i.rule === "ALLOC-CENTS");
    expect(cents?.cell).toBe(at(rows[0], 1));
    expect(cents?.fix?.value).toEqual({ kind: "number", value: 888_888 });
  });

  it("ALLOC-OVER-ENVELOPE and ALLOC-UNDER-ENVELOPE with the amounts stated", () => {
    const over = fullAllocation(lang).map((a, i) =>
      i === 0 ? { ...a, allocation: 888_889, share: null } : a,
    );
    const overRun = run({ lang, allocation: over });
    const overIssue = overRun.issues.find((i) => i.rule === "ALLOC-OVER-ENVELOPE");
    expect(overIssue?.params.excessEuros).toBe(1);
    expect(overIssue?.cell).toBe(at(overRun.fieldRows.akkeEnvelope ?? -1, 1));

    const under = fullAllocation(lang).map((a, i) =>
      i === 0 ? { ...a, allocation: 800_000, share: null } : a,
    );
    const underIssue = run({ lang, allocation: under }).issues.find(
      (i) => i.rule === "ALLOC-UNDER-ENVELOPE",
    );
    expect(underIssue?.params.remainderEuros).toBe(88_888);
    expect(issueMessage(underIssue!, lang)).toMatch(/88[\s\u00a0,]888/);
  });

  it("ALLOC-SHARE-MISMATCH beyond 0.01 points, with the share as fix", () => {
    const allocation = fullAllocation(lang);
    allocation[3] = { ...allocation[3], share: 0.06 };
    allocation[4] = {
      ...allocation[4],
      share: (allocation[4].allocation as number) / 16_000_000 + 0.00005,
    };
    const { issues, rows } = run({ lang, allocation });
    const mismatches = issues.filter((i) => i.rule === "ALLOC-SHARE-MISMATCH");
    expect(mismatches.map((i) => i.cell)).toEqual([at(rows[3], 2)]);
    expect(mismatches[0].fix?.value).toMatchObject({ kind: "number", value: 888_888 / 16_000_000 });
  });

  it("ALLOC-REGION-MISSING as info for each eligible region without a row", () => {
    const allocation = fullAllocation(lang).filter((_, i) => i !== 5 && i !== 6);
    const { issues } = run({ lang, allocation, fields: { akkeEnvelope: 16_000_000 } });
    const missing = issues.filter((i) => i.rule === "ALLOC-REGION-MISSING");
    expect(missing.map((i) => i.region)).toEqual([
      ELIGIBLE_REGION_CODES[5],
      ELIGIBLE_REGION_CODES[6],
    ]);
    expect(missing.every((i) => i.severity === "info" && i.cell === null)).toBe(true);
  });
});

describe("allocation sums", () => {
  it("adds allocations in cents, so 0.10 + 0.20 meets an envelope of 0.30 exactly", () => {
    const { issues, settings } = run({
      fields: { akkeEnvelope: 0.3 },
      allocation: [
        { region: "Uusimaa", allocation: 0.1 },
        { region: "Lappi", allocation: 0.2 },
      ],
    });
    expect(settings.allocations.map((a) => a.cents)).toEqual([10, 20]);
    expect(rulesOf(issues)).not.toContain("ALLOC-OVER-ENVELOPE");
    expect(rulesOf(issues)).not.toContain("ALLOC-UNDER-ENVELOPE");
  });

  it("scales a thousands unit in the allocation header", () => {
    const allocation = fullAllocation("fi").map((a) => ({
      ...a,
      allocation: (a.allocation as number) / 1000,
    }));
    const { settings } = run({ allocation, allocationUnit: "1 000 €" });
    expect(settings.allocations[0].cents).toBe(88_888_800);
  });

  it("reads a number typed as text in the sheet's language and offers the number", () => {
    const allocation = fullAllocation("fi");
    allocation[0] = { ...allocation[0], allocation: "888 888,00" };
    const { settings, issues, rows } = run({ allocation });
    expect(settings.allocations[0].cents).toBe(88_888_800);
    const asText = issues.find((i) => i.rule === "CELL-NUMBER-AS-TEXT");
    expect(asText?.cell).toBe(at(rows[0], 1));
    expect(asText?.fix?.value).toEqual({ kind: "number", value: 888_888 });
  });

  it("takes a region's own maximum share", () => {
    const allocation = fullAllocation("en");
    allocation[0] = { ...allocation[0], maxShare: "60 %" };
    const { settings, issues } = run({ lang: "en", allocation });
    expect(settings.allocations[0].maxShare).toBe(0.6);
    expect(issues).toEqual([]);
  });
});

describe("header fields", () => {
  it("keeps the default and reports a header number that cannot be read", () => {
    const { settings, issues, fieldRows } = run({ fields: { akkeMaxShare: "paljon" } });
    expect(settings.maxShare).toBe(0.8);
    const issue = issues.find((i) => i.rule === "ALLOC-NOT-NUMBER");
    expect(issue?.cell).toBe(at(fieldRows.akkeMaxShare ?? -1, 1));
    expect(issueMessage(issue!, "fi")).toContain("AKKE-osuus enintään");
  });
});

describe("the round's own themes", () => {
  it("reads code, group, labels and active", () => {
    const { settings, issues } = run({
      lang: "sv",
      themes: [
        ["hydrogen", "Prioritering", "Vety", "Väte", "Hydrogen", "Ja"],
        ["old", "Övriga ämnen", "Vanha", "", "", "Nej"],
      ],
    });
    expect(issues).toEqual([]);
    expect(settings.themes).toEqual([
      {
        code: "hydrogen",
        group: "priority",
        labels: { fi: "Vety", sv: "Väte", en: "Hydrogen" },
        active: true,
      },
      {
        code: "old",
        group: "topic",
        labels: { fi: "Vanha", sv: "Vanha", en: "Vanha" },
        active: false,
      },
    ]);
  });

  it("reports a group outside the vocabulary", () => {
    const { issues } = run({ themes: [["x", "Tärkeä", "X", "X", "X", "Kyllä"]] });
    expect(rulesOf(issues)).toEqual(["ITEM-VALUE-INVALID"]);
  });

  it("leaves the default themes without a themes table", () => {
    expect(run({}).settings.themes).toBeNull();
  });
});
