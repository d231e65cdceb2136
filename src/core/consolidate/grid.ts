import type { PlanCell } from "../model/cell";
import type { CellBlock } from "../model/plan";
import { EMPTY_CELL } from "./cells";

/** Rows of a generated sheet, written top-down from A1 and emitted as one block. */
export class Grid {
  private readonly rows: PlanCell[][] = [];

  /** Zero-based index of the next row. */
  get next(): number {
    return this.rows.length;
  }

  add(row: readonly PlanCell[]): number {
    this.rows.push([...row]);
    return this.rows.length - 1;
  }

  blank(): void {
    this.rows.push([]);
  }

  /** The rows padded to one width: a rectangle from A1. */
  block(): CellBlock {
    const width = Math.max(1, ...this.rows.map((r) => r.length));
    const cells = this.rows.map((r) => [
      ...r,
      ...Array.from({ length: width - r.length }, () => EMPTY_CELL),
    ]);
    return { topLeft: "A1", cells };
  }
}
