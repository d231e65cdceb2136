import { toA1, type CellRef } from "../../model/address";
import type { PlanCell } from "../../model/cell";
import type { Lang } from "../../model/lang";
import type { RoundSettings } from "../../model/round";
import type { SheetSnapshot } from "../../model/snapshot";
import { defaultSeverity, type RuleId } from "../catalogue";
import type { Issue, Severity } from "../issue";

/** What `interpretProposal` needs besides the sheet. */
export interface ProposalContext {
  readonly file: string;
  readonly settings: RoundSettings;
  /** The `--locale` override for text numbers; null: the sheet's header language. */
  readonly locale: Lang | null;
}

export type IssueValue = Issue["value"];
export type IssueParams = Readonly<Record<string, string | number>>;

/** The findings of one sheet, collected as the rules run; the region is stamped on at the end. */
export class IssueSink {
  private readonly found: Issue[] = [];

  constructor(
    readonly file: string,
    readonly sheet: string,
  ) {}

  add(
    rule: RuleId,
    at: CellRef | null,
    value: IssueValue,
    params: IssueParams = {},
    fix: PlanCell | null = null,
    severity: Severity = defaultSeverity(rule),
  ): void {
    const cell = at === null ? null : toA1(at);
    this.found.push({
      rule,
      severity,
      file: this.file,
      sheet: this.sheet,
      cell,
      value,
      region: null,
      params,
      fix: fix !== null && cell !== null ? { sheet: this.sheet, cell, value: fix } : null,
    });
  }

  issues(region: string | null): Issue[] {
    return this.found.map((issue) => ({ ...issue, region }));
  }
}

/** Everything a rule module reads from: the sheet, its languages, the round and the sink. */
export interface Reading {
  readonly sheet: SheetSnapshot;
  /** The sheet's header language: fixes write labels in it. */
  readonly sheetLang: Lang;
  /** The language text numbers are read in. */
  readonly locale: Lang;
  readonly settings: RoundSettings;
  readonly sink: IssueSink;
}
