import { parseRangeA1, type RangeRef } from "../../core/model/address";
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
import { isPayloadTooLarge, PAYLOAD_BUDGET_BYTES } from "./errors";
import { markerIdsIn, queueMarkerIdRead } from "./markers";
import { rememberApplicationState } from "./session";

export interface ReadOptions {
  /** Response budget per sync (default 4 MB). */
  readonly maxResponseBytes?: number;
  /** Estimated response bytes per cell for `values` + `valueTypes` + `numberFormat` (default `BYTES_PER_CELL`). */
  readonly bytesPerCell?: number;
  /** Sheets discovered per sync (default 255). */
  readonly sheetsPerSync?: number;
  /** Read the cells and tables of these sheets only (names, ignoring case); the others come back empty. */
  readonly onlySheets?: readonly string[];
}

/**
 * Response bytes per cell for `values` + `valueTypes` + `numberFormat`, with a margin. Measured
 * on the sample round of 18 regions × 200 items (288 266 cells, 6.87 MB): 23.8 bytes per cell
 * on average, 24.7 in the densest request of 4 194 cells; 28 keeps each request under the
 * 4 MB budget with room for longer texts, and a request Excel still refuses is halved and
 * retried. That round reads in 3 syncs (discovery, then 3.44 MB and 3.41 MB).
 */
export const BYTES_PER_CELL = 28;

interface SheetProbe {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
}

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

export function localRange(address: string): RangeRef | null {
  return parseRangeA1(address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, ""));
}

function visibilityOf(value: string): SheetVisibility {
  return value === "VeryHidden" ? "veryHidden" : value === "Hidden" ? "hidden" : "visible";
}

/**
 * The whole workbook as a snapshot: one sync discovers sheets (names unknown, chained with
 * `getFirst`/`getNextOrNullObject`), one more reads every used range — more only past 255
 * sheets or 4 MB. The `_ra` registry sheet stays in `sheets` (it is veryHidden; recognition
 * skips registered and veryHidden sheets) and is also parsed into `registry`.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  const budget = options.maxResponseBytes ?? PAYLOAD_BUDGET_BYTES;
  const bytesPerCell = options.bytesPerCell ?? BYTES_PER_CELL;
  const perSync = options.sheetsPerSync ?? 255;
  const workbook = context.workbook;
  workbook.load("name");
  workbook.protection.load("protected");
  const active = workbook.worksheets.getActiveWorksheet().load("name");
  context.application.load("calculationMode");
  context.runtime.load("enableEvents");

  const found: FoundSheet[] = [];
  let next: Excel.Worksheet = workbook.worksheets.getFirst();
  for (;;) {
    const probes: SheetProbe[] = [];
    for (let i = 0; i < perSync; i++) {
      const sheet = next;
      sheet.load("name,visibility");
      sheet.protection.load("protected");
      sheet.tables.load("items/name,items/showHeaders");
      const used = sheet.getUsedRangeOrNullObject(true).load("address");
      probes.push({ sheet, used });
      next = sheet.getNextOrNullObject();
    }
    await context.sync();
    let ended = false;
    for (const probe of probes) {
      if (probe.sheet.isNullObject) {
        ended = true;
        break;
      }
      found.push({
        name: probe.sheet.name,
        visibility: visibilityOf(probe.sheet.visibility),
        isProtected: probe.sheet.protection.protected,
        used: probe.used.isNullObject ? null : localRange(probe.used.address),
        tables: probe.sheet.tables.items,
        sheet: probe.sheet,
      });
    }
    if (ended) break;
    // Past the cap: the chain goes on from the last proxy; `next` is already queued.
    next.load("name");
  }

  const maxCells = Math.max(1, Math.floor(budget / bytesPerCell));
  const only = options.onlySheets && new Set(options.onlySheets.map((n) => n.toLowerCase()));
  const wanted = only ? found.filter((f) => only.has(f.name.toLowerCase())) : found;
  // Table ranges and the add-in's markers ride along with the first request of cells.
  let tableRanges: { table: Excel.Table; range: Excel.Range }[] = [];
  let markerReads = new Map<FoundSheet, Excel.ConditionalFormatCollection>();
  const queueExtras = (): boolean => {
    tableRanges = wanted.flatMap((f) =>
      f.tables.map((table) => ({ table, range: table.getRange().load("address") })),
    );
    markerReads = new Map(wanted.map((f) => [f, queueMarkerIdRead(f.sheet)]));
    return tableRanges.length + markerReads.size > 0;
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
    const markers = markerReads.get(f);
    return {
      name: f.name,
      visibility: f.visibility,
      isProtected: f.isProtected,
      cells,
      numberFormats,
      tables,
      ...(markers ? { markerIds: markerIdsIn(markers) } : {}),
    };
  });

  const registrySheet = sheets.find((s) => s.name.toLowerCase() === REGISTRY_SHEET.toLowerCase());
  const snapshot: WorkbookSnapshot = {
    file: workbook.name ?? "",
    sheets,
    registry: registrySheet ? registryRows(registrySheet.cells) : [],
    structureProtected: workbook.protection.protected,
    activeSheet: active.name,
  };
  rememberApplicationState(snapshot, {
    calculationMode: context.application.calculationMode,
    enableEvents: context.runtime.enableEvents,
  });
  return snapshot;
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
