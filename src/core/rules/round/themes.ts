import { isBlank } from "../../model/cell";
import type { ThemeDefinition } from "../../model/round";
import { labelsFor } from "../../recognise/labels";
import type { SettingsRead } from "../../recognise/read";
import { lookup, THEME_GROUPS, YES_NO } from "../../vocabulary";
import type { Issue } from "../issue";
import { foundValue } from "./cellReading";
import { cellText } from "../proposal/cells";
import { makeIssue } from "./issues";

export interface ThemesResult {
  /** Null when the sheet has no themes table: the default themes apply. */
  readonly themes: readonly ThemeDefinition[] | null;
  readonly issues: readonly Issue[];
}

/**
 * The round's own theme list. A row without a code is not a theme; empty Swedish and
 * English labels fall back to the Finnish one; an empty Active cell means active.
 */
export function interpretThemes(read: SettingsRead, file: string): ThemesResult {
  if (read.themes === null) return { themes: null, issues: [] };
  const issues: Issue[] = [];
  const themes: ThemeDefinition[] = [];
  for (const row of read.themes) {
    const code = cellText(row.cells.code?.value);
    if (code === "") continue;
    const place = (col: number | undefined) => ({
      file,
      sheet: read.sheet,
      at: col === undefined ? null : { row: row.row, col },
      region: null,
    });

    const groupCell = row.cells.group;
    const group = lookup(THEME_GROUPS, cellText(groupCell?.value));
    if (group === null)
      issues.push(
        makeIssue("ITEM-VALUE-INVALID", place(groupCell?.col), {
          value: foundValue(groupCell?.value),
          params: { column: labelsFor("group", read.lang), value: cellText(groupCell?.value) },
        }),
      );

    const activeCell = row.cells.active;
    let active = true;
    if (activeCell && !isBlank(activeCell.value)) {
      const value = activeCell.value;
      const yesNo =
        value.kind === "boolean" ? (value.value ? "yes" : "no") : lookup(YES_NO, cellText(value));
      if (yesNo === null)
        issues.push(
          makeIssue("ITEM-VALUE-INVALID", place(activeCell.col), {
            value: foundValue(value),
            params: { column: labelsFor("active", read.lang), value: cellText(value) },
          }),
        );
      else active = yesNo === "yes";
    }

    const fi = cellText(row.cells.fi?.value) || code;
    themes.push({
      code,
      group: group ?? "topic",
      labels: {
        fi,
        sv: cellText(row.cells.sv?.value) || fi,
        en: cellText(row.cells.en?.value) || fi,
      },
      active,
    });
  }
  return { themes, issues };
}
