import type { Labels } from "../model/lang";
import { compactKey, vocabularyKey } from "./keys";
import { defineVocabulary, type VocabularyEntry } from "./vocabulary";

/** Statistics Finland's region codes; there is no MK03 or MK20. */
export type RegionCode =
  | "MK01"
  | "MK02"
  | "MK04"
  | "MK05"
  | "MK06"
  | "MK07"
  | "MK08"
  | "MK09"
  | "MK10"
  | "MK11"
  | "MK12"
  | "MK13"
  | "MK14"
  | "MK15"
  | "MK16"
  | "MK17"
  | "MK18"
  | "MK19"
  | "MK21";

export interface RegionEntry extends VocabularyEntry<RegionCode> {
  /** Finnish genitive for memo sentences: `Varsinais-Suomen`. */
  readonly genitive: string;
  /** One of the 18 mainland regions of Act 756/2021; Åland is recognised but not eligible. */
  readonly eligible: boolean;
}

function region(
  code: RegionCode,
  fi: string,
  genitive: string,
  sv: string,
  en: string,
  eligible = true,
): RegionEntry {
  const number = code.slice(2);
  const labels: Labels = { fi, sv, en };
  return {
    code,
    labels,
    genitive,
    eligible,
    aliases: [number, String(Number(number)), `MK${Number(number)}`],
  };
}

const REGION_ENTRIES: readonly RegionEntry[] = [
  region("MK01", "Uusimaa", "Uudenmaan", "Nyland", "Uusimaa"),
  region("MK02", "Varsinais-Suomi", "Varsinais-Suomen", "Egentliga Finland", "Southwest Finland"),
  region("MK04", "Satakunta", "Satakunnan", "Satakunta", "Satakunta"),
  region("MK05", "Kanta-Häme", "Kanta-Hämeen", "Egentliga Tavastland", "Kanta-Häme"),
  region("MK06", "Pirkanmaa", "Pirkanmaan", "Birkaland", "Pirkanmaa"),
  region("MK07", "Päijät-Häme", "Päijät-Hämeen", "Päijänne-Tavastland", "Päijät-Häme"),
  region("MK08", "Kymenlaakso", "Kymenlaakson", "Kymmenedalen", "Kymenlaakso"),
  region("MK09", "Etelä-Karjala", "Etelä-Karjalan", "Södra Karelen", "South Karelia"),
  region("MK10", "Etelä-Savo", "Etelä-Savon", "Södra Savolax", "South Savo"),
  region("MK11", "Pohjois-Savo", "Pohjois-Savon", "Norra Savolax", "North Savo"),
  region("MK12", "Pohjois-Karjala", "Pohjois-Karjalan", "Norra Karelen", "North Karelia"),
  region("MK13", "Keski-Suomi", "Keski-Suomen", "Mellersta Finland", "Central Finland"),
  region("MK14", "Etelä-Pohjanmaa", "Etelä-Pohjanmaan", "Södra Österbotten", "South Ostrobothnia"),
  region("MK15", "Pohjanmaa", "Pohjanmaan", "Österbotten", "Ostrobothnia"),
  region(
    "MK16",
    "Keski-Pohjanmaa",
    "Keski-Pohjanmaan",
    "Mellersta Österbotten",
    "Central Ostrobothnia",
  ),
  region(
    "MK17",
    "Pohjois-Pohjanmaa",
    "Pohjois-Pohjanmaan",
    "Norra Österbotten",
    "North Ostrobothnia",
  ),
  region("MK18", "Kainuu", "Kainuun", "Kajanaland", "Kainuu"),
  region("MK19", "Lappi", "Lapin", "Lappland", "Lapland"),
  region("MK21", "Ahvenanmaa", "Ahvenanmaan", "Åland", "Åland", false),
];

export const REGIONS = defineVocabulary<RegionCode, RegionEntry>("regions", REGION_ENTRIES);

