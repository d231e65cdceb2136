import { LANGS } from "../../../src/core/model/lang";
import {
  ALLOCATION_COLUMNS,
  FUNDING_COLUMNS,
  ITEM_COLUMNS,
  labelsFor,
  PROPOSAL_FIELDS,
  SETTINGS_FIELDS,
  THEME_COLUMNS,
  type LabelDef,
  type LabelKey,
} from "../../../src/core/recognise/labels";
import { LabelIndex, labelMatchKey } from "../../../src/core/recognise/match";

const CATALOGUES: [string, readonly LabelDef<LabelKey>[]][] = [
  ["proposal header", PROPOSAL_FIELDS],
  ["settings header", SETTINGS_FIELDS],
  ["items", ITEM_COLUMNS],
  ["funding", FUNDING_COLUMNS],
  ["allocation", ALLOCATION_COLUMNS],
  ["themes", THEME_COLUMNS],
];

describe("label catalogue", () => {
  it("gives a label per language, or all three", () => {
    expect(labelsFor("leadMinistry", "fi")).toBe("Vastuuministeriö");
    expect(labelsFor("itemId", "en")).toBe("No.");
    expect(labelsFor("akkeEnvelope")).toEqual({
      fi: "AKKE-määräraha",
      sv: "AKKE-anslag",
      en: "AKKE envelope",
    });
  });

  it("marks the required columns of § 5.2 and § 5.3", () => {
    const required = (defs: readonly LabelDef<LabelKey>[]) =>
      defs.filter((d) => d.required).map((d) => d.key);
    expect(required(ITEM_COLUMNS)).toEqual([
      "itemId",
      "theme",
      "objective",
      "level",
      "leadMinistry",
    ]);
    expect(required(FUNDING_COLUMNS)).toEqual(["itemId", "source"]);
    expect(required(ALLOCATION_COLUMNS)).toEqual(["region", "allocation"]);
    expect(ITEM_COLUMNS).toHaveLength(26);
  });

  it.each(CATALOGUES)("reads every %s label, alias and key back as its own key", (_name, defs) => {
    const index = new LabelIndex(defs);
    for (const d of defs) {
      for (const lang of LANGS) {
        expect(index.match(d.labels[lang])?.key).toBe(d.key);
        for (const alias of d.aliases?.[lang] ?? [])
          expect(index.match(alias)).toMatchObject({ key: d.key, langs: [lang] });
      }
      expect(index.match(d.key)?.key).toBe(d.key);
    }
  });

  it.each(CATALOGUES)("never gives two %s keys the same label", (_name, defs) => {
    const owner = new Map<string, LabelKey>();
    for (const d of defs) {
      const labels = [
        ...LANGS.map((l) => d.labels[l]),
        ...LANGS.flatMap((l) => d.aliases?.[l] ?? []),
        d.key,
      ];
      for (const label of labels) {
        const k = labelMatchKey(label);
        expect([undefined, d.key]).toContain(owner.get(k));
        owner.set(k, d.key);
      }
    }
  });

  it("reads the extra Finnish aliases of § 5.2", () => {
    const index = new LabelIndex(ITEM_COLUMNS);
    expect(index.match("Alueen tarve")?.key).toBe("regionalNeed");
    expect(index.match("ALUEEN OMA PANOS")?.key).toBe("regionCommitment");
  });

  it("types the content of money, year, percent and vocabulary columns", () => {
    const content = (defs: readonly LabelDef<LabelKey>[], key: LabelKey) =>
      defs.find((d) => d.key === key)?.content;
    expect(content(ITEM_COLUMNS, "investmentNeed")).toEqual({ kind: "money" });
    expect(content(ITEM_COLUMNS, "targetYear")).toEqual({ kind: "year" });
    expect(content(ITEM_COLUMNS, "otherMinistries")).toEqual({
      kind: "multiVocabulary",
      vocabulary: "ministries",
    });
    expect(content(ITEM_COLUMNS, "itemId")).toEqual({ kind: "id" });
    expect(content(ALLOCATION_COLUMNS, "share")).toEqual({ kind: "percent" });
    expect(content(FUNDING_COLUMNS, "source")).toEqual({
      kind: "vocabulary",
      vocabulary: "fundingSources",
    });
  });
});
