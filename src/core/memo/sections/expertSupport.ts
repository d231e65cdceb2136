import type { Consolidation } from "../../consolidate/types";
import type { MemoWriter } from "../format";
import type { MemoBlock } from "../types";
import { ministryLists } from "./byMinistry";

/** Valtion asiantuntijatuki / Statens sakkunnigstöd / State expert support, by lead ministry. */
export function expertSupportSection(c: Consolidation, w: MemoWriter): MemoBlock[] {
  const heading: MemoBlock = { kind: "heading", text: w.t("memo.heading.expertSupport") };
  if (c.expertSupport.length === 0)
    return [heading, { kind: "paragraph", text: w.t("memo.expertSupport.none") }];
  return [
    heading,
    { kind: "paragraph", text: w.t("memo.expertSupport.intro") },
    ...ministryLists(
      c.expertSupport,
      w,
      (ri) => `${w.region(ri.region)}: ${ri.item.expertSupport.trim()}`,
    ),
  ];
}
