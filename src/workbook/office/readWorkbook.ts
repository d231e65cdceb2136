import {
  columnLetters,
  MAX_COLS,
  MAX_ROWS,
  parseRangeA1,
  rangeToA1,
  type RangeRef,
} from "../../core/model/address";
import { type CellValue, EMPTY } from "../../core/model/cell";
import {
  REGISTRY_SHEET,
  type SheetSnapshot,
  type SheetVisibility,
  type TableSnapshot,
  type WorkbookSnapshot,
} from "../../core/model/snapshot";
import { registryRows } from "../../core/model/registry";
import { toCellValue } from "./cells";
import { isPayloadTooLarge, PAYLOAD_BUDGET_BYTES, SheetTooLargeError } from "./errors";
import { queueWorkbookHead, visibilityOf } from "./sheetList";
import { sameSheetName, sheetNameKey } from "../../core/model/sheetNames";

export interface ReadOptions {
  /** Response budget per sync (default 4 MB). */
  readonly maxResponseBytes?: number;
  /** Estimated response bytes per cell for `values` + `valueTypes` + `numberFormat` (default `BYTES_PER_CELL`). */
  readonly bytesPerCell?: number;
  /** Read the cells and tables of these sheets only (names, ignoring case); the others come back empty. */
  readonly onlySheets?: readonly string[];
  /** Cells a sheet's used range may cover (default `MAX_SHEET_CELLS`). */
  readonly maxSheetCells?: number;
}

/**
 * Response bytes per cell for `values` + `valueTypes` + `numberFormat`, with a margin. Measured
 * on the sample round of 18 regions × 200 items (288 266 cells, 6.87 MB): 23.8 bytes per cell
 * on average, 24.7 in the densest request of 4 194 cells; 28 keeps each request under the
 * 4 MB budget with room for longer texts, and a request Excel still refuses is halved and
 * retried. That round reads in 4 syncs (the sheet list, the used ranges, then 3.44 MB and
 * 3.41 MB of cells).
 */
export const BYTES_PER_CELL = 28;

/**
 * The most cells a sheet's used range may cover: the file limit of docs/design.md § 4.5, here per
 * sheet. One stray value at XFD1048576 makes a used range of 17 billion cells, which would
 * otherwise be read in thousands of syncs (docs/excel-decisions.md § 5).
 */
const MAX_SHEET_CELLS = 2_000_000;

interface FoundSheet {
  readonly name: string;
  readonly visibility: SheetVisibility;
  readonly isProtected: boolean;
  readonly used: RangeRef | null;
  readonly tables: Excel.Table[];
  readonly sheet: Excel.Worksheet;
}

/** A piece of a used range read in one request: rows `top..bottom` of `found.used`. */
interface Piece<F extends { readonly used: RangeRef | null } = FoundSheet> {
  readonly found: F;
  readonly top: number;
  readonly bottom: number;
}

interface PieceData {
  readonly values: unknown[][];
  readonly types: string[][];
  readonly formats: string[][];
}

/**
 * The range of an address Excel returns (`Sheet1!A1:C3`), also in the forms Excel uses for
 * whole columns (`A:XFD`) and whole rows (`1:5`).
 */
export function localRange(address: string): RangeRef | null {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const columns = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(local);
  if (columns) return parseRangeA1(`${columns[1]}1:${columns[2]}${MAX_ROWS}`);
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) return parseRangeA1(`A${rows[1]}:${columnLetters(MAX_COLS - 1)}${rows[2]}`);
  return parseRangeA1(local);
}

/** The cells a sheet's snapshot holds: anchored at A1, up to the used range's far corner. */
const cellCount = (range: RangeRef): number => (range.bottom + 1) * (range.right + 1);

/**
 * The whole workbook as a snapshot: one sync lists the sheets, one finds their used ranges,
 * tables and protection, then one per 4 MB of cells. A sheet whose used range covers more
 * than `MAX_SHEET_CELLS` is refused with `SheetTooLargeError` before any cell is read. The
 * `_ra` registry sheet stays in `sheets` (it is veryHidden; recognition skips registered and
 * veryHidden sheets) and is also parsed into `registry`. Conditional formats are not read
 * here: a write reads the add-in's markers itself, right before replacing them.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  const budget = options.maxResponseBytes ?? PAYLOAD_BUDGET_BYTES;
  const bytesPerCell = options.bytesPerCell ?? BYTES_PER_CELL;
  const maxSheetCells = options.maxSheetCells ?? MAX_SHEET_CELLS;
  const { workbook, active, list } = queueWorkbookHead(context);
  await context.sync();

  const only = options.onlySheets && new Set(options.onlySheets.map(sheetNameKey));
  const probes = list.items.map((sheet) => {
    const wanted = !only || only.has(sheetNameKey(sheet.name));
    sheet.protection.load("protected");
    return {
      sheet,
      wanted,
      used: wanted ? sheet.getUsedRangeOrNullObject(true).load("address") : null,
      tables: wanted ? sheet.tables.load("items/name,items/showHeaders") : null,
    };
  });
  await context.sync();

  const found: FoundSheet[] = probes.map((probe) => ({
    name: probe.sheet.name,
    visibility: visibilityOf(probe.sheet.visibility),
    isProtected: probe.sheet.protection.protected,
    used: probe.used && !probe.used.isNullObject ? localRange(probe.used.address) : null,
    tables: probe.tables?.items ?? [],
    sheet: probe.sheet,
  }));
  for (const f of found)
    if (f.used && cellCount(f.used) > maxSheetCells)
      throw new SheetTooLargeError(
        f.name,
        rangeToA1({ ...f.used, top: 0, left: 0 }),
        cellCount(f.used),
        maxSheetCells,
      );

  const maxCells = Math.max(1, Math.floor(budget / bytesPerCell));
  const wanted = found.filter((_, i) => probes[i].wanted);
  // Table ranges ride along with the first request of cells.
  let tableRanges: { table: Excel.Table; range: Excel.Range }[] = [];
  const queueExtras = (): boolean => {
    tableRanges = wanted.flatMap((f) =>
      f.tables.map((table) => ({ table, range: table.getRange().load("address") })),
    );
    return tableRanges.length > 0;
  };
  const read = await readPieces(context, packPieces(wanted, maxCells), queueExtras);

  const rangeOf = new Map(tableRanges.map((t) => [t.table, localRange(t.range.address)]));
  const sheets: SheetSnapshot[] = found.map((f) => {
    const tables: TableSnapshot[] = f.tables.flatMap((table) => {
      const range = rangeOf.get(table);
      return range ? [{ name: table.name, showHeaders: table.showHeaders, range }] : [];
    });
    const { cells, numberFormats } = assemble(
      f,
      read.filter((r) => r.piece.found === f),
    );
    return {
      name: f.name,
      visibility: f.visibility,
      isProtected: f.isProtected,
      cells,
      numberFormats,
      tables,
    };
  });

  const registrySheet = sheets.find((s) => sameSheetName(s.name, REGISTRY_SHEET));
  return {
    file: workbook.name ?? "",
    sheets,
    registry: registrySheet ? registryRows(registrySheet.cells) : [],
    structureProtected: workbook.protection.protected,
    activeSheet: active.name,
  };
}

/**
 * Used ranges cut into row pieces and packed, sheet after sheet, into requests of at most
 * `maxCells` cells each: a request is filled before the next one starts, so a read costs
 * 1 + ⌈cells / maxCells⌉ syncs however the cells are spread over sheets. A single row wider
 * than the budget goes alone.
 */
