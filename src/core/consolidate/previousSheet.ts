import type { PlanCell } from "../model/cell";
import type { ColumnWidth } from "../model/plan";
import type { FundingChange, MatchRule, RoundComparison, RoundItem } from "../previous/types";
import { countCell, EMPTY_CELL, moneyCell, moneyFormat, textCell } from "./cells";
import { Grid } from "./grid";
import type { SheetContent } from "./sheetContent";
import { headers, msg, type Namer } from "./text";
import type { ConsolidateMessageKey } from "../i18n/messages/consolidate";
import { itemValueName } from "./vocab";
import { labelsFor } from "../recognise/labels";
import { translate } from "../i18n/translate";

/** AKKE and other funding before, now and the change. */
const FUNDING_CHANGE_COLUMNS = [
  "consolidate.col.akkePrevious",
  "consolidate.col.akkeNow",
  "consolidate.col.akkeChange",
  "consolidate.col.otherPrevious",
  "consolidate.col.otherNow",
  "consolidate.col.otherChange",
] as const;

const REGION_COLUMNS = [
  "consolidate.col.regionCode",
  "consolidate.col.region",
  "consolidate.col.itemsPrevious",
  "consolidate.col.itemsNow",
  "consolidate.col.new",
  "consolidate.col.dropped",
  "consolidate.col.continued",
  ...FUNDING_CHANGE_COLUMNS,
  "consolidate.col.themesAdded",
  "consolidate.col.themesDropped",
] as const;

const THEME_COLUMNS = ["consolidate.col.theme", ...FUNDING_CHANGE_COLUMNS] as const;

/** Message keys, or item labels of the proposal's items table. */
const ITEM_COLUMNS: readonly (ConsolidateMessageKey | "itemId" | "objective")[] = [
  "consolidate.col.change",
  "consolidate.col.regionCode",
  "consolidate.col.region",
  "consolidate.col.previousItemId",
  "itemId",
  "consolidate.col.match",
  "consolidate.col.theme",
  "objective",
  "consolidate.col.statusPrevious",
  "consolidate.col.statusNow",
  "consolidate.col.indicatorPrevious",
  "consolidate.col.indicatorNow",
];

const MATCH_KEYS: Readonly<Record<MatchRule, ConsolidateMessageKey>> = {
  id: "consolidate.match.id",
  objective: "consolidate.match.objective",
  "id-objective-changed": "consolidate.match.idObjectiveChanged",
  "objective-near": "consolidate.match.objectiveNear",
};

/**
 * Change since the previous round (docs/design.md § 7.1, docs/follow-up.md): by region (items
 * new, dropped, continued; AKKE and other funding before, now and the change; themes added
 * and dropped), by theme, then every item with what happened to it.
 */
export function previousSheet(cmp: RoundComparison, n: Namer): SheetContent {
  const { lang } = n;
  const g = new Grid();
  const fmt = moneyFormat(
    [...cmp.regions, ...cmp.themes, cmp.totals].flatMap((f) => [
      f.akkeCents,
      f.akkePreviousCents,
      f.otherCents,
      f.otherPreviousCents,
    ]),
  );
  const money = (f: FundingChange): PlanCell[] => [
    moneyCell(f.akkePreviousCents, fmt),
    moneyCell(f.akkeCents, fmt),
    moneyCell(f.akkeCents - f.akkePreviousCents, fmt),
    moneyCell(f.otherPreviousCents, fmt),
    moneyCell(f.otherCents, fmt),
    moneyCell(f.otherCents - f.otherPreviousCents, fmt),
  ];
  const themes = (codes: readonly string[]): PlanCell =>
    textCell(codes.map((t) => n.theme(t)).join(", "));
  const status = (code: string | null): string =>
    code === null ? "" : itemValueName("implementationStatus", code, lang);
  const title = (key: ConsolidateMessageKey): void => void g.add([textCell(msg(lang, key))]);

  title("consolidate.title.previous");
  g.add([textCell(msg(lang, "consolidate.label.previousFile")), textCell(cmp.file)]);
  g.add([
    textCell(msg(lang, "consolidate.label.previousLang")),
    textCell(translate(lang, `common.language.${cmp.previousLang}`)),
  ]);

  g.blank();
  title("consolidate.title.regions");
  g.add(headers(lang, REGION_COLUMNS));
  for (const r of cmp.regions)
    g.add([
      textCell(r.region),
      textCell(n.region(r.region)),
      countCell(r.itemsPrevious),
      countCell(r.items),
      countCell(r.new),
      countCell(r.dropped),
      countCell(r.continued),
      ...money(r),
      themes(r.themesAdded),
      themes(r.themesDropped),
    ]);
  g.add([
    textCell(msg(lang, "consolidate.col.total")),
    EMPTY_CELL,
    countCell(cmp.regions.reduce((s, r) => s + r.itemsPrevious, 0)),
    countCell(cmp.regions.reduce((s, r) => s + r.items, 0)),
    countCell(cmp.new.length),
    countCell(cmp.dropped.length),
    countCell(cmp.continued.length),
    ...money(cmp.totals),
  ]);

  g.blank();
  title("consolidate.title.themes");
  g.add(headers(lang, THEME_COLUMNS));
  for (const t of cmp.themes) g.add([textCell(n.theme(t.theme)), ...money(t)]);
  g.add([textCell(msg(lang, "consolidate.col.total")), ...money(cmp.totals)]);

  g.blank();
  title("consolidate.title.previousItems");
  g.add(
    ITEM_COLUMNS.map((k) =>
      textCell(k === "itemId" || k === "objective" ? labelsFor(k, lang) : msg(lang, k)),
    ),
  );
  const itemRow = (
    change: ConsolidateMessageKey,
    item: RoundItem,
    before: RoundItem | null,
    now: RoundItem | null,
    rule: MatchRule | null,
  ): PlanCell[] => [
    textCell(msg(lang, change)),
    textCell(item.region),
    textCell(n.region(item.region)),
    textCell(before?.itemId ?? ""),
    textCell(now?.itemId ?? ""),
    textCell(rule === null ? "" : msg(lang, MATCH_KEYS[rule])),
    textCell(item.theme === null ? "" : n.theme(item.theme)),
    textCell(item.objective),
    textCell(before === null ? "" : status(before.implementationStatus)),
    textCell(now === null ? "" : status(now.implementationStatus)),
    textCell(before?.progress ?? ""),
    textCell(now?.progress ?? ""),
  ];
  for (const x of cmp.continued)
    g.add(itemRow("consolidate.change.continued", x.current, x.previous, x.current, x.rule));
  for (const i of cmp.new) g.add(itemRow("consolidate.change.new", i, null, i, null));
  for (const i of cmp.dropped) g.add(itemRow("consolidate.change.dropped", i, i, null, null));
  for (const i of cmp.notCompared)
    g.add(itemRow("consolidate.change.notCompared", i, i, null, null));

  const widths: ColumnWidth[] = [14, 8, 20, 10, 10, 18, 24, 40, 18, 18, 16, 16, 24, 24, 24].map(
    (width, col) => ({ col, width }),
  );
  return { blocks: [g.block()], freeze: { rows: 1, cols: 0 }, columnWidths: widths };
}
