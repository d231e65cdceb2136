/** Zero-based row and column of a cell; A1 is { row: 0, col: 0 }. */
export interface CellRef {
  readonly row: number;
  readonly col: number;
}

/** A rectangle of cells, zero-based and inclusive. */
export interface RangeRef {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function toA1(ref: CellRef): string {
  return `${columnLetters(ref.col)}${ref.row + 1}`;
}

export function rangeToA1(range: RangeRef): string {
  const start = toA1({ row: range.top, col: range.left });
  const end = toA1({ row: range.bottom, col: range.right });
  return start === end ? start : `${start}:${end}`;
}

const A1_PATTERN = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseA1(a1: string): CellRef | null {
  const match = A1_PATTERN.exec(a1.trim());
  if (!match) return null;
  const col = columnIndex(match[1]);
  const row = Number(match[2]) - 1;
  if (row < 0 || row >= MAX_ROWS || col < 0 || col >= MAX_COLS) return null;
  return { row, col };
}

export function parseRangeA1(a1: string): RangeRef | null {
  const [first, second = first] = a1.split(":");
  const start = parseA1(first);
  const end = parseA1(second);
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** A sheet name quoted for a formula or a link: `'Esitys MK02'!A1`, with `'` doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
