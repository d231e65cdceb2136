import type { Consolidation, FileNotRead, ThemeGroupSummary } from "../../consolidate/types";
import type { MemoWriter } from "../format";
import { buildTable, nameColumn, sumColumn } from "../table";
import type { MemoBlock } from "../types";

const TOP_THEMES = 3;

/**
 * Keskeiset havainnot / Centrala iakttagelser / Key findings: who submitted (n / 18, the
 * missing by name, errors noted), the most common themes, AKKE against the envelope and by
 * theme group, leverage.
 */
export function findingsSection(c: Consolidation, w: MemoWriter): MemoBlock[] {
  return [
    { kind: "heading", text: w.t("memo.heading.findings") },
    { kind: "list", items: submissionFindings(c, w) },
    { kind: "list", items: [themeFinding(c, w), ...moneyFindings(c, w)] },
    { kind: "paragraph", text: w.t("memo.findings.groups") },
    { kind: "table", table: groupTable(c.themeGroups, w) },
  ];
}

function submissionFindings(c: Consolidation, w: MemoWriter): string[] {
  const total = w.integer(c.eligibleCount);
  // A file whose region is unknown may be any missing region's: "not received" would be false.
  const unsure = c.filesNotRead.some((f) => f.region === null);
  const found = [
    w.t("memo.findings.submitted", { n: w.integer(c.submitted), total }),
    c.missingRegions.length === 0
      ? w.t("memo.findings.noneMissing")
      : w.t(unsure ? "memo.findings.missingUnsure" : "memo.findings.missing", {
          regions: w.list(c.missingRegions.map(w.region)),
        }),
  ];
  if (c.filesNotRead.length > 0)
    found.push(
      w.t("memo.findings.notRead", { files: w.list(c.filesNotRead.map((f) => fileNotRead(f, w))) }),
    );
  const outside = c.regions.filter((r) => !r.eligible);
  if (outside.length > 0)
    found.push(
      w.t("memo.findings.outside", {
        total,
        regions: w.list(outside.map((r) => w.region(r.region))),
      }),
    );
  const late = c.regions.filter((r) => r.late);
  if (late.length > 0)
    found.push(w.t("memo.findings.late", { regions: w.list(late.map((r) => w.region(r.region))) }));
  const flagged = c.regions.filter((r) => r.flagged);
  // Unread files may hold errors: "no errors" would not be known.
  if (flagged.length > 0 || c.filesNotRead.length === 0)
    found.push(
      flagged.length === 0
        ? w.t("memo.findings.noErrors")
        : w.t("memo.findings.errors", {
            regions: w.list(
              flagged.map((r) =>
                w.t("memo.findings.errorCount", {
                  region: w.region(r.region),
                  n: w.integer(r.errors),
                }),
              ),
            ),
          }),
    );
  if (c.duplicates.length > 0)
    found.push(
      w.t("memo.findings.duplicates", {
        regions: w.list(c.duplicates.map((d) => w.region(d.region))),
      }),
    );
  if (c.unassigned.length > 0)
    found.push(w.t("memo.findings.unassigned", { n: w.integer(c.unassigned.length) }));
  found.push(w.t("memo.findings.items", { n: w.integer(c.totals.items) }));
  return found;
}

/** `Kainuu (kainuu.xlsx: vioittunut)`: the region where the file's name tells it. */
function fileNotRead(f: FileNotRead, w: MemoWriter): string {
  const reason = w.t(`memo.fileReason.${fileReasonKind(f)}`);
  const detail = `${f.file}: ${reason}`;
  return f.region === null ? `${f.file} (${reason})` : `${w.region(f.region)} (${detail})`;
}

function fileReasonKind(
  f: FileNotRead,
): "encrypted" | "format" | "tooLarge" | "damaged" | "noProposal" {
  if (f.reason.rule === "FILE-NO-PROPOSAL") return "noProposal";
  const code = String(f.reason.params.variant ?? "");
  if (code === "encrypted") return "encrypted";
  if (code === "not-zip" || code === "old-xls") return "format";
  if (/large|cells|bomb|timed/.test(code)) return "tooLarge";
  return "damaged";
}

/** The themes proposed by the most regions (ties: more items first, then the list's order). */
function themeFinding(c: Consolidation, w: MemoWriter): string {
  const ranked = c.themes
    .map((theme, index) => ({ theme, index }))
    .filter(({ theme }) => theme.theme !== null && theme.regions > 0)
    .sort(
      (a, b) =>
        b.theme.regions - a.theme.regions || b.theme.items - a.theme.items || a.index - b.index,
    )
    .slice(0, TOP_THEMES);
  if (ranked.length === 0) return w.t("memo.findings.noThemes");
  return w.t("memo.findings.topThemes", {
    themes: w.list(
      ranked.map(({ theme }) => `${w.theme(theme.theme)} (${w.count("regions", theme.regions)})`),
    ),
  });
}

function moneyFindings(c: Consolidation, w: MemoWriter): string[] {
  const t = c.totals;
  const found = [
    w.t("memo.findings.akke", {
      akke: w.euros(t.akkeCents),
      envelope: w.euros(t.envelopeCents),
      share: t.envelopeCents > 0 ? w.percent(t.akkeCents / t.envelopeCents, 1) : "–",
    }),
  ];
  if (t.envelopeRemainingCents > 0)
    found.push(w.t("memo.findings.akkeRemaining", { amount: w.euros(t.envelopeRemainingCents) }));
  if (t.envelopeRemainingCents < 0)
    found.push(w.t("memo.findings.akkeOver", { amount: w.euros(-t.envelopeRemainingCents) }));
  found.push(
    t.leverage === null
      ? w.t("memo.findings.noLeverage")
      : w.t("memo.findings.leverage", {
          other: w.euros(t.otherCents),
          leverage: w.decimal(t.leverage, 2),
        }),
  );
  if (t.investmentNeedCents > 0)
    found.push(w.t("memo.findings.investment", { amount: w.euros(t.investmentNeedCents) }));
  return found;
}

function groupTable(groups: readonly ThemeGroupSummary[], w: MemoWriter) {
  return buildTable<ThemeGroupSummary>(
    w,
    [
      nameColumn(w, w.t("memo.col.group"), (g) => w.group(g.group)),
      sumColumn(w.t("memo.col.items"), "count", (g) => g.items),
      sumColumn(w.t("memo.col.akke"), "millions", (g) => g.akkeCents),
      sumColumn(w.t("memo.col.other"), "millions", (g) => g.otherCents),
      sumColumn(w.t("memo.col.total"), "millions", (g) => g.totalCents),
    ],
    groups,
    true,
  );
}
