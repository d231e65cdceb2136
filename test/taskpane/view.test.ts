import { DEFAULT_SECTION, SECTION_IDS, sectionFromSearch } from "../../src/taskpane/shell/view";

describe("sectionFromSearch: the section a ribbon button opens", () => {
  it.each(SECTION_IDS)("opens %s from ?view=%s", (id) => {
    expect(sectionFromSearch(`?view=${id}`)).toBe(id);
  });

  it("forgives case and spaces, as a hand-typed URL may have them", () => {
    expect(sectionFromSearch("?view=%20Validate%20")).toBe("validate");
    expect(sectionFromSearch("?_host_Info=Excel$Win32$16.01$fi-FI&view=CONSOLIDATE")).toBe(
      "consolidate",
    );
  });

  it("opens the templates section when the view is missing or unknown", () => {
    expect(DEFAULT_SECTION).toBe("templates");
    expect(sectionFromSearch("")).toBe("templates");
    expect(sectionFromSearch("?view=")).toBe("templates");
    expect(sectionFromSearch("?view=settings")).toBe("templates");
    expect(sectionFromSearch("?view=__proto__")).toBe("templates");
  });
});
