import type { Consolidation } from "../consolidate/types";
import { formatDate } from "../locale/houseStyle";
import type { RoundSettings } from "../model/round";
import { memoDate, memoWriter, type MemoWriter } from "./format";
import { annexSection } from "./sections/annex";
import { backgroundSection } from "./sections/background";
import { expertSupportSection } from "./sections/expertSupport";
import { findingsSection } from "./sections/findings";
import { fundingSection } from "./sections/funding";
import { monitoringSection } from "./sections/monitoring";
import { nationalSection } from "./sections/national";
import { nextStepsSection } from "./sections/nextSteps";
import { positionsSection } from "./sections/positions";
import { previousSection } from "./sections/previous";
import { themesSection } from "./sections/themes";
import type { MemoBlock, MemoOptions } from "./types";

/** The memo of docs/design.md § 8 (docs/memo.md) as blocks of text in the memo's language, ready to render. */
export function memoDocument(
  consolidation: Consolidation,
  settings: RoundSettings,
  options: MemoOptions,
): MemoBlock[] {
  const { w, date, head } = documentHead(settings, options, (w, round) =>
    round === "" ? w.t("memo.titleNoRound") : w.t("memo.title", { round }),
  );
  return [
    ...head,
    ...backgroundSection(w, date),
    ...findingsSection(consolidation, w),
    ...themesSection(consolidation, w),
    ...nationalSection(consolidation, w),
    ...expertSupportSection(consolidation, w),
    ...positionsSection(consolidation, w),
    ...fundingSection(consolidation, w),
    ...monitoringSection(consolidation, w),
    ...(options.comparison ? previousSection(options.comparison, w) : []),
    ...nextStepsSection(consolidation, w),
    ...annexSection(consolidation, w),
  ];
}

/**
 * The header block of a ministry memo: the ministry and its unit (and the author, from the
 * round settings) on the left; the kind (MUISTIO), the date and the diary number on the right.
 */
/**
 * What every document starts with: its writer, its date in the house style, the letterhead
 * (`kind` names the document; the memo's by default) and the title, given the round's name.
 */
export function documentHead(
  settings: RoundSettings,
  options: MemoOptions,
  title: (w: MemoWriter, round: string) => string,
  kind?: (w: MemoWriter) => string,
): { w: MemoWriter; date: string; head: MemoBlock[] } {
  const w = memoWriter(options.lang, settings);
  const date = formatDate(memoDate(options.date), options.lang);
  const head: MemoBlock[] = [
    letterhead(w, date, kind?.(w)),
    { kind: "title", text: title(w, settings.round.trim()) },
  ];
  return { w, date, head };
}

export function letterhead(
  w: MemoWriter,
  date: string,
  kind: string = w.t("memo.header.kind"),
): MemoBlock {
  const left = [w.t("memo.header.ministry"), w.t("memo.header.unit")];
  const author = w.settings.author?.trim() ?? "";
  if (author !== "") left.push(w.t("memo.header.author", { author }));
  const right = [kind, date];
  const reference = w.settings.referenceNumber.trim();
  if (reference !== "") right.push(reference);
  return { kind: "letterhead", left, right };
}
