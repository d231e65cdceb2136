import { centsToEuros } from "../../locale/money";
import type { CellRef } from "../../model/address";
import { isBlank, type CellValue } from "../../model/cell";
import type { Lang } from "../../model/lang";
import type { Allocation } from "../../model/round";
import { labelsFor } from "../../recognise/labels";
import type { CellAt, SettingsRead } from "../../recognise/read";
import {
  ELIGIBLE_REGION_CODES,
  isEligibleRegion,
  lookup,
  REGIONS,
  suggest,
} from "../../vocabulary";
import type { Issue } from "../issue";
import { foundValue, readSettingsAmount, readShare } from "./cellReading";
import { cellText } from "../proposal/cells";
import { makeIssue, notNumberIssue } from "./issues";

export interface AllocationContext {
  readonly file: string;
  /** Language numbers typed as text are read in. */
  readonly locale: Lang;
  readonly envelopeCents: number;
  /** The envelope's value cell, where the envelope totals are reported. */
  readonly envelopeAt: CellRef | null;
}

export interface AllocationResult {
  readonly allocations: readonly Allocation[];
  readonly issues: readonly Issue[];
}

/** A share may differ from allocation ÷ envelope by this much (0.01 percentage points). */
export const SHARE_TOLERANCE = 0.0001;

