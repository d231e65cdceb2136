import { toA1, type CellRef } from "../../model/address";
import { isBlank, type PlanCell } from "../../model/cell";
import { centsToEuros } from "../../locale/money";
import { NUMBER_FORMATS } from "../../locale/numberFormats";
import type { FundingLine } from "../../model/round";
import type { RecognisedProposal } from "../../recognise/recognise";
import { readFundingRow, type FundingRow, type ProposalOutline } from "../../recognise/read";
import { matchKey } from "../../text/normalise";
import { FUNDING_SOURCES } from "../../vocabulary/fundingSources";
import { issueValue } from "./cells";
import type { Reading } from "./context";
import type { ItemsRead } from "./items";
import { readItemId } from "./items";
import { readAmount } from "./numbers";
import { closestLabel, readVocab } from "./vocabCells";

/** A funding row with nothing but a total (a template's SUM showing 0) is no line. */
function isEmptyLine(row: FundingRow): boolean {
  return (
    isBlank(row.itemId?.value) &&
    isBlank(row.source?.value) &&
    row.years.every((year) => isBlank(year.value))
  );
}

class FundingReader {
  private readonly itemIds: ReadonlySet<string>;
  /** Where each source's line of an item id was first seen: by source, then by id key. */
  private readonly firstLine = new Map<string, Map<string, CellRef>>();
  readonly funded = new Set<string>();

  constructor(
    private readonly r: Reading,
    private readonly read: ProposalOutline,
    private readonly items: ItemsRead,
    private readonly excelTable: boolean,
  ) {
    this.itemIds = new Set(items.items.map((f) => f.idKey).filter((key) => key !== ""));
  }

  interpret(row: FundingRow): FundingLine {
    const { r } = this;
    const itemId = this.itemId(row);
    const source = this.source(row);
    const idKey = matchKey(itemId);
    if (idKey !== "") this.funded.add(idKey);
    if (idKey !== "" && source !== null && row.itemId) {
      const at = { row: row.row, col: row.itemId.col };
      let ofSource = this.firstLine.get(source);
      if (!ofSource) {
        ofSource = new Map();
        this.firstLine.set(source, ofSource);
      }
      const first = ofSource.get(idKey);
      if (first)
        r.sink.add("FUND-DUPLICATE-LINE", at, itemId, {
          id: itemId,
          source: issueValue(row.source?.value)?.toString() ?? source,
          first: toA1(first),
        });
      else ofSource.set(idKey, at);
    }

    const years: { year: number; cents: number }[] = [];
    let complete = true;
    for (const cell of row.years) {
      const header = this.read.fundingYears.find((y) => y.col === cell.col)?.header ?? "";
      const amount = readAmount(r, { row: row.row, col: cell.col }, cell.value, {
        header,
        scale: cell.scale,
      });
      if (amount.kind === "unusable") complete = false;
      if (amount.kind !== "amount") continue;
      const same = years.find((y) => y.year === cell.year);
      if (same) same.cents += amount.cents;
      else years.push({ year: cell.year, cents: amount.cents });
    }
    years.sort((a, b) => a.year - b.year);
    const totalCents = years.reduce((sum, y) => sum + y.cents, 0);
    this.total(row, complete, totalCents);
    return {
      source: { file: r.sink.file, sheet: r.sink.sheet, row: row.row },
      itemId,
      fundingSource: source,
      years,
      totalCents,
    };
  }

  /** ITEM-ID-DATE on a funding row's id, FUND-ITEM-UNKNOWN. */
  private itemId(row: FundingRow): string {
    if (!row.itemId) return "";
    const at = { row: row.row, col: row.itemId.col };
    const cell = row.itemId.value;
    if (cell.kind === "error") return "";
    if (isBlank(cell)) {
      this.r.sink.add("FUND-ITEM-UNKNOWN", at, null, { variant: "missing", id: "" });
      return "";
    }
    const id = readItemId(this.r, at, cell);
    if (this.items.hasIdColumn && !this.itemIds.has(matchKey(id)))
      this.r.sink.add("FUND-ITEM-UNKNOWN", at, id, { id });
    return id;
  }

  /** FUND-SOURCE-INVALID: empty or not a funding source (fix: the closest, when close). */
  private source(row: FundingRow): string | null {
    if (!row.source) return null;
    const at = { row: row.row, col: row.source.col };
    const found = readVocab(this.r, at, row.source.value, FUNDING_SOURCES);
    if (found.kind === "blank")
      this.r.sink.add("FUND-SOURCE-INVALID", at, null, { variant: "missing", value: "" });
    if (found.kind !== "value") return null;
    if (found.code === null) {
      const label = closestLabel(FUNDING_SOURCES, found.raw, this.r.sheetLang);
      this.r.sink.add(
        "FUND-SOURCE-INVALID",
        at,
        issueValue(row.source.value),
        { value: found.raw },
        label === null ? null : { kind: "text", text: label },
      );
    }
    return found.code;
  }

  /**
   * FUND-TOTAL-MISMATCH: the sheet's total against the sum of the years, when every year
   * could be read (fix: the years' sum). An empty total is no total: a formula written outside Excel has no cached
   * value until Excel calculates it, and a blank total states nothing to contradict.
   */
  private total(row: FundingRow, complete: boolean, sum: number): void {
    const total = row.total;
    if (!total) return;
    const at = { row: row.row, col: total.col };
    const amount = readAmount(this.r, at, total.value, {
      header: this.read.fundingColumns.total?.header ?? "",
      scale: total.scale,
    });
    if (!complete || amount.kind === "unusable") return;
    if (amount.kind === "blank") return;
    const cents = amount.kind === "amount" ? amount.cents : 0;
    if (cents === sum) return;
    // The fix sets the total to the years' sum, in the column's unit; the other choice is
    // to leave the total as written and correct the years instead (the message says so).
    const scale = total.scale;
    const fix: PlanCell | null =
      scale === 1
        ? { kind: "number", value: sum / 100, format: NUMBER_FORMATS.euros }
        : scale === 1_000 || scale === 1_000_000
          ? { kind: "number", value: sum / (100 * scale) }
          : null;
    this.r.sink.add(
      "FUND-TOTAL-MISMATCH",
      at,
      centsToEuros(cents),
      {
        totalEuros: centsToEuros(cents),
        sumEuros: centsToEuros(sum),
        differenceEuros: centsToEuros(cents - sum),
      },
      fix,
    );
  }
}

/** Funding lines and their rules, then FUND-ITEM-UNFUNDED per item without a line. */
export function interpretFunding(
  r: Reading,
  read: ProposalOutline,
  recognised: RecognisedProposal,
  items: ItemsRead,
): FundingLine[] {
  const table = recognised.funding;
  const reader = new FundingReader(r, read, items, table?.excelTable != null);
  const lines: FundingLine[] = [];
  if (table)
    for (const row of table.dataRows) {
      const cells = readFundingRow(r.sheet, table, row);
      if (!isEmptyLine(cells)) lines.push(reader.interpret(cells));
    }
  for (const facts of items.items) {
    if (facts.idKey === "" || reader.funded.has(facts.idKey)) continue;
    const { level, discussionStatus } = facts.item;
    const pressing = discussionStatus === "agreed" && (level === "regional" || level === "both");
    r.sink.add(
      "FUND-ITEM-UNFUNDED",
      facts.idCell,
      facts.item.itemId,
      { id: facts.item.itemId },
      null,
      pressing ? "warning" : "info",
    );
  }
  return lines;
}
