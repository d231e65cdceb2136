import { consolidate } from "../../../core/consolidate";
import { dateToSerial } from "../../../core/locale/dates";
import { renderMemo, type Memo } from "../../../core/memo";
import type { Lang } from "../../../core/model/lang";
import type { WorkbookSnapshot } from "../../../core/model/snapshot";
import { validateRound } from "../../../core/rules/validateRound";
import type { WorkbookHost } from "../../../workbook/host";
import { memoSheetPlan } from "./memoSheet";

/** The memo of a workbook as it is now: the same validation and consolidation as the sheets. */
export function memoOfSnapshot(snapshot: WorkbookSnapshot, lang: Lang, today: Date): Memo {
  const validation = validateRound([{ file: snapshot.file, snapshot }]);
  const consolidation = consolidate(validation.proposals, validation.settings, validation.issues);
  const date =
    dateToSerial({ y: today.getFullYear(), m: today.getMonth() + 1, d: today.getDate() }) ?? 0;
  return renderMemo(consolidation, validation.settings, { lang, date });
}

/** Reads the workbook once and renders its memo. */
export async function readMemo(host: WorkbookHost, lang: Lang, today: Date): Promise<Memo> {
  return memoOfSnapshot(await host.read(), lang, today);
}

/** Writes the memo's text to the add-in's memo sheet; resolves with the sheet's name. */
export async function writeMemoSheet(
  host: WorkbookHost,
  memo: Memo,
  lang: Lang,
  now: Date,
): Promise<string> {
  const outline = await host.readOutline();
  const { plan, sheet } = memoSheetPlan(memo.text, lang, outline, now.toISOString());
  await host.apply(plan, outline);
  return sheet;
}
