import {
  isValidWorkbookName,
  LIST_KINDS,
  listName,
  looksLikeCellReference,
} from "../../../src/core/templates/names";
import { LANGS } from "../../../src/core/model/lang";

describe("workbook names", () => {
  it.each(["MK02", "FI2026", "A1", "XFD1048576", "R", "C", "R1C1", "r2c3", "C12"])(
    "%s looks like a cell reference",
    (name) => expect(looksLikeCellReference(name)).toBe(true),
  );
  it.each(["ra_fi_themes", "XFE1", "Teemat", "ra_sv_levels"])("%s does not", (name) =>
    expect(looksLikeCellReference(name)).toBe(false),
  );

  it("every list name is a valid Excel name, unique across languages", () => {
    const names = LANGS.flatMap((lang) => LIST_KINDS.map((kind) => listName(lang, kind)));
    for (const name of names) expect(isValidWorkbookName(name)).toBe(true);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });
});
