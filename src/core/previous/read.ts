import { findGenerated } from "../consolidate/sheetNames";
import { msg } from "../consolidate/text";
import { toCents } from "../locale/money";
import type { CellValue } from "../model/cell";
import { LANGS, type Lang } from "../model/lang";
import type { RoundSettings } from "../model/round";
import type { SheetSnapshot, WorkbookSnapshot } from "../model/snapshot";
import { labelsFor, type LabelKey } from "../recognise/labels";
import { cellText } from "../rules/proposal/cells";
import { matchKey } from "../text/normalise";
import { AKKE_ALLOCATION_SOURCE, FUNDING_SOURCES } from "../vocabulary/fundingSources";
import { IMPLEMENTATION_STATUS } from "../vocabulary/itemValues";
import { lookup } from "../vocabulary/lookup";
import { REGIONS } from "../vocabulary/regions";
import { roundThemeVocabulary } from "../vocabulary/roundThemes";
import { DEFAULT_THEMES } from "../vocabulary/themes";
import type { PreviousRead, PreviousRefusal, RoundItem } from "./types";

/** The All items columns the comparison reads; each must be in the header. */
type Field = "region" | "itemId" | "theme" | "objective" | "status" | "progress" | "total";

const LABEL_FIELDS: Readonly<Record<Exclude<Field, "region" | "total">, LabelKey>> = {
  itemId: "itemId",
  theme: "theme",
  objective: "objective",
  status: "implementationStatus",
  progress: "progress",
};

const MONEY_SUFFIX = "(€)";

function headerText(field: Field, lang: Lang): string {
  if (field === "region") return msg(lang, "consolidate.col.regionCode");
  if (field === "total") return msg(lang, "consolidate.col.total");
  return labelsFor(LABEL_FIELDS[field], lang);
}

function cellCents(cell: CellValue | undefined): number {
  if (cell?.kind !== "number") return 0;
  try {
    return toCents(cell.value);
  } catch {
    return 0;
  }
}

interface Layout {
  readonly lang: Lang;
  readonly columns: Readonly<Record<Field, number>>;
  /** Funding source columns: column index and whether the source is AKKE. */
  readonly money: readonly { readonly col: number; readonly akke: boolean }[];
}

const FIELDS: readonly Field[] = [
  "region",
  "itemId",
  "theme",
  "objective",
  "status",
  "progress",
  "total",
];

/** The All items header in one of the product's languages, or null. */
function itemsLayout(sheet: SheetSnapshot): Layout | null {
  const header = (sheet.cells[0] ?? []).map((cell) => matchKey(cellText(cell)));
  for (const lang of LANGS) {
    const found = FIELDS.map((f) => [f, header.indexOf(matchKey(headerText(f, lang)))] as const);
    if (found.some(([, col]) => col < 0)) continue;
    const columns = Object.fromEntries(found) as Record<Field, number>;
    const noSource = matchKey(`${msg(lang, "consolidate.label.noSource")} ${MONEY_SUFFIX}`);
    const money: { col: number; akke: boolean }[] = [];
    for (let col = 0; col < columns.total; col += 1) {
      const text = header[col];
      if (!text.endsWith(MONEY_SUFFIX)) continue;
      const source =
        text === noSource ? null : lookup(FUNDING_SOURCES, text.slice(0, -MONEY_SUFFIX.length));
      // Other money columns (the investment need) are no funding source.
      if (source !== null || text === noSource)
        money.push({ col, akke: source === AKKE_ALLOCATION_SOURCE });
    }
    return { lang, columns, money };
  }
  return null;
}

/** The registered sheet holding the All items table, with its layout, or why there is none. */
function itemsSheet(
  snapshot: WorkbookSnapshot,
): { sheet: SheetSnapshot; layout: Layout } | PreviousRefusal {
  const generated = snapshot.sheets.filter(
    (s) => findGenerated(snapshot.registry, s.name) !== undefined,
  );
  if (generated.length === 0) return "no-registry";
  for (const sheet of generated) {
    const layout = itemsLayout(sheet);
    if (layout !== null) return { sheet, layout };
  }
  return "no-items-table";
}

/** Why a workbook cannot be a previous summary, or null when it can (for a pick in the pane). */
export function previousSummaryRefusal(snapshot: WorkbookSnapshot): PreviousRefusal | null {
  const found = itemsSheet(snapshot);
  return typeof found === "string" ? found : null;
}

/**
 * Reads the previous round from a summary this product wrote (docs/follow-up.md): a sheet
 * registered as generated whose first row is the All items header in fi, sv or en (the
 * summary may be in another language than this run). Anything else is refused. Theme names
 * are read back to codes with the current round's themes, then the default ones.
 */
export function readPreviousSummary(
  snapshot: WorkbookSnapshot,
  settings: RoundSettings,
): PreviousRead {
  const found = itemsSheet(snapshot);
  if (typeof found === "string") return { ok: false, file: snapshot.file, reason: found };
  const { sheet, layout } = found;
  return {
    ok: true,
    summary: {
      file: snapshot.file,
      lang: layout.lang,
      sheet: sheet.name,
      items: items(sheet, layout, settings),
    },
  };
}

function items(sheet: SheetSnapshot, layout: Layout, settings: RoundSettings): RoundItem[] {
  const themes = roundThemeVocabulary(settings);
  const noTheme = matchKey(msg(layout.lang, "consolidate.label.noTheme"));
  const themeOf = (text: string): string | null => {
    if (text === "" || matchKey(text) === noTheme) return null;
    return lookup(themes, text) ?? lookup(DEFAULT_THEMES, text) ?? text;
  };
  const { columns } = layout;
  const found: RoundItem[] = [];
  for (const row of sheet.cells.slice(1)) {
    const regionText = cellText(row[columns.region]);
    const itemId = cellText(row[columns.itemId]);
    if (regionText === "" && itemId === "") continue;
    let akkeCents = 0;
    let otherCents = 0;
    for (const m of layout.money) {
      const cents = cellCents(row[m.col]);
      if (m.akke) akkeCents += cents;
      else otherCents += cents;
    }
    const status = cellText(row[columns.status]);
    found.push({
      region: lookup(REGIONS, regionText) ?? regionText,
      itemId,
      theme: themeOf(cellText(row[columns.theme])),
      objective: cellText(row[columns.objective]),
      implementationStatus:
        status === "" ? null : (lookup(IMPLEMENTATION_STATUS, status) ?? status),
      progress: cellText(row[columns.progress]),
      akkeCents,
      otherCents,
    });
  }
  return found;
}
