import fc from "fast-check";
import { formatCentsExact, formatDecimal } from "../../../src/core/locale/houseStyle";
import { toCents } from "../../../src/core/locale/money";
import { parseNumberText } from "../../../src/core/locale/numberText";
import { LANGS } from "../../../src/core/model/lang";

const MAX_CENTS = 10n ** 14n;
const cents = fc.bigInt({ min: -MAX_CENTS, max: MAX_CENTS }).map(Number);
const lang = fc.constantFrom(...LANGS);

describe("locale properties", () => {
  test("formatCentsExact reads back to the same cents in every language", () => {
    fc.assert(
      fc.property(cents, lang, (c, l) => {
        const parsed = parseNumberText(formatCentsExact(c, l), l);
        return parsed.kind === "number" && toCents(parsed.value) === c;
      }),
      { numRuns: 2000 },
    );
  });

  test("whole euros in house-style table form read back", () => {
    fc.assert(
      fc.property(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), lang, (n, l) => {
        const parsed = parseNumberText(formatDecimal(n, l, 0), l);
        return parsed.kind === "number" && parsed.value === n;
      }),
    );
  });

  test("toCents is exact for any number of cents divided by 100", () => {
    fc.assert(
      fc.property(cents, (c) => toCents(c / 100) === c),
      { numRuns: 5000 },
    );
  });

  test("parseNumberText never throws and returns a well-formed result", () => {
    const numberish = fc
      .array(fc.constantFrom(..."0123456789 .,-−()€%\u00a0\u202f\u2009eEmMtTk".split("")), {
        maxLength: 20,
      })
      .map((chars) => chars.join(""));
    const anyText = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.string({ unit: "grapheme" }),
      numberish,
    );
    fc.assert(
      fc.property(anyText, lang, (s, l) => {
        const r = parseNumberText(s, l);
        if (r.kind === "number") return Number.isFinite(r.value);
        if (r.kind === "ambiguous")
          return r.candidates.length === 2 && r.candidates.every(Number.isFinite);
        return r.kind === "invalid";
      }),
      { numRuns: 3000 },
    );
  });
});
