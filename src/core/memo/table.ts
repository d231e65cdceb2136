import type { MemoWriter } from "./format";
import { EURO_UNIT, roundedPartsDiffer, TENTH_MILLION_UNIT } from "./rounding";
import type { MemoColumn, MemoTable } from "./types";

/** What a column holds: text, a count, or cents shown in euros or in millions. */
export type ColumnKind = "text" | "count" | "euros" | "millions";

export interface ColumnSpec<R> {
  /** The header without its unit; money columns get `(€)` or `(milj. €)` added. */
  readonly label: string;
  readonly kind: ColumnKind;
  /** Text for text columns; a number (null: shown as a dash) for the others. */
  readonly value: (row: R) => string | number | null;
  /** The total row's cell: the column's sum, or a fixed text (default empty). */
  readonly total?: "sum" | string;
}

/** The first column: each row's name, and the total row's label. */
export function nameColumn<R>(
  w: MemoWriter,
  label: string,
  value: (row: R) => string,
): ColumnSpec<R> {
  return { label, kind: "text", value, total: w.t("memo.total") };
}

/** A count or money column whose total row shows the column's sum. */
export function sumColumn<R>(
  label: string,
  kind: Exclude<ColumnKind, "text">,
  value: (row: R) => number | null,
): ColumnSpec<R> {
  return { label, kind, value, total: "sum" };
}

const DASH = "–";
const FOOTNOTE_MARK = "*";

/**
 * A table of formatted cells. When rounding makes any money column's shown parts add up to
 * something else than its shown total, the total row is marked and a footnote explains it.
 */
export function buildTable<R>(
  w: MemoWriter,
  columns: readonly ColumnSpec<R>[],
  rows: readonly R[],
  withTotal: boolean,
): MemoTable {
  const head: MemoColumn[] = columns.map((c) => ({
    header: header(w, c),
    align: c.kind === "text" ? "left" : "right",
  }));
  const body = rows.map((row) => columns.map((c) => cell(w, c.kind, c.value(row))));
  if (!withTotal) return { columns: head, rows: body, total: null, footnote: null };

  let rounded = false;
  const total = columns.map((c) => {
    if (c.total !== "sum") return c.total ?? "";
    const parts = rows.map((row) => c.value(row)).filter((v): v is number => typeof v === "number");
    const sum = parts.reduce((s, v) => s + v, 0);
    const unit = c.kind === "euros" ? EURO_UNIT : c.kind === "millions" ? TENTH_MILLION_UNIT : 0;
    if (unit > 0 && roundedPartsDiffer(parts, sum, unit)) rounded = true;
    return cell(w, c.kind, sum);
  });
  if (rounded) total[0] = `${total[0]}${FOOTNOTE_MARK}`;
  return {
    columns: head,
    rows: body,
    total,
    footnote: rounded ? `${FOOTNOTE_MARK} ${w.t("memo.footnote.rounding")}` : null,
  };
}

function header<R>(w: MemoWriter, column: ColumnSpec<R>): string {
  if (column.kind === "euros") return w.t("memo.unit.euro", { label: column.label });
  if (column.kind === "millions") return w.t("memo.unit.millions", { label: column.label });
  return column.label;
}

function cell(w: MemoWriter, kind: ColumnKind, value: string | number | null): string {
  if (value === null) return DASH;
  if (typeof value === "string") return value;
  if (kind === "euros") return w.euroCell(value);
  if (kind === "millions") return w.millionCell(value);
  return w.integer(value);
}
