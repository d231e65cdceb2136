import type { PlanCell } from "../model/cell";

export type Severity = "error" | "warning" | "info";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** The value to write to mend an issue: one cell of a source sheet. */
export interface Fix {
  readonly sheet: string;
  /** A1 */
  readonly cell: string;
  readonly value: PlanCell;
}

/**
 * One finding of the rule engine (docs/design.md § 6). The message is rendered in the UI
 * language from the rule's message key and `params`, so one run serves every language.
 */
export interface Issue {
  readonly rule: string;
  readonly severity: Severity;
  readonly file: string;
  readonly sheet: string | null;
  /** A1, or null for region-level and file-level rules. */
  readonly cell: string | null;
  /** The offending value as found (amounts in euros). */
  readonly value: string | number | boolean | null;
  /** The region the issue belongs to, when known (canonical code). */
  readonly region: string | null;
  readonly params: Readonly<Record<string, string | number>>;
  readonly fix: Fix | null;
}
