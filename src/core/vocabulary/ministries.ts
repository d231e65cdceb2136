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
