import { looksLikeDateFromId } from "../../locale/dates";
import { toA1, type CellRef } from "../../model/address";
import { EMPTY, isBlank, type CellValue, type PlanCell } from "../../model/cell";
import type { Item, Period } from "../../model/round";
import { ITEM_COLUMNS, type ItemKey, type VocabularyName } from "../../recognise/labels";
import type { ColumnPosition } from "../../recognise/recognise";
import type { ProposalOutline } from "../../recognise/read";
import { matchKey } from "../../text/normalise";
import { VOCABULARIES } from "../../vocabulary/all";
import { CROSS_CUTTING, LEVELS } from "../../vocabulary/itemValues";
import { MINISTRIES } from "../../vocabulary/ministries";
import { roundThemeVocabulary } from "../../vocabulary/roundThemes";
import type { ThemeVocabulary } from "../../vocabulary/themes";
import { splitList, lookup } from "../../vocabulary/lookup";
import { statuteNumber } from "../../vocabulary/statutes";
import type { Vocabulary } from "../../vocabulary/vocabulary";
import { cellText, formatSerial, issueValue, MAX_TEXT_LENGTH, textLength } from "./cells";
import type { Reading } from "./context";
import { readAmount, readYearCell } from "./numbers";
import { closestLabel, readVocab, readVocabList } from "./vocabCells";

/** What the funding rules need to know of each item. */
export interface ItemFacts {
  readonly item: Item;
  /** `matchKey` of the id; "" when the id is empty or unreadable. */
  readonly idKey: string;
  /** Where the id is, for issues about the item as a whole. */
  readonly idCell: CellRef;
}

export interface ItemsRead {
  readonly items: readonly ItemFacts[];
  /** False when the items table has no id column: ids cannot be matched. */
  readonly hasIdColumn: boolean;
}

const NEEDS_MINISTRY = new Set(["national", "interregional", "both"]);
const NATIONAL = new Set(["national", "both"]);
/** Vocabulary columns whose unknown values are ITEM-VALUE-INVALID (theme, level, ministries have their own rules). */
const VALUE_COLUMNS: readonly { key: ItemKey; vocabulary: VocabularyName }[] = ITEM_COLUMNS.flatMap(
  (def) =>
    (def.content.kind === "vocabulary" || def.content.kind === "multiVocabulary") &&
    !["theme", "level", "leadMinistry", "otherMinistries"].includes(def.key)
      ? [{ key: def.key, vocabulary: def.content.vocabulary }]
      : [],
);
const TEXT_KINDS = new Set(["text", "numberOrText"]);

/** An item id as text; a date Excel made of `1.1` is reported and read back as `1.1`. */
export function readItemId(r: Reading, at: CellRef, cell: CellValue): string {
  if (cell.kind === "error") return "";
  if (cell.kind === "date") {
    const id = looksLikeDateFromId(cell);
    r.sink.add(
      "ITEM-ID-DATE",
      at,
      formatSerial(cell.serial),
      { id: id ?? formatSerial(cell.serial) },
      id === null ? null : { kind: "text", text: id },
    );
    return id ?? formatSerial(cell.serial);
  }
  return cellText(cell);
}

class ItemReader {
  private readonly themes: ThemeVocabulary;
  private readonly inactive: ReadonlySet<string>;
  private readonly firstId = new Map<string, CellRef>();
  /** The table's leftmost recognised column: where an item without an id column is reported. */
  private readonly firstCol: number;

  constructor(
    private readonly r: Reading,
    private readonly read: ProposalOutline,
    private readonly period: Period | null,
  ) {
    this.themes = roundThemeVocabulary(r.settings);
    this.inactive = new Set((r.settings.themes ?? []).filter((t) => !t.active).map((t) => t.code));
    let firstCol = Infinity;
    for (const position of Object.values(read.itemColumns))
      if (position) firstCol = Math.min(firstCol, position.col);
    this.firstCol = firstCol;
  }

  private column(key: ItemKey): ColumnPosition | undefined {
    return this.read.itemColumns[key];
  }

  private header(key: ItemKey): string {
    return this.column(key)?.header ?? key;
  }