/** The allocation table and the ALLOC-* rules (docs/design.md § 5.3, § 6). Sums are in cents. */
export function interpretAllocation(
  read: SettingsRead,
  context: AllocationContext,
): AllocationResult {
  const { file, locale, envelopeCents } = context;
  const lang = read.lang;
  const issues: Issue[] = [];
  const at = (row: number, cell: CellAt | undefined): CellRef | null =>
    cell ? { row, col: cell.col } : null;
  const issue = (
    rule: Parameters<typeof makeIssue>[0],
    ref: CellRef | null,
    region: string | null,
    detail: Parameters<typeof makeIssue>[2],
  ) => issues.push(makeIssue(rule, { file, sheet: read.sheet, at: ref, region }, detail));
  const notNumber = (
    cell: CellValue | undefined,
    ref: CellRef | null,
    region: string | null,
    detail: Parameters<typeof notNumberIssue>[2],
    derived = false,
  ) =>
    issues.push(
      notNumberIssue(cell, { file, sheet: read.sheet, at: ref, region }, detail, derived),
    );

  const allocations: Allocation[] = [];
  const shares: { row: number; cell: CellAt; share: number; cents: number; region: string }[] = [];
  const seen = new Set<string>();
  const allocationScale = read.allocationColumns.allocation?.scale ?? 1;

  for (const row of read.allocation) {
    const regionCell = row.cells.region;
    const amountCell = row.cells.allocation;
    const rawRegion = cellText(regionCell?.value);
    if (rawRegion === "" && isBlank(amountCell?.value)) continue;

    const region = lookup(REGIONS, rawRegion);
    if (region === null) {
      const near = rawRegion === "" ? null : suggest(REGIONS, rawRegion, lang);
      issue("ALLOC-REGION-UNKNOWN", at(row.row, regionCell), null, {
        value: foundValue(regionCell?.value),
        fix: near ? { kind: "text", text: near.label } : null,
      });
      continue;
    }
    if (seen.has(region)) {
      issue("ALLOC-REGION-DUPLICATE", at(row.row, regionCell), region, {
        value: foundValue(regionCell?.value),
        params: { region },
      });
      continue;
    }
    seen.add(region);

    // A region listed without an amount is not yet allocated: the fresh settings template.
    if (isBlank(amountCell?.value)) {
      if (isEligibleRegion(region)) {
        issue("ALLOC-REGION-MISSING", at(row.row, amountCell), region, { params: { region } });
      }
      continue;
    }

    const amount = readSettingsAmount(amountCell?.value, locale, allocationScale);
    if (!amount.ok) {
      notNumber(amountCell?.value, at(row.row, amountCell), region, {
        value: foundValue(amountCell?.value),
        params: { region, reason: amount.reason },
      });
      continue;
    }
    const notWhole = amount.cents >= 0 && (amount.fractionOfCent || amount.cents % 100 !== 0);
    // One cell, one fix: a text amount with cents is fixed straight to whole euros.
    const wholeEuros = Math.round(amount.cents / 100);
    const wholeFix = { kind: "number", value: wholeEuros / allocationScale } as const;
    if (amount.fromText !== null) {
      issue("CELL-NUMBER-AS-TEXT", at(row.row, amountCell), region, {
        value: foundValue(amountCell?.value),
        params: { column: labelsFor("allocation", lang), number: amount.fromText },
        fix: notWhole ? wholeFix : { kind: "number", value: amount.fromText },
      });
    }
    if (amount.cents < 0) {
      issue("ALLOC-NEGATIVE", at(row.row, amountCell), region, {
        value: centsToEuros(amount.cents),
        params: { region, amountEuros: centsToEuros(amount.cents) },
      });
      continue;
    }
    if (notWhole) {
      issue("ALLOC-CENTS", at(row.row, amountCell), region, {
        value: foundValue(amountCell?.value),
        params: { region, amountEuros: centsToEuros(amount.cents), wholeEuros },
        fix: wholeFix,
      });
    }

    const maxShareCell = row.cells.maxShare;
    let maxShare: number | null = null;
    if (maxShareCell && !isBlank(maxShareCell.value)) {
      const read = readShare(maxShareCell.value, locale);
      if (read.ok && read.share >= 0 && read.share <= 1) maxShare = read.share;
      else
        notNumber(maxShareCell.value, at(row.row, maxShareCell), region, {
          value: foundValue(maxShareCell.value),
          params: { variant: "field", field: labelsFor("maxShare", lang), region },
        });
    }
    allocations.push({ region, cents: amount.cents, maxShare });

    const shareCell = row.cells.share;
    if (shareCell && !isBlank(shareCell.value)) {
      const read = readShare(shareCell.value, locale);
      if (read.ok)
        shares.push({
          row: row.row,
          cell: shareCell,
          share: read.share,
          cents: amount.cents,
          region,
        });
      else
        notNumber(
          shareCell.value,
          at(row.row, shareCell),
          region,
          {
            value: foundValue(shareCell.value),
            params: { variant: "field", field: labelsFor("share", lang), region },
          },
          true,
        );
    }
  }

  for (const s of shares) {
    if (envelopeCents <= 0) break;
    const expected = s.cents / envelopeCents;
    if (Math.abs(s.share - expected) > SHARE_TOLERANCE + 1e-12) {
      issue("ALLOC-SHARE-MISMATCH", { row: s.row, col: s.cell.col }, s.region, {
        value: foundValue(s.cell.value),
        params: { region: s.region, sharePercent: s.share, expectedPercent: expected },
        fix: { kind: "number", value: expected, format: "0.00 %" },
      });
    }
  }

  const totalCents = allocations.reduce((sum, a) => sum + a.cents, 0);
  const envelope = {
    totalEuros: centsToEuros(totalCents),
    envelopeEuros: centsToEuros(envelopeCents),
  };
  if (totalCents > envelopeCents) {
    issue("ALLOC-OVER-ENVELOPE", context.envelopeAt, null, {
      value: centsToEuros(totalCents),
      params: { ...envelope, excessEuros: centsToEuros(totalCents - envelopeCents) },
    });
  } else if (totalCents < envelopeCents) {
    issue("ALLOC-UNDER-ENVELOPE", context.envelopeAt, null, {
      value: centsToEuros(totalCents),
      params: { ...envelope, remainderEuros: centsToEuros(envelopeCents - totalCents) },
    });
  }

  for (const region of ELIGIBLE_REGION_CODES) {
    if (!seen.has(region)) issue("ALLOC-REGION-MISSING", null, region, { params: { region } });
  }
  return { allocations, issues };
}
