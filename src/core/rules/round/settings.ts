import { dateFromCell } from "../../locale/dates";
import { periodFromCells, parseYear } from "../../locale/periods";
import type { CellRef } from "../../model/address";
import { isBlank } from "../../model/cell";
import type { Lang } from "../../model/lang";
import type { RoundSettings } from "../../model/round";
import type { SheetSnapshot } from "../../model/snapshot";
import { labelsFor, type SettingsFieldKey } from "../../recognise/labels";
import { readSettings, type FieldValue } from "../../recognise/read";
import type { RecognisedSettings } from "../../recognise/recognise";
import type { Issue } from "../issue";
import { tableExtentFindings } from "../tableExtent";
import { interpretAllocation } from "./allocation";
import { foundValue, readSettingsAmount, readInteger, readShare } from "./cellReading";
import { cellText } from "../proposal/cells";
import { defaultSettings, DEFAULT_LEGAL_BASIS } from "./defaults";
import { makeIssue, notNumberIssue, type IssuePlace } from "./issues";
import { interpretThemes } from "./themes";

export interface SettingsResult {
  readonly settings: RoundSettings;
  readonly issues: readonly Issue[];
}

/**
 * A recognised round settings sheet (docs/design.md § 5.3) read into `RoundSettings`: header
 * fields with their defaults, the allocation table with the ALLOC-* rules, and the round's
 * own themes. `locale` overrides the sheet's language for numbers typed as text.
 */
export function interpretSettings(
  sheet: SheetSnapshot,
  recognised: RecognisedSettings,
  file: string,
  locale: Lang | null = null,
): SettingsResult {
  const read = readSettings(sheet, recognised);
  const lang = read.lang;
  const numbers = locale ?? lang;
  const issues: Issue[] = [];
  const place = (at: CellRef | null): IssuePlace => ({ file, sheet: read.sheet, at, region: null });
  const defaults = defaultSettings(lang);
  const f = read.fields;

  /** A numeric header field that cannot be read: reported, and the default kept. */
  const notNumber = (key: SettingsFieldKey, field: FieldValue): void => {
    issues.push(
      notNumberIssue(field.value, place(field.cell), {
        value: foundValue(field.value),
        params: { variant: "field", field: labelsFor(key, lang) },
      }),
    );
  };
  /** A number typed as text in a header field: used, and reported with the number as fix. */
  const asText = (key: SettingsFieldKey, field: FieldValue, value: number): void => {
    issues.push(
      makeIssue("CELL-NUMBER-AS-TEXT", place(field.cell), {
        value: foundValue(field.value),
        params: { column: labelsFor(key, lang), number: value },
        fix: { kind: "number", value },
      }),
    );
  };
  const present = (field: FieldValue | undefined): field is FieldValue =>
    field !== undefined && !isBlank(field.value);

  let envelopeCents = defaults.envelopeCents;
  if (present(f.akkeEnvelope)) {
    const amount = readSettingsAmount(f.akkeEnvelope.value, numbers, f.akkeEnvelope.scale);
    if (amount.ok && amount.cents >= 0) {
      envelopeCents = amount.cents;
      if (amount.fromText !== null) asText("akkeEnvelope", f.akkeEnvelope, amount.fromText);
    } else notNumber("akkeEnvelope", f.akkeEnvelope);
  }

  let maxShare = defaults.maxShare;
  if (present(f.akkeMaxShare)) {
    const share = readShare(f.akkeMaxShare.value, numbers);
    if (share.ok && share.share >= 0 && share.share <= 1) {
      maxShare = share.share;
      if (share.fromText !== null) asText("akkeMaxShare", f.akkeMaxShare, share.fromText);
    } else notNumber("akkeMaxShare", f.akkeMaxShare);
  }

  let maxThemes = defaults.maxThemes;
  if (present(f.maxThemes)) {
    const value = readInteger(f.maxThemes.value, numbers);
    if (value.ok && value.value > 0) {
      maxThemes = value.value;
      if (f.maxThemes.value.kind === "text") asText("maxThemes", f.maxThemes, value.value);
    } else notNumber("maxThemes", f.maxThemes);
  }

  let budgetYear: number | null = null;
  if (present(f.budgetYear)) {
    const year = parseYear(f.budgetYear.value);
    if (year.ok) budgetYear = year.year;
    else notNumber("budgetYear", f.budgetYear);
  }

  const periodRead = f.period ? periodFromCells(f.period.value, f.period.end?.value) : null;
  const deadline = f.deadline ? dateFromCell(f.deadline.value) : null;
  const legalBasis = f.legalBasis ? cellText(f.legalBasis.value) : "";

  const allocation = interpretAllocation(read, {
    file,
    locale: numbers,
    envelopeCents,
    envelopeAt: f.akkeEnvelope?.cell ?? null,
  });
  const themes = interpretThemes(read, file);

  return {
    settings: {
      fromWorkbook: true,
      round: f.round ? cellText(f.round.value) : "",
      referenceNumber: f.referenceNumber ? cellText(f.referenceNumber.value) : "",
      author: f.author ? cellText(f.author.value) : "",
      legalBasis: legalBasis !== "" ? legalBasis : DEFAULT_LEGAL_BASIS[lang],
      period: periodRead?.ok ? periodRead.period : null,
      budgetYear,
      envelopeCents,
      maxShare,
      maxThemes,
      deadline: deadline?.ok ? deadline.serial : null,
      allocations: allocation.allocations,
      themes: themes.themes,
    },
    issues: [
      ...issues,
      ...tableExtentFindings(recognised.allocation).map((f) =>
        makeIssue(f.rule, place(f.at), { params: f.params, severity: f.severity }),
      ),
      ...allocation.issues,
      ...themes.issues,
    ],
  };
}