  /** One row of the items table, its cells read straight from the sheet's row. */
  interpret(row: number): ItemFacts {
    const { r } = this;
    const columns = this.read.itemColumns;
    const line = r.sheet.cells[row];
    const at = (key: ItemKey): CellRef | null => {
      const position = columns[key];
      return position ? { row, col: position.col } : null;
    };
    const value = (key: ItemKey): CellValue => {
      const position = columns[key];
      return (position && line?.[position.col]) ?? EMPTY;
    };
    const idAt = at("itemId") ?? { row, col: this.firstCol };

    const itemId = this.itemId(at("itemId"), value("itemId"));
    const theme = this.theme(at("theme"), value("theme"));
    const level = this.level(at("level"), value("level"));
    const leadMinistry = this.leadMinistry(at("leadMinistry"), value("leadMinistry"), level);
    const otherMinistries = this.otherMinistries(
      at("otherMinistries"),
      value("otherMinistries"),
      leadMinistry,
    );

    const objectiveAt = at("objective");
    if (objectiveAt && isBlank(value("objective")))
      r.sink.add("ITEM-OBJECTIVE-MISSING", objectiveAt, null);

    if (level !== null && NATIONAL.has(level) && isBlank(value("nationalMeasure")))
      r.sink.add("ITEM-MEASURE-REQUIRED", at("nationalMeasure") ?? at("level") ?? idAt, null, {
        level: cellText(value("level")),
      });

    const crossCutting = this.crossCutting(at("crossCutting"), value("crossCutting"));
    const coded = new Map<ItemKey, string | null>();
    for (const { key, vocabulary } of VALUE_COLUMNS) {
      if (key === "crossCutting") continue;
      coded.set(key, this.valueCell(key, at(key), value(key), VOCABULARIES[vocabulary]));
    }
    const discussionStatus = coded.get("discussionStatus") ?? "proposed";
    const ministryPosition = coded.get("ministryPosition") ?? null;
    if (
      discussionStatus === "agreed" &&
      level !== null &&
      NATIONAL.has(level) &&
      isBlank(value("ministryPosition"))
    )
      r.sink.add(
        "ITEM-AGREED-NO-POSITION",
        at("ministryPosition") ?? at("discussionStatus") ?? idAt,
        null,
      );

    this.monitoring(at, value, idAt);
    const targetYear = this.targetYear(at("targetYear"), value("targetYear"));
    const investmentNeedCents = this.investmentNeed(at("investmentNeed"), value("investmentNeed"));
    this.textLengths(row, value);
    this.statuteForm(at("statute"), value("statute"), value("legislation"), idAt);

    const text = (key: ItemKey): string => cellText(value(key));
    const item: Item = {
      source: { file: r.sink.file, sheet: r.sink.sheet, row },
      itemId,
      theme,
      crossCutting,
      programmePriority: text("programmePriority"),
      objective: text("objective"),
      regionalNeed: text("regionalNeed"),
      nationalMeasure: text("nationalMeasure"),
      regionCommitment: text("regionCommitment"),
      level,
      leadMinistry,
      otherMinistries,
      regionalActors: text("regionalActors"),
      legislation: text("legislation"),
      statute: text("statute"),
      expertSupport: text("expertSupport"),
      investmentNeedCents,
      indicator: text("indicator"),
      baseline: text("baseline"),
      target: text("target"),
      targetYear,
      discussionStatus,
      ministryPosition,
      nationalFollowUp: coded.get("nationalFollowUp") ?? null,
      implementationStatus: coded.get("implementationStatus") ?? null,
      progress: text("progress"),
      notes: text("notes"),
    };
    return { item, idKey: matchKey(itemId), idCell: idAt };
  }

  /**
   * ITEM-STATUTE-FORM: a legislative change need whose statute the memo cannot group, because
   * the Statute cell is empty or names no `380/2023` number.
   */
  private statuteForm(
    at: CellRef | null,
    statute: CellValue,
    legislation: CellValue,
    idAt: CellRef | null,
  ): void {
    if (isBlank(legislation)) return;
    if (isBlank(statute)) {
      this.r.sink.add("ITEM-STATUTE-FORM", at ?? idAt, null, { variant: "missing" });
      return;
    }
    const text = cellText(statute);
    if (at !== null && statuteNumber(text) === null)
      this.r.sink.add("ITEM-STATUTE-FORM", at, issueValue(statute), { value: text });
  }

  /** ITEM-ID-MISSING, ITEM-ID-DATE, ITEM-ID-DUPLICATE (at the repeat). */
  private itemId(at: CellRef | null, cell: CellValue): string {
    if (at === null) return "";
    if (isBlank(cell)) {
      this.r.sink.add("ITEM-ID-MISSING", at, null);
      return "";
    }
    const id = readItemId(this.r, at, cell);
    const key = matchKey(id);
    if (key === "") return id;
    const first = this.firstId.get(key);
    if (first) this.r.sink.add("ITEM-ID-DUPLICATE", at, id, { id, first: toA1(first) });
    else this.firstId.set(key, at);
    return id;
  }

