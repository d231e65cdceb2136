/**
 * What a failed workbook operation means to the user, for every section that writes. The
 * host port says what went wrong (`HostError`, src/workbook/host.ts), each adapter in its
 * own terms translated; the pane only words it.
 */
import { translate, type MessageKey, type MessageParams } from "../core/i18n";
// The `paneSections.hostError.*` and `excel.hostError.*` texts, loaded with the code that shows them.
import "../core/i18n/messages/excel";
import "../core/i18n/messages/paneSections";
import { quote } from "../core/locale/quote";
import type { Lang } from "../core/model/lang";
import { hostErrorOf, type HostError } from "../workbook/host";

/** A failure, as the user needs to hear about it: the host's reason, or an unexpected error. */
export type PaneHostError = HostError | { readonly kind: "unexpected"; readonly detail: string };

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

/** The error's own words, for the technical detail. */
export function errorDetail(error: unknown): string {
  if (error instanceof Error && error.message !== "") return error.message;
  return String(error);
}

/** Sorts out a failure: what the host says it was, or unexpected. */
export function hostError(error: unknown): PaneHostError {
  return hostErrorOf(error) ?? { kind: "unexpected", detail: errorDetail(error) };
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
