import type { Consolidation, RegionSummary } from "../../consolidate/types";
import type { MemoWriter } from "../format";
import type { MemoBlock } from "../types";

/** Liite / Bilaga / Annex: one short paragraph per region, its amounts in exact euros. */
export function annexSection(c: Consolidation, w: MemoWriter): MemoBlock[] {
  const themeOrder = c.themes.map((t) => t.theme);
  return [
    { kind: "heading", text: w.t("memo.heading.annex") },
    { kind: "paragraph", text: w.t("memo.annex.intro") },
    ...c.regions.map((r): MemoBlock => ({
      kind: "paragraph",
      text: regionParagraph(c, r, themeOrder, w),
    })),
  ];
}

function regionParagraph(
  c: Consolidation,
  r: RegionSummary,
  themeOrder: readonly (string | null)[],
  w: MemoWriter,
): string {
  const own = new Set(c.items.filter((i) => i.region === r.region).map((i) => i.item.theme));
  const themes = themeOrder.filter((t) => t !== null && own.has(t)).map(w.theme);
  const params = {
    items: w.count("items", r.items),
    themes: themes.length === 0 ? "–" : themes.join(", "),
  };
  const regionOf = w.regionOf(r.region);
  const sentences = [
    regionOf === null
      ? w.t("memo.annex.regionPlain", { region: w.region(r.region), ...params })
      : w.t("memo.annex.region", { regionOf, ...params }),
    r.allocationCents === null
      ? w.t("memo.annex.moneyNoAllocation", {
          akke: w.exactEuros(r.akkeCents),
          other: w.exactEuros(r.otherCents),
        })
      : w.t("memo.annex.money", {
          akke: w.exactEuros(r.akkeCents),
          allocation: w.exactEuros(r.allocationCents),
          other: w.exactEuros(r.otherCents),
        }),
  ];
  if (r.received !== null)
    sentences.push(
      w.t(r.late ? "memo.annex.receivedLate" : "memo.annex.received", { date: w.date(r.received) }),
    );
  if (!r.eligible) sentences.push(w.t("memo.annex.outside", { total: w.integer(c.eligibleCount) }));
  return sentences.join(" ");
}