export function packPieces<F extends { readonly used: RangeRef | null }>(
  found: readonly F[],
  maxCells: number,
): Piece<F>[][] {
  const groups: Piece<F>[][] = [];
  let current: Piece<F>[] = [];
  let room = maxCells;
  for (const f of found) {
    if (!f.used) continue;
    const width = f.used.right - f.used.left + 1;
    let top = f.used.top;
    while (top <= f.used.bottom) {
      let rows = Math.floor(room / width);
      if (rows <= 0) {
        if (current.length > 0) {
          groups.push(current);
          current = [];
          room = maxCells;
          continue;
        }
        rows = 1;
      }
      const bottom = Math.min(f.used.bottom, top + rows - 1);
      current.push({ found: f, top, bottom });
      room -= (bottom - top + 1) * width;
      top = bottom + 1;
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function splitPiece(piece: Piece): Piece[] {
  if (piece.top === piece.bottom) return [piece];
  const middle = Math.floor((piece.top + piece.bottom) / 2);
  return [
    { found: piece.found, top: piece.top, bottom: middle },
    { found: piece.found, top: middle + 1, bottom: piece.bottom },
  ];
}

interface ReadPiece {
  readonly piece: Piece;
  readonly data: PieceData;
}

/**
 * Reads each group in one sync; a group Excel refuses as too large is halved and retried.
 * `queueExtras` queues further loads with the first request (again if that one fails); with
 * no cells to read they get a sync of their own when it queued anything.
 */
async function readPieces(
  context: Excel.RequestContext,
  groups: Piece[][],
  queueExtras: () => boolean,
): Promise<ReadPiece[]> {
  const read: ReadPiece[] = [];
  const queue = [...groups];
  let extrasLoaded = false;
  while (queue.length > 0) {
    const group = queue.shift() as Piece[];
    const ranges = group.map((piece) => {
      const used = piece.found.used as RangeRef;
      const range = piece.found.sheet.getRangeByIndexes(
        piece.top,
        used.left,
        piece.bottom - piece.top + 1,
        used.right - used.left + 1,
      );
      return range.load("values,valueTypes,numberFormat");
    });
    if (!extrasLoaded) queueExtras();
    try {
      await context.sync();
      extrasLoaded = true;
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
      if (group.length > 1) {
        const half = Math.ceil(group.length / 2);
        queue.unshift(group.slice(0, half), group.slice(half));
        continue;
      }
      const halves = splitPiece(group[0]);
      if (halves.length === 1) throw error;
      queue.unshift([halves[0]], [halves[1]]);
      continue;
    }
    group.forEach((piece, i) =>
      read.push({
        piece,
        data: {
          values: ranges[i].values,
          types: ranges[i].valueTypes as string[][],
          formats: ranges[i].numberFormat as string[][],
        },
      }),
    );
  }
  if (!extrasLoaded && queueExtras()) await context.sync();
  return read;
}

/** The sheet's cells anchored at A1: rows and columns before the used range are empty. */
function assemble(
  found: FoundSheet,
  read: readonly ReadPiece[],
): { cells: CellValue[][]; numberFormats: string[][] } {
  const used = found.used;
  if (!used) return { cells: [], numberFormats: [] };
  const width = used.right + 1;
  const cells: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 0; r <= used.bottom; r++) {
    cells.push(new Array<CellValue>(width).fill(EMPTY));
    numberFormats.push(new Array<string>(width).fill("General"));
  }
  for (const { piece, data } of read) {
    data.values.forEach((row, i) => {
      const r = piece.top + i;
      row.forEach((value, j) => {
        const c = used.left + j;
        const format = data.formats[i][j];
        numberFormats[r][c] = format;
        cells[r][c] = toCellValue(value, data.types[i][j], format);
      });
    });
  }
  return { cells, numberFormats };
}