export const REGION_CODES: readonly RegionCode[] = REGION_ENTRIES.map((entry) => entry.code);

/** The regions of the act: the "18" of "n / 18". */
export const ELIGIBLE_REGION_CODES: readonly RegionCode[] = REGION_ENTRIES.filter(
  (entry) => entry.eligible,
).map((entry) => entry.code);

const KNOWN = new Set<string>(REGION_CODES);
const ELIGIBLE = new Set<string>(ELIGIBLE_REGION_CODES);

/** A code of the region vocabulary (`MK01` … `MK19`, `MK21`). */
export function isRegionCode(code: string): code is RegionCode {
  return KNOWN.has(code);
}

/** One of the 18 regions of the act (not Åland, MK21, nor an unknown code). */
export function isEligibleRegion(code: string): boolean {
  return ELIGIBLE.has(code);
}

/**
 * The region a file's name names, e.g. `Kainuu_esitys.xlsx` or `MK18.xlsx`, for telling which
 * region an unreadable file came from; the longest name found wins (`Etelä-Pohjanmaa` over
 * `Pohjanmaa`), and null where none or two regions tie.
 */
export function regionInFileName(fileName: string): RegionCode | null {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const key = compactKey(base.replace(/\.[^.]*$/, ""));
  let best: { code: RegionCode; length: number } | null = null;
  let tie = false;
  for (const entry of REGION_ENTRIES) {
    const names = [entry.code, entry.labels.fi, entry.labels.sv, entry.labels.en, entry.genitive];
    for (const name of names) {
      const nameKey = compactKey(name);
      if (!key.includes(nameKey)) continue;
      if (best === null || nameKey.length > best.length) {
        best = { code: entry.code, length: nameKey.length };
        tie = false;
      } else if (nameKey.length === best.length && best.code !== entry.code) tie = true;
    }
  }
  return best === null || tie ? null : best.code;
}

/** Council names (as `vocabularyKey` has them) that are not a form of the region's name. */
const COUNCIL_NAMES: Readonly<Record<string, RegionCode>> = {
  hameen: "MK05",
  tavastlands: "MK05",
  tavastland: "MK05",
  "helsinki-uusimaa": "MK01",
  "tampere region": "MK06",
  "oulu region": "MK17",
  tavastia: "MK05",
};

/**
 * The region whose regional council a text names (`Satakuntaliitto`, `Pohjois-Karjalan
 * maakuntaliitto`, `Landskapsförbundet i Österbotten`, `Nylands förbund`, `Regional Council
 * of Lapland`, `Helsinki-Uusimaa Regional Council`), or null: a council in the region cell
 * is reported with its region as the fix. `Hämeen liitto` is Kanta-Häme's.
 */
export function regionOfCouncil(raw: string): RegionCode | null {
  const key = vocabularyKey(raw).replace(/\s+/g, " ").trim();
  const name =
    /^(.+?) ?(?:maakuntaliitto|maakunnan liitto|liitto)$/.exec(key)?.[1] ??
    /^(?:landskapsforbundet|forbundet) (?:i|for) (.+)$/.exec(key)?.[1] ??
    /^(.+?) (?:landskapsforbund|forbund)$/.exec(key)?.[1] ??
    /^(?:the )?(?:regional )?council of (?:the )?(.+)$/.exec(key)?.[1] ??
    /^(.+?) regional council$/.exec(key)?.[1] ??
    null;
  if (name === null) return null;
  const bare = name.trim();
  const byName = COUNCIL_NAMES[bare];
  if (byName !== undefined) return byName;
  for (const entry of REGION_ENTRIES) {
    const forms = [entry.genitive, entry.labels.fi, entry.labels.sv, entry.labels.en].map(
      vocabularyKey,
    );
    // Swedish names the council with the genitive -s: `Nylands förbund`.
    if (forms.some((form) => form === bare || `${form}s` === bare)) return entry.code;
  }
  return null;
}
