import { vocabularyKey } from "./keys";
import { defineVocabulary, type VocabularyEntry } from "./vocabulary";

export type MinistryCode =
  "VNK" | "UM" | "OM" | "SM" | "PLM" | "VM" | "OKM" | "MMM" | "LVM" | "TEM" | "STM" | "YM";

export interface MinistryEntry extends VocabularyEntry<MinistryCode> {
  /** The Swedish abbreviation, e.g. `ANM` for TEM. Also accepted by lookup. */
  readonly svCode: string;
}

function ministry(
  code: MinistryCode,
  svCode: string,
  fi: string,
  sv: string,
  en: string,
): MinistryEntry {
  return { code, svCode, labels: { fi, sv, en }, aliases: [svCode] };
}

const MINISTRY_ENTRIES: readonly MinistryEntry[] = [
  ministry(
    "VNK",
    "SRK",
    "valtioneuvoston kanslia",
    "statsrådets kansli",
    "Prime Minister's Office",
  ),
  ministry("UM", "UM", "ulkoministeriö", "utrikesministeriet", "Ministry for Foreign Affairs"),
  ministry("OM", "JM", "oikeusministeriö", "justitieministeriet", "Ministry of Justice"),
  ministry("SM", "IM", "sisäministeriö", "inrikesministeriet", "Ministry of the Interior"),
  ministry("PLM", "FSM", "puolustusministeriö", "försvarsministeriet", "Ministry of Defence"),
  ministry("VM", "FM", "valtiovarainministeriö", "finansministeriet", "Ministry of Finance"),
  ministry(
    "OKM",
    "UKM",
    "opetus- ja kulttuuriministeriö",
    "undervisnings- och kulturministeriet",
    "Ministry of Education and Culture",
  ),
  ministry(
    "MMM",
    "JSM",
    "maa- ja metsätalousministeriö",
    "jord- och skogsbruksministeriet",
    "Ministry of Agriculture and Forestry",
  ),
  ministry(
    "LVM",
    "KM",
    "liikenne- ja viestintäministeriö",
    "kommunikationsministeriet",
    "Ministry of Transport and Communications",
  ),
  ministry(
    "TEM",
    "ANM",
    "työ- ja elinkeinoministeriö",
    "arbets- och näringsministeriet",
    "Ministry of Economic Affairs and Employment",
  ),
  ministry(
    "STM",
    "SHM",
    "sosiaali- ja terveysministeriö",
    "social- och hälsovårdsministeriet",
    "Ministry of Social Affairs and Health",
  ),
  ministry("YM", "MM", "ympäristöministeriö", "miljöministeriet", "Ministry of the Environment"),
];

export const MINISTRIES = defineVocabulary<MinistryCode, MinistryEntry>(
  "ministries",
  MINISTRY_ENTRIES,
);

export const MINISTRY_CODES: readonly MinistryCode[] = MINISTRY_ENTRIES.map((entry) => entry.code);

/** The abbreviation in the language of a Swedish text: `ANM` for TEM. */
export function ministrySvCode(code: MinistryCode): string {
  return MINISTRY_ENTRIES.find((entry) => entry.code === code)?.svCode ?? code;
}

/**
 * Former names and abbreviations of today's ministries, each of which stands for one
 * ministry only: the opetusministeriö (OPM) became OKM in 2010; the kauppa- ja
 * teollisuusministeriö (KTM) and the työministeriö became TEM in 2008; the
 * sisäasiainministeriö is today's sisäministeriö (SM). Not accepted as values: the rules
 * report them, with today's abbreviation as the fix.
 */
const FORMER_MINISTRY_NAMES: readonly (readonly [string, MinistryCode])[] = [
  ["OPM", "OKM"],
  ["opetusministeriö", "OKM"],
  ["undervisningsministeriet", "OKM"],
  ["Ministry of Education", "OKM"],
  ["KTM", "TEM"],
  ["kauppa- ja teollisuusministeriö", "TEM"],
  ["handels- och industriministeriet", "TEM"],
  ["HIM", "TEM"],
  ["Ministry of Trade and Industry", "TEM"],
  ["työministeriö", "TEM"],
  ["arbetsministeriet", "TEM"],
  ["Ministry of Labour", "TEM"],
  ["sisäasiainministeriö", "SM"],
  ["SISM", "SM"],
];

const FORMER_INDEX = new Map<string, MinistryCode>(
  FORMER_MINISTRY_NAMES.map(([name, code]) => [vocabularyKey(name), code]),
);

/** Today's ministry for a former name or abbreviation (`OPM` → OKM), or null. */
export function formerMinistry(raw: string): MinistryCode | null {
  return FORMER_INDEX.get(vocabularyKey(raw)) ?? null;
}
