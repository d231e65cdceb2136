import fc from "fast-check";
import {
  VOCABULARIES,
  lookup,
  lookupMany,
  spellingsOf,
  suggest,
  type Vocabulary,
} from "../../../src/core/vocabulary";

/** Every spelling of every built-in list, with the code it must be read as. */
const SPELLINGS: readonly { list: Vocabulary; spelling: string; code: string }[] = Object.values(
  VOCABULARIES,
).flatMap((list: Vocabulary) =>
  list.entries.flatMap((entry) =>
    spellingsOf(entry).map((spelling) => ({ list, spelling, code: entry.code })),
  ),
);

const spellingArb = fc.constantFrom(...SPELLINGS);

const SPACES = [" ", "  ", "\u00a0", "\u2009", "\u202f", " \u00a0", "\t"];

/** Marks that fold away under NFKD: grave, acute, circumflex, tilde, diaeresis, ring. */
const COMBINING = ["\u0300", "\u0301", "\u0302", "\u0303", "\u0308", "\u030a"];

describe("lookup of every spelling of every list", () => {
  it("is insensitive to case", () => {
    fc.assert(
      fc.property(
        spellingArb,
        fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
        (item, flips) => {
          const varied = Array.from(item.spelling)
            .map((ch, i) => (flips[i % flips.length] ? ch.toUpperCase() : ch.toLowerCase()))
            .join("");
          expect(lookup(item.list, varied)).toBe(item.code);
        },
      ),
    );
  });

  it("is insensitive to diacritics added to ASCII letters", () => {
    fc.assert(
      fc.property(
        spellingArb,
        fc.array(fc.option(fc.constantFrom(...COMBINING), { nil: undefined }), {
          minLength: 80,
          maxLength: 80,
        }),
        (item, marks) => {
          const varied = Array.from(item.spelling)
            .map((ch, i) => {
              const mark = marks[i % marks.length];
              return /[A-Za-z]/.test(ch) && mark !== undefined ? ch + mark : ch;
            })
            .join("");
          expect(lookup(item.list, varied)).toBe(item.code);
        },
      ),
    );
  });

  it("is insensitive to no-break, thin, doubled and surrounding spaces", () => {
    fc.assert(
      fc.property(
        spellingArb,
        fc.array(fc.constantFrom(...SPACES), { minLength: 20, maxLength: 20 }),
        fc.constantFrom("", ...SPACES),
        fc.constantFrom("", ...SPACES),
        (item, spaces, before, after) => {
          let n = 0;
          const varied =
            before + item.spelling.replace(/ /g, () => spaces[n++ % spaces.length]) + after;
          expect(lookup(item.list, varied)).toBe(item.code);
        },
      ),
    );
  });

  it("reads the spelling as itself in a multi-valued cell", () => {
    fc.assert(
      fc.property(spellingArb, (item) => {
        expect(lookupMany(item.list, item.spelling).codes).toEqual([item.code]);
      }),
    );
  });
});

describe("on any text at all", () => {
  const lists = fc.constantFrom(...(Object.values(VOCABULARIES) as Vocabulary[]));

  it("lookup, lookupMany and suggest never throw", () => {
    fc.assert(
      fc.property(lists, fc.string({ unit: "binary", maxLength: 60 }), (list, raw) => {
        const code = lookup(list, raw);
        expect(code === null || list.entries.some((entry) => entry.code === code)).toBe(true);
        lookupMany(list, raw);
        const suggestion = suggest(list, raw);
        expect(
          suggestion === null || list.entries.some((entry) => entry.code === suggestion.code),
        ).toBe(true);
      }),
    );
  });

  it("suggest agrees with lookup whenever lookup knows the value", () => {
    fc.assert(
      fc.property(spellingArb, (item) => {
        expect(suggest(item.list, item.spelling)?.code).toBe(item.code);
      }),
    );
  });
});