  /** ITEM-THEME-MISSING, ITEM-THEME-UNKNOWN (fix: the closest), ITEM-THEME-INACTIVE. */
  private theme(at: CellRef | null, cell: CellValue): string | null {
    if (at === null) return null;
    const found = readVocab(this.r, at, cell, this.themes);
    if (found.kind === "blank") this.r.sink.add("ITEM-THEME-MISSING", at, null);
    if (found.kind !== "value") return null;
    if (found.code === null) {
      const label = closestLabel(this.themes, found.raw, this.r.sheetLang);
      this.r.sink.add(
        "ITEM-THEME-UNKNOWN",
        at,
        issueValue(cell),
        { value: found.raw },
        label === null ? null : { kind: "text", text: label },
      );
    } else if (this.inactive.has(found.code))
      this.r.sink.add("ITEM-THEME-INACTIVE", at, issueValue(cell), { value: found.raw });
    return found.code;
  }

  /** ITEM-LEVEL-INVALID: empty or not a level (fix: the closest, when close). */
  private level(at: CellRef | null, cell: CellValue): string | null {
    if (at === null) return null;
    const found = readVocab(this.r, at, cell, LEVELS);
    if (found.kind === "blank")
      this.r.sink.add("ITEM-LEVEL-INVALID", at, null, { variant: "missing", value: "" });
    if (found.kind !== "value") return null;
    if (found.code === null) this.unknown("ITEM-LEVEL-INVALID", at, cell, found.raw, LEVELS);
    return found.code;
  }

  private unknown(
    rule: "ITEM-LEVEL-INVALID" | "ITEM-MINISTRY-UNKNOWN",
    at: CellRef,
    cell: CellValue,
    raw: string,
    vocabulary: Vocabulary,
    params: Readonly<Record<string, string>> = {},
  ): void {
    const label = closestLabel(vocabulary, raw, this.r.sheetLang);
    this.r.sink.add(
      rule,
      at,
      issueValue(cell),
      { ...params, value: raw },
      label === null ? null : { kind: "text", text: label },
    );
  }

  /** ITEM-MINISTRY-UNKNOWN (fix: the closest), ITEM-MINISTRY-REQUIRED. */
  private leadMinistry(at: CellRef | null, cell: CellValue, level: string | null): string | null {
    if (at === null) return null;
    const found = readVocab(this.r, at, cell, MINISTRIES);
    if (found.kind === "blank" && level !== null && NEEDS_MINISTRY.has(level))
      this.r.sink.add("ITEM-MINISTRY-REQUIRED", at, null, { level: findLevelText(level, this.r) });
    if (found.kind !== "value") return null;
    if (found.code === null) this.unknown("ITEM-MINISTRY-UNKNOWN", at, cell, found.raw, MINISTRIES);
    return found.code;
  }

  /** ITEM-OTHER-MINISTRY-UNKNOWN per entry, ITEM-OTHER-MINISTRY-DUPLICATE (fix: the lead dropped). */
  private otherMinistries(
    at: CellRef | null,
    cell: CellValue,
    lead: string | null,
  ): readonly string[] {
    if (at === null) return [];
    const found = readVocabList(this.r, at, cell, MINISTRIES);
    if (found.kind !== "value") return [];
    // One fix for the cell when every unknown entry has a replacement (`OPM, SM` → `OKM, SM`).
    const parts = splitList(found.raw).map((part) =>
      lookup(MINISTRIES, part) === null
        ? closestLabel(MINISTRIES, part, this.r.sheetLang)
        : part.trim(),
    );
    const fix: PlanCell | null =
      found.unknown.length > 0 && parts.every((p) => p !== null)
        ? { kind: "text", text: parts.join(", ") }
        : null;
    for (const part of found.unknown)
      this.r.sink.add("ITEM-OTHER-MINISTRY-UNKNOWN", at, issueValue(cell), { value: part }, fix);
    if (lead !== null && found.codes.includes(lead as (typeof found.codes)[number])) {
      const rest = splitList(found.raw).filter((part) => lookup(MINISTRIES, part) !== lead);
      this.r.sink.add(
        "ITEM-OTHER-MINISTRY-DUPLICATE",
        at,
        issueValue(cell),
        { ministry: lead },
        rest.length === 0 ? { kind: "empty" } : { kind: "text", text: rest.join(", ") },
      );
    }
    return found.codes.filter((code) => code !== lead);
  }

