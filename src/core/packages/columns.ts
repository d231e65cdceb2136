import { msg as consolidateMsg } from "../consolidate/text";
import { interpolate, type MessageParams } from "../i18n/translate";
import { packages as messages, type PackagesMessageKey } from "../i18n/messages/packages";
import { LANGS, type Lang } from "../model/lang";
import { labelsFor } from "../recognise/labels";
import { matchKey } from "../text/normalise";

export function packagesMsg(lang: Lang, key: PackagesMessageKey, params?: MessageParams): string {
  return interpolate(messages[lang][key], params);
}

/** The columns a ministry fills in, in their order at the right of every table. */
export const FILL_KEYS = ["position", "reasoning", "followUp", "contact"] as const;
export type FillKey = (typeof FILL_KEYS)[number];

/** The columns that tie a row to its item; the reader finds a table by them. */
const KEY_COLUMNS = ["regionCode", "itemId", "check"] as const;
export type KeyColumn = (typeof KEY_COLUMNS)[number];

/** Columns by which the reader tells the legislation and expert support tables apart. */
export type PartColumn = "legislation" | "expertSupport";

export type HeaderKey = FillKey | KeyColumn | PartColumn;

export function header(key: HeaderKey, lang: Lang): string {
  switch (key) {
    case "position":
      return labelsFor("ministryPosition", lang);
    case "reasoning":
      return packagesMsg(lang, "packages.col.reasoning");
    case "followUp":
      return labelsFor("nationalFollowUp", lang);
    case "contact":
      return labelsFor("contact", lang);
    case "regionCode":
      return consolidateMsg(lang, "consolidate.col.regionCode");
    case "itemId":
      return labelsFor("itemId", lang);
    case "check":
      return packagesMsg(lang, "packages.col.check");
    case "legislation":
    case "expertSupport":
      return labelsFor(key, lang);
  }
}

const HEADER_KEYS: readonly HeaderKey[] = [
  ...FILL_KEYS,
  ...KEY_COLUMNS,
  "legislation",
  "expertSupport",
];

/** A header cell's text in any of the three languages → its key. */
const BY_TEXT: ReadonlyMap<string, HeaderKey> = new Map(
  LANGS.flatMap((lang) => HEADER_KEYS.map((key) => [matchKey(header(key, lang)), key] as const)),
);

export function headerKeyOf(textValue: string): HeaderKey | null {
  return BY_TEXT.get(matchKey(textValue)) ?? null;
}

/** The name of the very hidden sheet that says what the workbook is and which round it serves. */
export const PACKAGE_INFO_SHEET = "_ra_package";
export const PACKAGE_KIND = "ministry-package";
export const PACKAGE_SCHEMA_VERSION = 1;
