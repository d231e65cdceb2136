import { toA1, type CellRef } from "../../model/address";
import type { CellValue, PlanCell } from "../../model/cell";
import { defaultSeverity, type RuleId } from "../catalogue";
import type { Issue, Severity } from "../issue";
import { unreadableCellRule } from "../unreadableCells";

/** Where an issue lies: the cell is null for region-level and file-level findings. */
export interface IssuePlace {
  readonly file: string;
  readonly sheet: string | null;
  readonly at: CellRef | null;
  readonly region: string | null;
}

export interface IssueDetail {
  readonly value?: Issue["value"];
  readonly params?: Issue["params"];
  /** The value to write at the issue's own cell. */
  readonly fix?: PlanCell | null;
  readonly severity?: Severity;
}

export function makeIssue(rule: RuleId, place: IssuePlace, detail: IssueDetail = {}): Issue {
  const cell = place.at === null ? null : toA1(place.at);
  const fix = detail.fix ?? null;
  return {
    rule,
    severity: detail.severity ?? defaultSeverity(rule),
    file: place.file,
    sheet: place.sheet,
    cell,
    value: detail.value ?? null,
    region: place.region,
    params: detail.params ?? {},
    fix:
      fix !== null && cell !== null && place.sheet !== null
        ? { sheet: place.sheet, cell, value: fix }
        : null,
  };
}

/**
 * ALLOC-NOT-NUMBER for a settings cell that is not a number; where the file does not hold
 * the cell's value at all, the unreadable-cell rule instead, which says why (`derived`: a
 * cell whose value follows from others, told as info).
 */
export function notNumberIssue(
  cell: CellValue | undefined,
  place: IssuePlace,
  detail: IssueDetail,
  derived = false,
): Issue {
  const unreadable = unreadableCellRule(cell);
  if (!unreadable) return makeIssue("ALLOC-NOT-NUMBER", place, detail);
  // A share follows from the allocation and the envelope: a formula there loses nothing.
  return derived && unreadable.rule === "CELL-FORMULA-NO-VALUE"
    ? makeIssue(unreadable.rule, place, {
        value: detail.value,
        params: { ...unreadable.params, variant: "derived" },
        severity: "info",
      })
    : makeIssue(unreadable.rule, place, { value: detail.value, params: unreadable.params });
}
