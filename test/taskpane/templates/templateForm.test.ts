import {
  checkPeriod,
  defaultForm,
  isRegionChoice,
  regionOptions,
  usesFormPeriod,
} from "../../../src/taskpane/sections/templates/templateForm";

describe("the template form", () => {
  it("starts with a three-year period from the coming year, in the UI language", () => {
    expect(defaultForm("sv", new Date(2026, 10, 28))).toEqual({
      kind: "proposal",
      region: "",
      start: "2027",
      end: "2029",
      lang: "sv",
    });
  });

  it("offers the 19 regions named in the language, and knows what a region choice is", () => {
    const options = regionOptions("sv");
    expect(options).toHaveLength(19);
    expect(options[1].label).toBe("MK02 Egentliga Finland");
    expect(options.map((o) => o.code)).not.toContain("MK03");
    expect(["", "all", "MK21"].every(isRegionChoice)).toBe(true);
    expect(isRegionChoice("MK03")).toBe(false);
  });

  it("reads the period's years as the sheets' period cells are read", () => {
    expect(checkPeriod({ start: " 2026", end: "2028 " })).toEqual({
      ok: true,
      period: { start: 2026, end: 2028 },
    });
    expect(checkPeriod({ start: "", end: "2028" })).toEqual({
      ok: false,
      problem: "paneSections.templates.period.missing",
    });
    expect(checkPeriod({ start: "26", end: "2028" })).toEqual({
      ok: false,
      problem: "paneSections.templates.period.unreadable",
    });
    expect(checkPeriod({ start: "2028", end: "2026" })).toEqual({
      ok: false,
      problem: "paneSections.templates.period.endBeforeStart",
    });
    expect(checkPeriod({ start: "2026", end: "2036" })).toEqual({
      ok: false,
      problem: "paneSections.templates.period.tooLong",
    });
  });

  it("asks no period when all 18 proposals come from the round settings", () => {
    const form = defaultForm("fi", new Date(2026, 0, 1));
    expect(usesFormPeriod(form)).toBe(true);
    expect(usesFormPeriod({ ...form, region: "all" })).toBe(false);
    expect(usesFormPeriod({ ...form, kind: "settings", region: "all" })).toBe(true);
  });
});
