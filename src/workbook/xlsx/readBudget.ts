/**
 * What one file may cost the reader, counted against what is really in it (docs/intake.md):
 * cells as they are parsed, the slots of the grids the snapshot will hold, and time.
 */
import { XlsxReadError } from "./errors";
import type { FileLimits } from "./fileLimits";

export class ReadBudget {
  /** Cells of the whole file so far. */
  cells = 0;
  /** Once over the file's cell limit, cells are only counted, to report the real number. */
  countingOnly = false;
  private gridSlots = 0;
  private strings = 0;
  private readonly deadline: number;

  constructor(
    readonly limits: FileLimits,
    private readonly fileName: string,
    private readonly now: () => number = Date.now,
  ) {
    this.deadline = now() + limits.maxReadMs;
  }

  /** Counts one cell of the file; past the limit, the reader only counts. */
  countCell(): void {
    this.cells++;
    if (this.cells > this.limits.maxCells) this.countingOnly = true;
    if ((this.cells & 0x3ff) === 0) this.checkTime();
  }

  /** Counts one shared string, for the time check. */
  countString(): void {
    if ((++this.strings & 0x3ff) === 0) this.checkTime();
  }

  /** Slots the snapshot's grids take; refused past the limit (a sheet spread too wide). */
  addSlots(slots: number, sheet: string): void {
    this.gridSlots += slots;
    if (this.gridSlots > this.limits.maxGridSlots)
      this.refuse({
        code: "sheet-too-large",
        sheet,
        cells: this.gridSlots,
        limit: this.limits.maxGridSlots,
      });
  }

  checkTime(): void {
    const now = this.now();
    if (now > this.deadline) {
      const limit = this.limits.maxReadMs / 1000;
      this.refuse({
        code: "timed-out",
        seconds: Math.round((now - this.deadline) / 1000 + limit),
        limit,
      });
    }
  }

  refuse(reason: ConstructorParameters<typeof XlsxReadError>[0]): never {
    throw new XlsxReadError(reason, this.fileName);
  }
}
