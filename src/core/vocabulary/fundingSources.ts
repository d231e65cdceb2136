import { defineVocabulary, type VocabularyEntry } from "./vocabulary";

export type FundingSourceCode =
  | "akke"
  | "akke-own"
  | "state-other"
  | "eu-structural"
  | "interreg"
  | "eu-other"
  | "region"
  | "municipalities"
  | "own"
  | "private"
  | "other";

function source(
  code: FundingSourceCode,
  fi: string,
  sv: string,
  en: string,
  aliases?: readonly string[],
): VocabularyEntry<FundingSourceCode> {
  return aliases === undefined
    ? { code, labels: { fi, sv, en } }
    : { code, labels: { fi, sv, en }, aliases };
}

export const FUNDING_SOURCES = defineVocabulary("funding-sources", [
  source(
    "akke",
    "AKKE (sopimuksellinen yhteistyö)",
    "AKKE (avtalsbaserat samarbete)",
    "AKKE (contractual cooperation)",
    // "sopimusperusteinen yhteistyö" is the budget's own wording of the same appropriation.
    [
      "AKKE",
      "AKKE (sopimusperusteinen yhteistyö)",
      "sopimusperusteinen yhteistyö",
      "sopimuksellinen yhteistyö",
    ],
  ),
  source(
    "akke-own",
    "AKKE (omaehtoinen kehittäminen)",
    "AKKE (självständig utveckling av landskapen)",
    "AKKE (region's own development)",
  ),
  source(
    "state-other",
    "Muu valtion rahoitus",
    "Annan statlig finansiering",
    "Other state funding",
  ),
  source(
    "eu-structural",
    "EU:n alue- ja rakennepolitiikan ohjelma",
    "EU:s regional- och strukturpolitiska program",
    "EU regional and structural policy programme",
  ),
  source("interreg", "Interreg", "Interreg", "Interreg"),
  source("eu-other", "Muu EU-rahoitus", "Annan EU-finansiering", "Other EU funding"),
  source("region", "Maakunnan liitto", "Landskapsförbund", "Regional council"),
  source("municipalities", "Kunnat", "Kommuner", "Municipalities"),
  source("own", "Hakijan omarahoitus", "Sökandens egenfinansiering", "Applicant's own funding"),
  source("private", "Yksityinen rahoitus", "Privat finansiering", "Private funding"),
  source("other", "Muu", "Övrig finansiering", "Other"),
]);

/** The only source that counts against a region's AKKE allocation. */
export const AKKE_ALLOCATION_SOURCE: FundingSourceCode = "akke";

/** Sources that together count as AKKE support for the maximum-share rule. */
export const AKKE_SUPPORT_SOURCES: readonly FundingSourceCode[] = ["akke", "akke-own"];

export function isAkkeSupport(code: string | null): boolean {
  return (AKKE_SUPPORT_SOURCES as readonly (string | null)[]).includes(code);
}

export const FUNDING_SOURCE_CODES: readonly FundingSourceCode[] = FUNDING_SOURCES.entries.map(
  (entry) => entry.code,
);
