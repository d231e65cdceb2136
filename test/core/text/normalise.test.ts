import fc from "fast-check";
import { matchKey, uncachedMatchKey } from "../../../src/core/text/normalise";

/** Printable ASCII and spaces: the texts the short way handles. */
const ascii = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
});

describe("matchKey", () => {
  it("folds case, diacritics and spacing", () => {
    expect(matchKey("  Pohjois-Pohjanmaa  ")).toBe("pohjois-pohjanmaa");
    expect(matchKey("Työ-  ja\u00a0elinkeinoministeriö")).toBe("tyo- ja elinkeinoministerio");
    expect(matchKey("AKKE   (1 000 €)")).toBe("akke (1 000 €)");
    expect(uncachedMatchKey("Nro\t*")).toBe("nro *");
  });

  it("gives printable ASCII the key the full normalisation gives", () => {
    // A combining mark sends the text the long way and is itself removed there.
    fc.assert(
      fc.property(ascii, (text) => uncachedMatchKey(text) === uncachedMatchKey(`${text}\u0301`)),
      { numRuns: 2000 },
    );
  });

  it("is the same with and without its cache", () => {
    fc.assert(
      fc.property(fc.string(), (text) => matchKey(text) === uncachedMatchKey(text)),
      { numRuns: 500 },
    );
  });
});