  private crossCutting(at: CellRef | null, cell: CellValue): readonly string[] {
    if (at === null) return [];
    const found = readVocabList(this.r, at, cell, CROSS_CUTTING);
    if (found.kind !== "value") return [];
    for (const part of found.unknown)
      this.r.sink.add("ITEM-VALUE-INVALID", at, issueValue(cell), {
        column: this.header("crossCutting"),
        value: part,
      });
    return found.codes;
  }

  /** ITEM-VALUE-INVALID for a single-valued list (status, position, follow-up). */
  private valueCell(
    key: ItemKey,
    at: CellRef | null,
    cell: CellValue,
    vocabulary: Vocabulary,
  ): string | null {
    if (at === null) return null;
    const found = readVocab(this.r, at, cell, vocabulary);
    if (found.kind !== "value") return null;
    if (found.code === null) {
      const label = closestLabel(vocabulary, found.raw, this.r.sheetLang);
      this.r.sink.add(
        "ITEM-VALUE-INVALID",
        at,
        issueValue(cell),
        { column: this.header(key), value: found.raw },
        label === null ? null : { kind: "text", text: label },
      );
    }
    return found.code;
  }

  /** ITEM-INDICATOR-MISSING, ITEM-TARGET-MISSING. */
  private monitoring(
    at: (key: ItemKey) => CellRef | null,
    value: (key: ItemKey) => CellValue,
    idAt: CellRef,
  ): void {
    const indicator = value("indicator");
    if (indicator.kind === "error") return;
    if (isBlank(indicator)) {
      this.r.sink.add("ITEM-INDICATOR-MISSING", at("indicator") ?? idAt, null);
      return;
    }
    const target = value("target");
    if (isBlank(target))
      this.r.sink.add("ITEM-TARGET-MISSING", at("target") ?? at("indicator") ?? idAt, null, {
        indicator: cellText(indicator),
      });
  }

  /** ITEM-TARGET-YEAR: a year between the period's start and its end + 5. */
  private targetYear(at: CellRef | null, cell: CellValue): number | null {
    if (at === null) return null;
    const found = readYearCell(this.r, at, cell, this.header("targetYear"));
    if (found.kind === "notYear") {
      this.r.sink.add("ITEM-TARGET-YEAR", at, issueValue(cell), {
        variant: "unreadable",
        value: cellText(cell),
      });
      return null;
    }
    if (found.kind !== "year") return null;
    const p = this.period;
    if (p && (found.year < p.start || found.year > p.end + 5))
      this.r.sink.add("ITEM-TARGET-YEAR", at, found.year, {
        value: found.year,
        start: p.start,
        end: p.end + 5,
      });
    return found.year;
  }

  private investmentNeed(at: CellRef | null, cell: CellValue): number | null {
    const column = this.column("investmentNeed");
    if (at === null || !column) return null;
    const found = readAmount(this.r, at, cell, column);
    return found.kind === "amount" ? found.cents : null;
  }

  /** ITEM-TEXT-TOO-LONG: any text of the row over 1 000 characters. */
  private textLengths(row: number, value: (key: ItemKey) => CellValue): void {
    for (const def of ITEM_COLUMNS) {
      const position = this.column(def.key);
      const cell = value(def.key);
      // No more characters than UTF-16 units: a text that short needs no counting.
      if (!position || cell.kind !== "text" || cell.text.length <= MAX_TEXT_LENGTH) continue;
      if (!TEXT_KINDS.has(def.content.kind)) continue;
      const length = textLength(cell.text.trim());
      if (length > MAX_TEXT_LENGTH)
        this.r.sink.add("ITEM-TEXT-TOO-LONG", { row, col: position.col }, issueValue(cell), {
          column: this.header(def.key),
          length,
          max: MAX_TEXT_LENGTH,
        });
    }
  }
}

function findLevelText(level: string, r: Reading): string {
  return LEVELS.entries.find((e) => e.code === level)?.labels[r.sheetLang] ?? level;
}

/** Every item row, its rules, and ITEM-TOO-MANY-THEMES over the region. */
export function interpretItems(
  r: Reading,
  read: ProposalOutline,
  rows: readonly number[],
  period: Period | null,
): ItemsRead {
  const reader = new ItemReader(r, read, period);
  const items = rows.map((row) => reader.interpret(row));
  const themes = new Set(items.flatMap((f) => (f.item.theme === null ? [] : [f.item.theme])));
  if (themes.size > r.settings.maxThemes)
    r.sink.add("ITEM-TOO-MANY-THEMES", null, themes.size, {
      count: themes.size,
      max: r.settings.maxThemes,
    });
  return { items, hasIdColumn: read.itemColumns.itemId !== undefined };
}
