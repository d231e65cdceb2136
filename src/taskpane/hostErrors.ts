/**
 * What a failed workbook operation means to the user, for every section that writes.
 * The Office adapter's errors are recognised by their `code` and fields, not by class, so
 * that the pane (and app.html's bundle) needs no adapter import.
 */
import { translate, type MessageKey, type MessageParams } from "../core/i18n";
// The `paneSections.hostError.*` and `excel.hostError.*` texts, loaded with the code that shows them.
import "../core/i18n/messages/excel";
import "../core/i18n/messages/paneSections";
import { ApplyPlanError } from "../core/model/applyPlan";
import { quote } from "../core/locale/quote";
import type { Lang } from "../core/model/lang";

/** A failure, as the user needs to hear about it. */
export type HostError =
  /** Protected sheets the write needed, and whether the workbook structure is protected. */
  | { readonly kind: "protected"; readonly sheets: readonly string[]; readonly structure: boolean }
  /** Sheets deleted or renamed since the workbook was read. */
  | { readonly kind: "changed"; readonly sheets: readonly string[] }
  /** The user is editing a cell: Excel runs nothing until the edit ends (office-js #625, #3388). */
  | { readonly kind: "cellEditMode" }
  /** A sheet's used range is larger than the add-in reads (a stray cell far from the data). */
  | {
      readonly kind: "tooLarge";
      readonly sheet: string;
      readonly range: string;
      readonly cells: number;
      readonly limit: number;
    }
  | { readonly kind: "unexpected"; readonly detail: string };

/** A message for a section's notice, kept as a key so that it follows the UI language. */
export interface PaneNotice<I extends string = "success" | "info" | "warning" | "error"> {
  readonly intent: I;
  readonly key: MessageKey;
  readonly params?: MessageParams;
  /** Sheet names for the message's `{sheets}`, listed in the UI language when shown. */
  readonly sheets?: readonly string[];
  /** A sentence put before the message: what did not happen, when the message says why. */
  readonly lead?: MessageKey;
  /** Technical detail (often English, from Excel), shown apart from the message. */
  readonly detail?: string;
}

const field = (error: unknown, name: string): unknown =>
  typeof error === "object" && error !== null
    ? (error as Readonly<Record<string, unknown>>)[name]
    : undefined;

const names = (value: unknown): readonly string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

/** The adapter's refusal to write into protected sheets or a protected workbook structure. */
export function isProtectedError(error: unknown): boolean {
  return field(error, "code") === "WorkbookProtected";
}

/** The error's own words, for the technical detail. */
export function errorDetail(error: unknown): string {
  if (error instanceof Error && error.message !== "") return error.message;
  return String(error);
}

/** Sorts out a failure: protection, sheets gone since the read, or anything else. */
export function hostError(error: unknown): HostError {
  if (isProtectedError(error))
    return {
      kind: "protected",
      sheets: names(field(error, "sheets")),
      structure: field(error, "structure") === true,
    };
  if (field(error, "code") === "InvalidOperationInCellEditMode") return { kind: "cellEditMode" };
  if (field(error, "code") === "SheetTooLarge") {
    const sheet = field(error, "sheet");
    const range = field(error, "range");
    const cells = field(error, "cells");
    const limit = field(error, "limit");
    if (
      typeof sheet === "string" &&
      typeof range === "string" &&
      typeof cells === "number" &&
      typeof limit === "number"
    )
      return { kind: "tooLarge", sheet, range, cells, limit };
  }
  if (field(error, "code") === "WorkbookChanged") {
    const sheets = names(field(error, "missingSheets"));
    if (sheets.length > 0) return { kind: "changed", sheets };
  }
  // The in-browser workbook applies plans to the workbook as it is now: a sheet the plan
  // needs that is no longer there was deleted or renamed since the read.
  if (error instanceof ApplyPlanError && error.problem.code === "missing-sheet")
    return { kind: "changed", sheets: [error.problem.sheet] };
  return { kind: "unexpected", detail: errorDetail(error) };
}

export interface HostErrorNoticeOptions {
  /** The message for an unexpected error; the generic one by default. */
  readonly unexpected?: MessageKey;
  readonly lead?: MessageKey;
}

/** The notice a section shows for a failed operation. */
export function hostErrorNotice(
  error: unknown,
  options: HostErrorNoticeOptions = {},
): PaneNotice<"error"> {
  const found = hostError(error);
  const lead = options.lead ? { lead: options.lead } : {};
  switch (found.kind) {
    case "protected": {
      const { sheets, structure } = found;
      const key: MessageKey =
        structure && sheets.length > 0
          ? "paneSections.hostError.protectedBoth"
          : structure
            ? "paneSections.hostError.protectedStructure"
            : sheets.length > 0
              ? "paneSections.hostError.protectedSheets"
              : "paneSections.hostError.protected";
      return { intent: "error", key, ...(sheets.length > 0 ? { sheets } : {}), ...lead };
    }
    case "changed":
      return {
        intent: "error",
        key: "paneSections.hostError.changed",
        sheets: found.sheets,
        ...lead,
      };
    case "cellEditMode":
      return { intent: "error", key: "excel.hostError.cellEditMode", ...lead };
    case "tooLarge":
      return {
        intent: "error",
        key: "excel.hostError.tooLarge",
        sheets: [found.sheet],
        params: {
          range: found.range.split(":").pop() ?? found.range,
          cells: found.cells,
          limit: found.limit,
        },
        ...lead,
      };
    case "unexpected":
      return {
        intent: "error",
        key: options.unexpected ?? "paneSections.hostError.unexpected",
        detail: found.detail,
        ...lead,
      };
  }
}

/** Sheet names quoted and listed as the language lists them: `”A”, ”B” ja ”C”`. */
export function sheetList(sheets: readonly string[], lang: Lang): string {
  const quoted = sheets.map((name) => quote(name, lang));
  return new Intl.ListFormat(lang, { type: "conjunction" }).format(quoted);
}

/** The notice's text in the UI language (without the technical detail). */
export function noticeText(lang: Lang, notice: PaneNotice<string>): string {
  const params: MessageParams = {
    ...notice.params,
    ...(notice.sheets ? { sheets: sheetList(notice.sheets, lang) } : {}),
  };
  const text = translate(lang, notice.key, params);
  return notice.lead ? `${translate(lang, notice.lead)} ${text}` : text;
}
