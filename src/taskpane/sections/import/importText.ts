/** The Import section's words for what it read and wrote, in the UI language. */
import type { ImportedSheet } from "../../../core/import";
import { ministryAbbreviation } from "../../../core/consolidate/vocab";
import { pluralForm } from "../../../core/i18n/plural";
import {
  paneImport,
  paneImportText,
  type PaneImportMessageKey,
} from "../../../core/i18n/messages/paneImport";
import type { Lang } from "../../../core/model/lang";
import type { PositionsInWorkbook } from "../../../core/packages/workbook";
import { issueMessage } from "../../../core/rules/issueMessage";
import type { PaneNotice } from "../../hostErrors";

/** What merging returned packages found: a summary line and the packages' issues. */
export interface PositionsResult {
  readonly done: string;
  readonly issues: readonly string[];
}

/** `3 virhettä, 1 varoitus`; `1 error, 2 warnings`: each count in its plural form. */
export function findingsText(
  lang: Lang,
  found: { readonly errors: number; readonly warnings: number } | null,
): string {
  if (found === null) return "";
  return paneImportText(lang, "paneImport.findings", {
    errors: paneImportText(lang, `paneImport.errors.${pluralForm(lang, found.errors)}`, {
      n: found.errors,
    }),
    warnings: paneImportText(lang, `paneImport.warnings.${pluralForm(lang, found.warnings)}`, {
      n: found.warnings,
    }),
  });
}

/** What the import wrote: the proposals, the round settings, or both. */
export function importedNotice(
  lang: Lang,
  imported: readonly ImportedSheet[],
  log: string,
): PaneNotice<"success"> {
  const settings = imported.find((sheet) => sheet.kind === "settings");
  const count = imported.filter((sheet) => sheet.kind !== "settings").length;
  if (settings && count === 0)
    return { intent: "success", key: "paneImport.doneSettings", params: { sheet: settings.sheet } };
  return {
    intent: "success",
    key: `${settings ? "paneImport.doneWithSettings" : "paneImport.done"}.${pluralForm(lang, count)}`,
    params: { count, log, ...(settings ? { sheet: settings.sheet } : {}) },
  };
}

/** What merging the returned packages did: cells written, who answered, and the packages' issues. */
export function positionsResult(lang: Lang, merged: PositionsInWorkbook): PositionsResult {
  const { report } = merged.merge;
  return {
    done: paneImportText(lang, "paneImport.positionsDone", {
      cells: merged.cells,
      answered:
        report.answered.length === 0
          ? paneImportText(lang, "paneImport.nobody")
          : report.answered.map((m) => ministryAbbreviation(m, lang)).join(", "),
      without: report.withoutPosition.length,
    }),
    issues: merged.merge.issues.map(
      (issue) =>
        `${issue.file}${issue.cell ? ` ${issue.sheet ?? ""}!${issue.cell}` : ""}: ${issueMessage(issue, lang)}`,
    ),
  };
}

/** A reason code as words; an unknown code reads as "could not be read". */
export function reasonText(lang: Lang, code: string): string {
  const key = `paneImport.reason.${code}`;
  const known = Object.prototype.hasOwnProperty.call(paneImport.en, key);
  return paneImportText(
    lang,
    known ? (key as PaneImportMessageKey) : "paneImport.reason.parse-failed",
  );
}
