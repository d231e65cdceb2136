import type { SheetSpec } from "../model/plan";

/** What a generated sheet holds, before it is given its name and mode. */
export type SheetContent = Pick<
  SheetSpec,
  "blocks" | "tables" | "freeze" | "columnWidths" | "charts"
>;
