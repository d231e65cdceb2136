import { regionPage, renderMemo, type Memo } from "../core/memo";
import { memoSheetPlan } from "../core/memo/sheet";
import type { Lang } from "../core/model/lang";
import type { WorkbookHost } from "../workbook/host";
import { todaySerial } from "../core/locale/dates";
import { consolidateSnapshot } from "./consolidation";

/** The regions with a proposal, and each one's page (docs/region-page.md), rendered when asked for. */
export interface RegionPages {
  readonly regions: readonly string[];
  readonly page: (region: string) => Memo;
}

/** Reads the workbook once: its memo, and the page of each region with a proposal. */
export async function readMemoAndPages(
  host: WorkbookHost,
  lang: Lang,
  today: Date,
): Promise<{ readonly memo: Memo; readonly pages: RegionPages }> {
  const { validation, consolidation } = consolidateSnapshot(await host.read());
  const options = { lang, date: todaySerial(today) };
  return {
    memo: renderMemo(consolidation, validation.settings, options),
    pages: {
      regions: consolidation.regions.map((r) => r.region),
      page: (region) => regionPage(consolidation, validation.settings, region, options),
    },
  };
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
