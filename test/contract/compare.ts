/**
 * The comparison of a contract run: every difference between the implementations as one
 * line, except those `EXPECTED_DIFFERENCES` names.
 */
import { parseRangeA1, rangeToA1, toA1 } from "../../src/core/model/address";
import { hyperlinkLabel } from "../../src/core/model/applyPlan";
import type { CellValue } from "../../src/core/model/cell";
import { nameAfterRenames, type WritePlan } from "../../src/core/model/plan";
import { REGISTRY_SHEET, type WorkbookSnapshot } from "../../src/core/model/snapshot";
import type { FileFeatures } from "./fileFeatures";
import type { ContractRun } from "./run";

type Side = "office" | "xlsx" | "core";

const isRegistry = (name: string): boolean => name.toLowerCase() === REGISTRY_SHEET.toLowerCase();
const show = (value: unknown): string => {
  const json = JSON.stringify(value) ?? "undefined";
  return json.length > 120 ? `${json.slice(0, 117)}...` : json;
};

/** Non-empty cells by `Sheet!A1`, with the number format the snapshot read for each. */
function cellMap(
  snapshot: WorkbookSnapshot,
  keep: (sheet: string) => boolean,
): Map<string, { value: CellValue; format: string }> {
  const map = new Map<string, { value: CellValue; format: string }>();
  for (const sheet of snapshot.sheets) {
    if (!keep(sheet.name)) continue;
    sheet.cells.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value.kind === "empty") return;
        const format = sheet.numberFormats?.[r]?.[c] ?? "General";
        map.set(`${sheet.name}!${toA1({ row: r, col: c })}`, { value, format });
      }),
    );
  }
  return map;
}

/** Every cell the plan writes (not "outside a ragged row"), by its sheet's final name. */
export function writtenCells(
  plan: WritePlan,
): Map<string, { sheet: string; row: number; col: number; formula: string | null }> {
  const written = new Map<
    string,
    { sheet: string; row: number; col: number; formula: string | null }
  >();
  const blocks = [
    ...(plan.sheets ?? []).map((s) => ({ sheet: s.name, blocks: s.blocks })),
    // Edits name a sheet as it was before the write; it is read back under its new name.
    ...(plan.edits ?? []).map((e) => ({
      sheet: nameAfterRenames(plan, e.sheet),
      blocks: e.blocks,
    })),
  ];
  for (const { sheet, blocks: list } of blocks)
    for (const block of list) {
      const origin = /^([A-Z]+)(\d+)$/.exec(block.topLeft);
      if (!origin) continue;
      const top = Number(origin[2]) - 1;
      const left = [...origin[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      block.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          const where = { row: top + r, col: left + c };
          written.set(`${sheet}!${toA1(where)}`, {
            sheet,
            ...where,
            formula: cell.kind === "formula" ? cell.formula : null,
          });
        }),
      );
    }
  return written;
}

function compareLists(label: string, values: Record<Side, unknown>, out: string[]): void {
  const base = show(values.office);
  for (const side of ["xlsx", "core"] as const) {
    if (!(side in values) || values[side] === undefined) continue;
    if (
      show(values[side]) !== base ||
      JSON.stringify(values[side]) !== JSON.stringify(values.office)
    )
      out.push(`${label}: office ${base} ≠ ${side} ${show(values[side])}`);
  }
}

function sheetsOf(snapshot: WorkbookSnapshot, withRegistry: boolean) {
  return snapshot.sheets
    .filter((s) => withRegistry || !isRegistry(s.name))
    .map((s) => ({ name: s.name, visibility: s.visibility, protected: s.isProtected }));
}

