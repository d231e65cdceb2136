import type { MemoBlock, MemoTable } from "./types";

const COLUMN_GAP = "  ";
const LETTERHEAD_GAP = "    ";

function width(text: string): number {
  return [...text].length;
}

function pad(text: string, size: number, right: boolean): string {
  const fill = " ".repeat(Math.max(0, size - width(text)));
  return right ? fill + text : text + fill;
}

function underline(text: string, ch: string): string {
  return ch.repeat(width(text));
}

/** Columns aligned with spaces (numbers to the right), a rule under the header and above the total. */
function tableText(table: MemoTable): string[] {
  const all = [
    table.columns.map((c) => c.header),
    ...table.rows,
    ...(table.total ? [table.total] : []),
  ];
  const widths = table.columns.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ""))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => pad(cell, widths[i], table.columns[i].align === "right"))
      .join(COLUMN_GAP)
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join(COLUMN_GAP);
  const lines = [line(table.columns.map((c) => c.header)), rule, ...table.rows.map(line)];
  if (table.total !== null) lines.push(rule, line(table.total));
  if (table.footnote !== null) lines.push("", table.footnote);
  return lines;
}

/** Sender lines on the left, document lines on the right, side by side. */
function letterheadText(left: readonly string[], right: readonly string[]): string[] {
  const leftWidth = Math.max(0, ...left.map(width));
  const rows = Math.max(left.length, right.length);
  const lines: string[] = [];
  for (let i = 0; i < rows; i++)
    lines.push(
      `${pad(left[i] ?? "", leftWidth, false)}${LETTERHEAD_GAP}${right[i] ?? ""}`.trimEnd(),
    );
  return [...lines, ""];
}

function blockText(block: MemoBlock): string[] {
  switch (block.kind) {
    case "letterhead":
      return letterheadText(block.left, block.right);
    case "title":
      return [block.text, underline(block.text, "=")];
    case "heading":
      return ["", block.text, underline(block.text, "-")];
    case "subheading":
      return ["", block.text];
    case "paragraph":
      return [block.text, ""];
    case "list":
      return [...block.items.map((item) => `- ${item}`), ""];
    case "table":
      return [...tableText(block.table), ""];
  }
}

/** The memo as plain text, for pasting where rich text is not taken. */
export function memoText(blocks: readonly MemoBlock[]): string {
  const lines = blocks.flatMap(blockText);
  const joined = lines.join("\n").replace(/\n{3,}/g, "\n\n");
  return `${joined.trim()}\n`;
}
