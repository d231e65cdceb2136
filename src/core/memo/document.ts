import type { Consolidation } from "../consolidate/types";
import { formatDate } from "../locale/houseStyle";
import type { RoundSettings } from "../model/round";
import { memoDate, memoWriter } from "./format";
import { annexSection } from "./sections/annex";
import { backgroundSection } from "./sections/background";
import { findingsSection } from "./sections/findings";
import { fundingSection } from "./sections/funding";
import { monitoringSection } from "./sections/monitoring";
import { nationalSection } from "./sections/national";
import { openDecisionsSection } from "./sections/openDecisions";
import { previousSection } from "./sections/previous";
import { themesSection } from "./sections/themes";
import type { MemoBlock, MemoOptions } from "./types";

/** The memo of DESIGN.md § 8 as blocks of text in the memo's language, ready to render. */
export function memoDocument(
  consolidation: Consolidation,
  settings: RoundSettings,
  options: MemoOptions,
): MemoBlock[] {
  const w = memoWriter(options.lang, settings);
  const date = formatDate(memoDate(options.date), options.lang);
  const round = settings.round.trim();
  const meta = [w.t("memo.meta.date", { date })];
  if (settings.referenceNumber.trim() !== "")
    meta.push(w.t("memo.meta.reference", { reference: settings.referenceNumber.trim() }));
  return [
    { kind: "title", text: round === "" ? w.t("memo.titleNoRound") : w.t("memo.title", { round }) },
    { kind: "paragraph", text: meta.join(" · ") },
    ...backgroundSection(w, date),
    ...findingsSection(consolidation, w),
    ...themesSection(consolidation, w),
    ...nationalSection(consolidation, w),
    ...openDecisionsSection(consolidation, w),
    ...fundingSection(consolidation, w),
    ...monitoringSection(consolidation, w),
    ...(options.comparison ? previousSection(options.comparison, w) : []),
    ...annexSection(consolidation, w),
  ];
}