function tablesOf(snapshot: WorkbookSnapshot, withRegistry: boolean) {
  return snapshot.sheets
    .filter((s) => withRegistry || !isRegistry(s.name))
    .flatMap((s) =>
      s.tables.map((t) => ({
        sheet: s.name,
        name: t.name,
        range: rangeToA1(t.range),
        headers: t.showHeaders,
      })),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}

function compareCells(run: ContractRun, out: string[]): void {
  const office = cellMap(run.office, () => true);
  const xlsx = cellMap(run.xlsx, () => true);
  // registryAsRows: the in-browser snapshot has no `_ra` sheet.
  const core = cellMap(run.core, (name) => !isRegistry(name));
  const keys = new Set([...office.keys(), ...xlsx.keys(), ...core.keys()]);
  const empty = { value: { kind: "empty" } as CellValue, format: "" };
  const written = writtenCells(run.plan);
  for (const key of [...keys].sort()) {
    const sheet = key.slice(0, key.lastIndexOf("!"));
    const o = office.get(key) ?? empty;
    const x = xlsx.get(key) ?? empty;
    const c = isRegistry(sheet) ? undefined : (core.get(key) ?? empty);
    const formula = run.officeFile.formulas.get(key);
    const isLink = formula !== undefined && hyperlinkLabel(formula) !== null;
    if (formula !== undefined && !isLink) {
      // calculatedFormulas: the file caches what Excel calculates; the snapshot has no engine.
      if (show(x.value) !== show(o.value))
        out.push(
          `cell ${key} (formula ${formula}): xlsx ${show(x.value)} ≠ office ${show(o.value)}`,
        );
      continue;
    }
    compareLists(`cell ${key}`, { office: o.value, xlsx: x.value, core: c?.value }, out);
    const formats = {
      office: o.format,
      xlsx: x.value.kind === "empty" ? undefined : x.format,
      core: c === undefined || c.value.kind === "empty" ? undefined : c.format,
    };
    // basisRebuiltFromValues: a link the basis held is its label in the file, written as text.
    const rebuiltLink = isLink && written.get(key)?.formula == null;
    if (o.value.kind !== "empty" && !rebuiltLink)
      compareLists(`number format ${key}`, formats, out);
  }
}

function coreFormat(snapshot: WorkbookSnapshot, sheet: string, row: number, col: number) {
  const found = snapshot.sheets.find((s) => s.name === sheet);
  if (!found || row >= found.cells.length || col >= (found.cells[row]?.length ?? 0))
    return undefined;
  return found.numberFormats?.[row]?.[col] ?? "General";
}

/** Formats and formulas of every cell the plan writes, as the files hold them. */
function compareWritten(run: ContractRun, out: string[]): void {
  for (const [key, cell] of writtenCells(run.plan)) {
    compareLists(
      `written format ${key}`,
      {
        office: run.officeFile.formatAt(cell.sheet, cell.row, cell.col),
        xlsx: run.xlsxFile.formatAt(cell.sheet, cell.row, cell.col),
        core: coreFormat(run.core, cell.sheet, cell.row, cell.col),
      },
      out,
    );
  }
  const written = writtenCells(run.plan);
  // Number formats over ranges reach empty cells the blocks do not write.
  for (const spec of run.plan.sheets ?? [])
    for (const { range } of spec.rangeFormats ?? []) {
      const area = parseRangeA1(range);
      if (!area) {
        out.push(`range format ${spec.name}!${range}: not a range`);
        continue;
      }
      for (let row = area.top; row <= area.bottom; row++)
        for (let col = area.left; col <= area.right; col++) {
          if (written.has(`${spec.name}!${toA1({ row, col })}`)) continue;
          compareLists(
            `range format ${spec.name}!${toA1({ row, col })}`,
            {
              office: run.officeFile.formatAt(spec.name, row, col),
              xlsx: run.xlsxFile.formatAt(spec.name, row, col),
              core: coreFormat(run.core, spec.name, row, col),
            },
            out,
          );
        }
    }
  const keys = new Set([...run.officeFile.formulas.keys(), ...run.xlsxFile.formulas.keys()]);
  for (const key of [...keys].sort()) {
    const inOffice = run.officeFile.formulas.get(key);
    const inFile = run.xlsxFile.formulas.get(key);
    // basisRebuiltFromValues: formulas of the sheets already there are values in the file.
    if (inFile === undefined && written.get(key)?.formula == null) continue;
    if (inOffice !== inFile)
      out.push(`formula ${key}: office ${show(inOffice)} ≠ xlsx ${show(inFile)}`);
  }
}

function builtSheets(plan: WritePlan): Set<string> {
  return new Set((plan.sheets ?? []).map((s) => s.name));
}

function restrict<V>(map: ReadonlyMap<string, V>, keep: (key: string) => boolean): Map<string, V> {
  return new Map([...map].filter(([key]) => keep(key)).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Validations, fills, names, frozen panes, widths and markers: the fake Excel against the file
 * (formattingOutsideSnapshots: the in-browser snapshot holds none of them).
 */
function compareFileFeatures(run: ContractRun, out: string[]): void {
  const built = builtSheets(run.plan);
  const onBuilt = (key: string) => built.has(key.slice(0, key.lastIndexOf("!")));
  const pair = (
    label: string,
    office: ReadonlyMap<string, unknown>,
    xlsx: ReadonlyMap<string, unknown>,
  ) => {
    for (const key of new Set([...office.keys(), ...xlsx.keys()]))
      if (
        show(office.get(key)) !== show(xlsx.get(key)) ||
        JSON.stringify(office.get(key)) !== JSON.stringify(xlsx.get(key))
      )
        out.push(`${label} ${key}: office ${show(office.get(key))} ≠ xlsx ${show(xlsx.get(key))}`);
  };
  const of = (file: FileFeatures) => ({
    validations: restrict(file.validations, onBuilt),
    fills: restrict(file.fills, onBuilt),
    names: restrict(file.names, (name) => onBuilt(file.names.get(name) ?? "")),
    freeze: restrict(file.freeze, (sheet) => built.has(sheet)),
    markers: file.markers,
  });
  const office = of(run.officeFile);
  const xlsx = of(run.xlsxFile);
  pair("validation", office.validations, xlsx.validations);
  pair("fill", office.fills, xlsx.fills);
  pair("name", office.names, xlsx.names);
  pair("freeze", office.freeze, xlsx.freeze);
  pair("markers", office.markers, xlsx.markers);
  pair(
    "unlocked cell",
    restrict(run.officeFile.unlocked, onBuilt),
    restrict(run.xlsxFile.unlocked, onBuilt),
  );
  const widths = new Set([...run.officeFile.widths.keys(), ...run.xlsxFile.widths.keys()]);
  for (const key of widths) {
    if (!onBuilt(key)) continue;
    const o = run.officeFile.widths.get(key);
    const x = run.xlsxFile.widths.get(key);
    // Points against characters: within a pixel (0.75 pt) once converted.
    if (o === undefined || x === undefined || Math.abs(o - x) > 0.75)
      out.push(`column width ${key}: office ${show(o)} pt ≠ xlsx ${show(x)} pt`);
  }
}

/** Every difference between the three implementations not named in `EXPECTED_DIFFERENCES`. */
export function differences(run: ContractRun): string[] {
  const out: string[] = [];
  // registryPosition: the order is compared without `_ra`; registryAsRows: core has no `_ra`.
  compareLists(
    "sheets",
    {
      office: sheetsOf(run.office, false),
      xlsx: sheetsOf(run.xlsx, false),
      core: sheetsOf(run.core, false),
    },
    out,
  );
  const registrySheet = (s: WorkbookSnapshot) =>
    s.sheets.filter((sheet) => isRegistry(sheet.name)).map((sheet) => sheet.visibility);
  compareLists(
    "registry sheet",
    { office: registrySheet(run.office), xlsx: registrySheet(run.xlsx), core: undefined },
    out,
  );
  compareLists(
    "registry rows",
    { office: run.office.registry, xlsx: run.xlsx.registry, core: run.core.registry },
    out,
  );
  compareLists(
    "tables",
    {
      office: tablesOf(run.office, false),
      xlsx: tablesOf(run.xlsx, false),
      core: tablesOf(run.core, false),
    },
    out,
  );
  compareLists(
    "registry table",
    {
      office: tablesOf(run.office, true).filter((t) => isRegistry(t.sheet)),
      xlsx: tablesOf(run.xlsx, true).filter((t) => isRegistry(t.sheet)),
      core: undefined,
    },
    out,
  );
  compareLists(
    "active sheet",
    { office: run.office.activeSheet, xlsx: run.xlsx.activeSheet, core: run.core.activeSheet },
    out,
  );
  compareCells(run, out);
  compareWritten(run, out);
  compareFileFeatures(run, out);
  return out;
}
