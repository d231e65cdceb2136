import { textCell } from "./cells";
import {
  itemKeyColumns,
  linkColumn,
  listSheet,
  otherMinistriesColumn,
  textColumn,
  themeColumn,
  valueColumn,
  type Column,
} from "./listSheets";
import { openNationalDecisions } from "./openDecisions";
import type { SheetContent } from "./sheetContent";
import { msg, type Namer } from "./text";
import type { Consolidation, RegionItem } from "./types";

/**
 * Open national decisions (docs/design.md § 7.1): the national items still without a follow-up
 * decision, by ministry and statute, with the ministry's position where there is one; one
 * Excel table, so each ministry's list is one filter away.
 */
export function openDecisionsSheet(c: Consolidation, n: Namer, tableName: string): SheetContent {
  const rows = openNationalDecisions(c).flatMap((m) =>
    m.statutes.flatMap((s) => s.entries.map((entry) => ({ m, s, entry }))),
  );
  type Row = (typeof rows)[number];
  const on = (col: Column<RegionItem>): Column<Row> => ({ ...col, cell: (r) => col.cell(r.entry) });
  const columns: Column<Row>[] = [
    {
      header: msg(n.lang, "consolidate.col.ministry"),
      width: 14,
      cell: (r) =>
        textCell(
          r.m.ministry === null
            ? msg(n.lang, "consolidate.label.noMinistry")
            : n.ministry(r.m.ministry),
        ),
    },
    {
      header: msg(n.lang, "consolidate.col.statute"),
      width: 20,
      cell: (r) =>
        textCell(r.s.statute === "" ? msg(n.lang, "consolidate.label.noStatute") : r.s.statute),
    },
    ...itemKeyColumns(n).map(on),
    on(themeColumn(n)),
    on(valueColumn(n, "level", 14)),
    on(textColumn(n, "objective", (r) => r.item.objective, 40)),
    on(textColumn(n, "nationalMeasure", (r) => r.item.nationalMeasure, 40)),
    on(textColumn(n, "legislation", (r) => r.item.legislation, 30)),
    on(otherMinistriesColumn(n)),
    on(valueColumn(n, "ministryPosition", 16)),
    on(valueColumn(n, "nationalFollowUp", 16)),
    on(linkColumn(n)),
  ];
  return listSheet(columns, rows, { name: tableName });
}
