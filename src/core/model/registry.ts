import type { CellValue, PlanCell } from "./cell";
import type { WritePlan } from "./plan";
import type { RegistryRow } from "./snapshot";

/** The header row of the `_ra` registry table, in column order. */
export const REGISTRY_COLUMNS = ["sheet", "role", "hash", "schemaVersion", "time"] as const;

/**
 * The registry after a plan: rows of deleted or unregistered sheets dropped, renamed sheets
 * followed, the plan's rows replacing (by sheet name, ignoring case) or joining the rest.
 * Existing order kept, new rows appended in plan order.
 */
export function mergeRegistry(existing: readonly RegistryRow[], plan: WritePlan): RegistryRow[] {
  const key = (name: string): string => name.toLowerCase();
  const renames = new Map((plan.renames ?? []).map((r) => [key(r.from), r.to]));
  const dropped = new Set([...(plan.deleteSheets ?? []), ...(plan.unregister ?? [])].map(key));
  let rows = existing.map((row) => {
    const to = renames.get(key(row.sheet));
    return to === undefined ? row : { ...row, sheet: to };
  });
  rows = rows.filter((row) => !dropped.has(key(row.sheet)));
  for (const row of plan.registry ?? []) {
    const index = rows.findIndex((r) => key(r.sheet) === key(row.sheet));
    if (index >= 0) rows[index] = row;
    else rows.push(row);
  }
  return rows;
}

type Hashable = CellValue | PlanCell;

function canonical(cell: Hashable): string {
  switch (cell.kind) {
    case "empty":
      return "";
    case "text":
      return `t:${cell.text}`;
    case "number":
      return `n:${cell.value}`;
    case "boolean":
      return `b:${cell.value ? 1 : 0}`;
    case "date":
      return `d:${cell.serial}`;
    case "error":
      return `e:${cell.code}`;
    case "formula":
      return `f:${cell.formula}`;
  }
}

/**
 * A stable hash (FNV-1a, 32 bits, hex) of a grid of cells, so an edited generated sheet can
 * be told apart. Trailing empty cells and rows do not change it, so a sheet read back from
 * its used range hashes the same as the plan that wrote it.
 */
export function hashValues(cells: readonly (readonly Hashable[])[]): string {
  const rows = cells.map((row) => {
    const parts = row.map(canonical);
    while (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
    return parts.map((part) => part.replace(/[\\|]/g, "\\$&")).join("|");
  });
  while (rows.length > 0 && rows[rows.length - 1] === "") rows.pop();
  const text = rows.join("\n");
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
