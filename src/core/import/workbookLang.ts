import { LANGS, type Lang } from "../model/lang";
import type { WorkbookSnapshot } from "../model/snapshot";
import { recogniseWorkbook } from "../recognise/recognise";

/**
 * The language an import writes its sheets in: that of most of the workbook's proposals
 * (each proposal's language is the one most of its headers are in), so that imported
 * sheets match those already there; in a workbook without proposals, the UI language.
 * A tie goes to the UI language when it is one of the tied, else to the first in `LANGS`.
 */
export function importLang(workbook: WorkbookSnapshot, uiLang: Lang): Lang {
  const counts: Record<Lang, number> = { fi: 0, sv: 0, en: 0 };
  let proposals = 0;
  for (const sheet of recogniseWorkbook(workbook)) {
    if (sheet.kind !== "proposal") continue;
    counts[sheet.lang] += 1;
    proposals += 1;
  }
  if (proposals === 0) return uiLang;
  const most = Math.max(...LANGS.map((lang) => counts[lang]));
  if (counts[uiLang] === most) return uiLang;
  return LANGS.find((lang) => counts[lang] === most) ?? uiLang;
}
