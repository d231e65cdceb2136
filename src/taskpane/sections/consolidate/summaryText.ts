import { regionName } from "../../../core/consolidate/vocab";
import { formatEuros } from "../../../core/locale/houseStyle";
import type { Lang } from "../../../core/model/lang";
import type { ConsolidationSummary } from "../../../operations";
import type { Translate } from "../../shell/text";

/** Region codes as names in the UI language, in the order given, comma-separated. */
function regionNames(codes: readonly string[], lang: Lang): string {
  return codes.map((code) => regionName(code, lang)).join(", ");
}

/** The short result of a run, one line each: regions, missing, AKKE, errors. */
export function summaryLines(summary: ConsolidationSummary, lang: Lang, t: Translate): string[] {
  const lines = [
    t("paneConsolidate.result.submitted", { n: summary.submitted, total: summary.eligible }),
    summary.missingRegions.length === 0
      ? t("paneConsolidate.result.noneMissing")
      : t("paneConsolidate.result.missing", { regions: regionNames(summary.missingRegions, lang) }),
    t("paneConsolidate.result.akke", {
      akke: formatEuros(summary.akkeCents, lang, "text"),
      envelope: formatEuros(summary.envelopeCents, lang, "text"),
    }),
    summary.regionsWithErrors.length === 0
      ? t("paneConsolidate.result.noErrors")
      : t("paneConsolidate.result.errors", {
          regions: regionNames(summary.regionsWithErrors, lang),
        }),
  ];
  if (summary.previous)
    lines.push(
      t("paneConsolidate.result.previous", {
        new: summary.previous.new,
        dropped: summary.previous.dropped,
        continued: summary.previous.continued,
      }),
    );
  return lines;
}
