import type { CellValue, PlanCell } from "./cell";
import type { WritePlan } from "./plan";
import type { RegistryRole, RegistryRow } from "./snapshot";
import { matchKey } from "../text/normalise";
import { sheetNameKey } from "./sheetNames";

/** The header row of the `_ra` registry table, in column order. */
export const REGISTRY_COLUMNS = ["sheet", "role", "hash", "schemaVersion", "time"] as const;

/** The name of the one table on the `_ra` sheet. */
export const REGISTRY_TABLE = "ra_registry";

const ROLES: readonly RegistryRole[] = ["generated", "backup", "lists", "log", "memo"];

export function registryCells(rows: readonly RegistryRow[]): PlanCell[][] {
  const header: PlanCell[] = REGISTRY_COLUMNS.map((text) => ({ kind: "text", text }));
  return [
    header,
    ...rows.map((row): PlanCell[] => [
      { kind: "text", text: row.sheet },
      { kind: "text", text: row.role },
      { kind: "text", text: row.hash },
      { kind: "number", value: row.schemaVersion },
      { kind: "text", text: row.time },
    ]),
  ];
}

/** Rows of the registry sheet's cells; rows that are not a registration are skipped. */
export function registryRows(cells: readonly (readonly CellValue[])[]): RegistryRow[] {
  const [header = [], ...body] = cells;
  const column = new Map<string, number>();
  header.forEach((cell, index) => {
    if (cell.kind === "text") column.set(matchKey(cell.text), index);
  });
  const at = (
    row: readonly CellValue[],
    name: (typeof REGISTRY_COLUMNS)[number],
  ): CellValue | undefined => {
    const index = column.get(matchKey(name));
    return index === undefined ? undefined : row[index];
  };
  const rows: RegistryRow[] = [];
  for (const row of body) {
    const sheet = asText(at(row, "sheet"));
    const role = ROLES.find((candidate) => candidate === asText(at(row, "role")).trim());
    if (sheet === "" || role === undefined) continue;
    const version = at(row, "schemaVersion");
    rows.push({
      sheet,
      role,
      hash: asText(at(row, "hash")),
      schemaVersion: version?.kind === "number" ? version.value : Number(asText(version)) || 0,
      time: asText(at(row, "time")),
    });
  }
  return rows;
}

function asText(cell: CellValue | undefined): string {
  if (cell === undefined) return "";
  switch (cell.kind) {
    case "text":
      return cell.text;
    case "number":
      return String(cell.value);
    case "boolean":
      return cell.value ? "TRUE" : "FALSE";
    case "date":
      return new Date(Math.round((cell.serial - 25569) * 86_400_000)).toISOString();
    default:
      return "";
  }
}

/**
 * The registry after a plan: rows of deleted or unregistered sheets dropped, renamed sheets
 * followed, the plan's rows replacing (by sheet name, ignoring case) or joining the rest.
 * Existing order kept, new rows appended in plan order.
 */
export function mergeRegistry(existing: readonly RegistryRow[], plan: WritePlan): RegistryRow[] {
  const renames = new Map((plan.renames ?? []).map((r) => [sheetNameKey(r.from), r.to]));
  const dropped = new Set(
    [...(plan.deleteSheets ?? []), ...(plan.unregister ?? [])].map(sheetNameKey),
  );
  let rows = existing.map((row) => {
    const to = renames.get(sheetNameKey(row.sheet));
    return to === undefined ? row : { ...row, sheet: to };
  });
  rows = rows.filter((row) => !dropped.has(sheetNameKey(row.sheet)));
  for (const row of plan.registry ?? []) {
    const index = rows.findIndex((r) => sheetNameKey(r.sheet) === sheetNameKey(row.sheet));
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
