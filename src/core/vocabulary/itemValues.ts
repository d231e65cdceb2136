import { defineVocabulary, type VocabularyEntry } from "./vocabulary";

/** The short closed lists of an item's columns (docs/design.md § 5.1). */

function entry<C extends string>(code: C, fi: string, sv: string, en: string): VocabularyEntry<C> {
  return { code, labels: { fi, sv, en } };
}

export type CrossCuttingCode = "security" | "internationality" | "regional-orientation";

/** Several per item, in one cell: read with `lookupMany`. */
export const CROSS_CUTTING = defineVocabulary("cross-cutting", [
  entry<CrossCuttingCode>(
    "security",
    "Kokonaisturvallisuus",
    "Övergripande säkerhet",
    "Comprehensive security",
  ),
  entry<CrossCuttingCode>(
    "internationality",
    "Kansainvälisyys",
    "Internationalisering",
    "Internationality",
  ),
  entry<CrossCuttingCode>(
    "regional-orientation",
    "Aluelähtöisyys",
    "Regional orientering",
    "Regional orientation",
  ),
]);

export type LevelCode = "national" | "regional" | "interregional" | "both";

export const LEVELS = defineVocabulary("levels", [
  entry<LevelCode>("national", "Kansallinen", "Nationell", "National"),
  entry<LevelCode>("regional", "Alueellinen", "Regional", "Regional"),
  entry<LevelCode>("interregional", "Ylimaakunnallinen", "Landskapsöverskridande", "Interregional"),
  entry<LevelCode>(
    "both",
    "Kansallinen ja alueellinen",
    "Nationell och regional",
    "National and regional",
  ),
]);

export type DiscussionStatusCode = "proposed" | "agreed" | "not-agreed";

/** An empty cell means `proposed`. */
export const DISCUSSION_STATUS = defineVocabulary("discussion-status", [
  entry<DiscussionStatusCode>("proposed", "Ehdotettu", "Föreslagen", "Proposed"),
  entry<DiscussionStatusCode>("agreed", "Sovittu", "Överenskommen", "Agreed"),
  entry<DiscussionStatusCode>("not-agreed", "Ei sovittu", "Inte överenskommen", "Not agreed"),
]);

export type ImplementationStatusCode =
  "not-started" | "in-progress" | "delayed" | "completed" | "not-implemented";

export const IMPLEMENTATION_STATUS = defineVocabulary("implementation-status", [
  entry<ImplementationStatusCode>("not-started", "Ei aloitettu", "Inte påbörjad", "Not started"),
  entry<ImplementationStatusCode>("in-progress", "Käynnissä", "Pågående", "In progress"),
  entry<ImplementationStatusCode>("delayed", "Viivästynyt", "Försenad", "Delayed"),
  entry<ImplementationStatusCode>("completed", "Toteutunut", "Genomförd", "Completed"),
  entry<ImplementationStatusCode>(
    "not-implemented",
    "Ei toteuteta",
    "Genomförs inte",
    "Not implemented",
  ),
]);

export type MinistryPositionCode = "supports" | "does-not-support" | "to-be-examined";

export const MINISTRY_POSITION = defineVocabulary("ministry-position", [
  entry<MinistryPositionCode>("supports", "Tukee", "Stöder", "Supports"),
  entry<MinistryPositionCode>("does-not-support", "Ei tue", "Stöder inte", "Does not support"),
  entry<MinistryPositionCode>("to-be-examined", "Selvitettävä", "Ska utredas", "To be examined"),
]);

export type NationalFollowUpCode = "forward" | "not-forward" | "examine";

/** The coordinator's decision on an item. */
export const NATIONAL_FOLLOW_UP = defineVocabulary("national-follow-up", [
  entry<NationalFollowUpCode>("forward", "Viedään eteenpäin", "Förs vidare", "Taken forward"),
  entry<NationalFollowUpCode>(
    "not-forward",
    "Ei viedä eteenpäin",
    "Förs inte vidare",
    "Not taken forward",
  ),
  entry<NationalFollowUpCode>("examine", "Selvitetään", "Utreds", "Under examination"),
]);

export type YesNoCode = "yes" | "no";

/** Booleans that reached a cell as text (Excel shows TOSI / SANT / TRUE) are accepted too. */
export const YES_NO = defineVocabulary("yes-no", [
  {
    code: "yes" as YesNoCode,
    labels: { fi: "Kyllä", sv: "Ja", en: "Yes" },
    aliases: ["TRUE", "TOSI", "SANT"],
  },
  {
    code: "no" as YesNoCode,
    labels: { fi: "Ei", sv: "Nej", en: "No" },
    aliases: ["FALSE", "EPÄTOSI", "FALSKT"],
  },
]);
