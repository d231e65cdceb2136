import type { Consolidation, FileNotRead, ThemeGroupSummary } from "../../consolidate/types";
import { compareRegions } from "../../consolidate/vocab";
import { isEligibleRegion } from "../../vocabulary/regions";
import { capitalise } from "../../locale/numberWords";
import { pluralForm } from "../../i18n/plural";
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
  // A file whose region is unknown may be any missing region's: "not received" would be false.
  const unsure = c.filesNotRead.some((f) => f.region === null);
  const found = [
    capitalise(
      w.t(`memo.findings.submittedCount.${pluralForm(w.lang, c.submitted)}`, {
        n: w.words(c.submitted),
        total: w.integer(c.eligibleCount),
      }),
    ),
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
        total: w.integer(c.eligibleCount),
        regions: w.list(outside.map((r) => w.region(r.region))),
      }),
    );
  const late = c.regions.filter((r) => r.late);
  if (late.length > 0)
    found.push(w.t("memo.findings.late", { regions: w.list(late.map((r) => w.region(r.region))) }));
  const notReady = readinessFinding(c, w);
  if (notReady !== null) found.push(notReady);
  if (c.duplicates.length > 0)
    found.push(
      w.t("memo.findings.duplicates", {
        regions: w.list(c.duplicates.map((d) => w.region(d.region))),
      }),
    );
  if (c.unassigned.length > 0)
    found.push(w.t("memo.findings.unassigned", { n: w.integer(c.unassigned.length) }));
  found.push(w.t("memo.findings.itemCount", { items: w.count("items", c.totals.items) }));
  return found;
}

/** One sentence naming the regions whose proposal is not ready (has errors); null when all are. */
function readinessFinding(c: Consolidation, w: MemoWriter): string | null {
  const flagged = c.regions.filter((r) => r.flagged);
  if (flagged.length === 0) return null;
  if (flagged.length === 1) {
    const regionOf = w.regionOf(flagged[0].region);
    if (regionOf !== null) return w.t("memo.findings.notReadyOne", { regionOf });
  }
  return w.t("memo.findings.notReady", { regions: w.list(flagged.map((r) => w.region(r.region))) });
}

/** `Kainuu (kainuu.xlsx: vioittunut)`: the region where the file's name tells it. */
function fileNotRead(f: FileNotRead, w: MemoWriter): string {
  const reason = w.t(`memo.fileReason.${fileReasonKind(f)}`);
  return f.region === null
    ? `${f.file} (${reason})`
    : `${w.region(f.region)} (${f.file}: ${reason})`;
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
    w.t("memo.findings.akkeProposed", {
      akke: w.euros(t.akkeCents),
      envelope: w.euros(t.envelopeCents),
      share: t.envelopeCents > 0 ? w.percent(t.akkeCents / t.envelopeCents, 1) : "–",
    }),
  ];
  if (t.allocatedCents > 0 && t.allocatedCents < t.envelopeCents)
    found.push(
      w.t("memo.findings.envelopeUnallocated", {
        amount: w.euros(t.envelopeCents - t.allocatedCents),
      }),
    );
  found.push(...allocationFindings(c, w));
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

/**
 * AKKE against each region's allocation, in exact euros: allocations not yet proposed for
 * items (the region sent nothing, or proposed no AKKE), allocations partly proposed, and
 * proposals over the allocation. An allocation not proposed is never "left unused".
 */
function allocationFindings(c: Consolidation, w: MemoWriter): string[] {
  const proposed = new Map(c.regions.map((r) => [r.region, r.akkeCents]));
  const none: { region: string; allocation: number }[] = [];
  const part: { region: string; allocation: number; rest: number }[] = [];
  const over: { region: string; akke: number; excess: number }[] = [];
  for (const a of w.settings.allocations) {
    if (!isEligibleRegion(a.region) || a.cents <= 0) continue;
    const akke = proposed.get(a.region) ?? 0;
    if (akke === 0) none.push({ region: a.region, allocation: a.cents });
    else if (akke < a.cents)
      part.push({ region: a.region, allocation: a.cents, rest: a.cents - akke });
    else if (akke > a.cents) over.push({ region: a.region, akke, excess: akke - a.cents });
  }
  const byRegion = (a: { region: string }, b: { region: string }): number =>
    compareRegions(a.region, b.region);
  const found: string[] = [];
  const one = <T extends { region: string }>(
    list: readonly T[],
    single: (regionOf: string, row: T) => string,
    many: (rows: readonly T[]) => string,
  ): void => {
    if (list.length === 0) return;
    const sorted = [...list].sort(byRegion);
    const regionOf = sorted.length === 1 ? w.regionOf(sorted[0].region) : null;
    found.push(regionOf !== null ? single(regionOf, sorted[0]) : many(sorted));
  };
  one(
    none,
    (regionOf, r) =>
      w.t("memo.findings.allocationNotProposedOne", {
        regionOf,
        allocation: w.exactEuros(r.allocation),
      }),
    (rows) =>
      w.t("memo.findings.allocationNotProposed", {
        regions: w.list(rows.map((r) => `${w.region(r.region)} (${w.exactEuros(r.allocation)})`)),
      }),
  );
  one(
    part,
    (regionOf, r) =>
      w.t("memo.findings.allocationPartlyProposedOne", {
        regionOf,
        allocation: w.exactEuros(r.allocation),
        amount: w.exactEuros(r.rest),
      }),
    (rows) =>
      w.t("memo.findings.allocationPartlyProposed", {
        regions: w.list(rows.map((r) => `${w.region(r.region)} ${w.exactEuros(r.rest)}`)),
      }),
  );
  one(
    over,
    (regionOf, r) =>
      w.t("memo.findings.allocationExceededOne", {
        regionOf,
        akke: w.exactEuros(r.akke),
        amount: w.exactEurosBy(r.excess),
      }),
    (rows) =>
      w.t("memo.findings.allocationExceeded", {
        regions: w.list(rows.map((r) => `${w.region(r.region)} ${w.exactEurosBy(r.excess)}`)),
      }),
  );
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
