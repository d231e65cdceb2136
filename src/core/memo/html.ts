import type { Lang } from "../model/lang";
import { escapeHtml } from "./escape";
import type { Align, MemoBlock, MemoTable } from "./types";

/**
 * HTML for pasting into Word: inline styles only (Word drops classes and `<style>` of a
 * pasted fragment), real tables with header rows, every text escaped.
 */
const STYLE = {
  root: "font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000000",
  title: "font-size:16pt;font-weight:bold;margin:0 0 6pt 0",
  heading: "font-size:13pt;font-weight:bold;margin:14pt 0 4pt 0",
  subheading: "font-size:11pt;font-weight:bold;margin:10pt 0 3pt 0",
  paragraph: "margin:0 0 6pt 0",
  strong: "margin:8pt 0 3pt 0;font-weight:bold",
  letterhead: "border-collapse:collapse;width:100%;margin:0 0 12pt 0",
  letterheadCell: "border:none;padding:0;vertical-align:top",
  list: "margin:0 0 6pt 0;padding-left:18pt",
  item: "margin:0 0 2pt 0",
  table: "border-collapse:collapse;margin:0 0 6pt 0",
  th: "border:1px solid #808080;padding:2pt 4pt;background-color:#e7e6e6;font-weight:bold;vertical-align:bottom",
  td: "border:1px solid #808080;padding:2pt 4pt;vertical-align:top",
  totalTd: "border:1px solid #808080;padding:2pt 4pt;vertical-align:top;font-weight:bold",
  footnote: "font-size:9pt;margin:0 0 6pt 0",
} as const;

function align(a: Align): string {
  return `text-align:${a}`;
}

function tableHtml(table: MemoTable): string {
  const headCells = table.columns
    .map((c) => `<th style="${STYLE.th};${align(c.align)}">${escapeHtml(c.header)}</th>`)
    .join("");
  const row = (cells: readonly string[], style: string): string =>
    `<tr>${cells
      .map(
        (cell, i) =>
          `<td style="${style};${align(table.columns[i].align)}">${escapeHtml(cell)}</td>`,
      )
      .join("")}</tr>`;
  const body = table.rows.map((r) => row(r, STYLE.td));
  if (table.total !== null) body.push(row(table.total, STYLE.totalTd));
  const html = `<table style="${STYLE.table}"><thead><tr>${headCells}</tr></thead><tbody>${body.join("")}</tbody></table>`;
  return table.footnote === null
    ? html
    : `${html}<p style="${STYLE.footnote}">${escapeHtml(table.footnote)}</p>`;
}

/** The header block as a borderless two-column table, as Word memo templates lay it out. */
function letterheadHtml(left: readonly string[], right: readonly string[]): string {
  const cell = (lines: readonly string[], width: string): string =>
    `<td style="${STYLE.letterheadCell};width:${width}">${lines
      .map((line, i) =>
        i === 0 ? `<span style="font-weight:bold">${escapeHtml(line)}</span>` : escapeHtml(line),
      )
      .join("<br>")}</td>`;
  return `<table role="presentation" style="${STYLE.letterhead}"><tbody><tr>${cell(left, "60%")}${cell(right, "40%")}</tr></tbody></table>`;
}

function blockHtml(block: MemoBlock): string {
  switch (block.kind) {
    case "letterhead":
      return letterheadHtml(block.left, block.right);
    case "title":
      return `<h1 style="${STYLE.title}">${escapeHtml(block.text)}</h1>`;
    case "heading":
      return `<h2 style="${STYLE.heading}">${escapeHtml(block.text)}</h2>`;
    case "subheading":
      return `<h3 style="${STYLE.subheading}">${escapeHtml(block.text)}</h3>`;
    case "paragraph":
      return `<p style="${block.strong === true ? STYLE.strong : STYLE.paragraph}">${escapeHtml(block.text)}</p>`;
    case "list":
      return `<ul style="${STYLE.list}">${block.items
        .map((item) => `<li style="${STYLE.item}">${escapeHtml(item)}</li>`)
        .join("")}</ul>`;
    case "table":
      return tableHtml(block.table);
  }
}

/** The memo as an HTML fragment: one `<div>` with inline styles, for the clipboard. */
export function memoHtml(blocks: readonly MemoBlock[], lang: Lang): string {
  return `<div lang="${lang}" style="${STYLE.root}">\n${blocks.map(blockHtml).join("\n")}\n</div>`;
}

/** A whole HTML file around the fragment, for saving to disk and opening in Word. */
export function memoHtmlDocument(fragment: string, lang: Lang, title: string): string {
  return [
    "<!DOCTYPE html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    "</head>",
    "<body>",
    fragment,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
