import { LANGS } from "../../../../src/core/model/lang";
import { brief, proposal, run, serious } from "./helpers";

describe.each(LANGS)("a clean proposal in %s", (lang) => {
  const built = proposal(lang);
  const { proposal: p, issues } = run(built.sheet);

  it("gives no error and no warning", () => {
    expect(brief(serious(issues))).toEqual([]);
  });

  it("reads the header, the items and the funding into the model", () => {
    expect(p.lang).toBe(lang);
    expect(p.region).toBe("MK02");
    expect(p.period).toEqual({ start: 2026, end: 2028 });
    expect(p.date).toBe(46100);
    expect(p.items.map((i) => [i.itemId, i.theme, i.level, i.leadMinistry])).toEqual([
      ["1.1", "accessibility", "national", "LVM"],
      ["1.2", "skills-education", "regional", "OKM"],
      ["2.1", "digitalisation", "both", "LVM"],
    ]);
    expect(p.items[2].otherMinistries).toEqual(["VM", "TEM"]);
    expect(p.items[0].investmentNeedCents).toBe(150_000_000);
    expect(p.items[0].discussionStatus).toBe("proposed");
    expect(p.funding.map((f) => [f.itemId, f.fundingSource, f.totalCents])).toEqual([
      ["1.1", "akke", 25_000_000],
      ["1.1", "municipalities", 2_000_000],
      ["1.2", "akke", 2_000_050],
      ["2.1", "akke", 1_500_000],
    ]);
    expect(p.funding[1].years).toEqual([
      { year: 2026, cents: 1_000_000 },
      { year: 2027, cents: 1_000_000 },
    ]);
  });

  it("names the file, the sheet and the region on every issue", () => {
    for (const issue of issues) {
      expect(issue.file).toBe("esitys.xlsx");
      expect(issue.sheet).toBe(built.sheet.name);
      expect(issue.region).toBe("MK02");
    }
  });
});
