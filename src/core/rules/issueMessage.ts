import { translateKey } from "../i18n/translate";
import { isMessageKey } from "../i18n/translate";
import { formatCentsExact, formatEuros, formatEurosBy, formatPercent } from "../locale/houseStyle";
import { quote } from "../locale/quote";
import type { Lang } from "../model/lang";
import { findEntry, REGIONS } from "../vocabulary";
import type { Issue } from "./issue";

/**
 * The message key of an issue: `rules.<RULE-ID>`, or `rules.<RULE-ID>.<variant>` when the
 * issue's `variant` param names a more precise text that exists (one rule, several causes:
 * a missing year column and an extra one are both STRUCT-YEAR-COLUMNS).
 */
export function issueMessageKey(issue: Pick<Issue, "rule" | "params">): string {
  const base = `rules.${issue.rule}`;
  const variant = issue.params.variant;
  if (typeof variant === "string" && variant !== "" && isMessageKey(`${base}.${variant}`))
    return `${base}.${variant}`;
  return base;
}

/**
 * Params as a message shows them in `lang`: names ending in `Euros` as money (`866 000
 * euroa`, `EUR 866,000`), with `<name>By` beside each for "by how much" (fi `10 000
 * eurolla`), in `Percent` (a fraction) as a percentage; `value` (a cell's content) in
 * quotation marks; for a `region` code, `regionName` (its name) and `regionOf` (the stored
 * Finnish genitive, the name in Swedish and English). The issue itself keeps plain numbers
 * and codes.
 */
export function displayParams(
  params: Issue["params"],
  lang: Lang,
): Record<string, string | number> {
  const shown: Record<string, string | number> = { ...params };
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== "number" || !Number.isFinite(value)) continue;
    if (name.endsWith("Euros")) {
      shown[name] = money(value, lang);
      shown[`${name}By`] = moneyBy(value, lang);
    } else if (name.endsWith("Percent")) shown[name] = formatPercent(value, lang, 2);
  }
  if (typeof params.value === "string" && params.value !== "")
    shown.value = quote(params.value, lang);
  const region = params.region;
  if (typeof region === "string" && !("regionName" in params)) {
    const entry = findEntry(REGIONS, region);
    shown.regionName = entry?.labels[lang] ?? region;
    shown.regionOf =
      lang === "fi" ? (entry?.genitive ?? `Maakunnan ${region}`) : (entry?.labels[lang] ?? region);
  }
  return shown;
}

function money(euros: number, lang: Lang): string {
  const cents = Math.round(euros * 100);
  if (cents % 100 === 0) return formatEuros(cents, lang, "text");
  const exact = formatCentsExact(cents, lang);
  return lang === "en" ? `EUR ${exact}` : `${exact}\u00a0${lang === "fi" ? "euroa" : "euro"}`;
}

/** `moneyBy`: as `money`, in the Finnish adessive (`10 000 eurolla`) where whole euros. */
function moneyBy(euros: number, lang: Lang): string {
  const cents = Math.round(euros * 100);
  return cents % 100 === 0 ? formatEurosBy(cents, lang, "text") : money(euros, lang);
}

/** The issue's message in `lang`, its params filled in. */
export function issueMessage(issue: Pick<Issue, "rule" | "params">, lang: Lang): string {
  return translateKey(lang, issueMessageKey(issue), displayParams(issue.params, lang));
}
