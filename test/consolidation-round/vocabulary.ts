/**
 * The vocabulary facts of docs/design.md § 5.1 the round is written with, typed in again here
 * from the design (not imported from the product), so the files and the expected figures
 * do not lean on the code under test.
 */
export type Lang = "fi" | "sv" | "en";
export type Names = Readonly<Record<Lang, string>>;

export const REGION_NAMES: Readonly<Record<string, Names>> = {
  MK01: { fi: "Uusimaa", sv: "Nyland", en: "Uusimaa" },
  MK02: { fi: "Varsinais-Suomi", sv: "Egentliga Finland", en: "Southwest Finland" },
  MK04: { fi: "Satakunta", sv: "Satakunta", en: "Satakunta" },
  MK05: { fi: "Kanta-Häme", sv: "Egentliga Tavastland", en: "Kanta-Häme" },
  MK06: { fi: "Pirkanmaa", sv: "Birkaland", en: "Pirkanmaa" },
  MK07: { fi: "Päijät-Häme", sv: "Päijänne-Tavastland", en: "Päijät-Häme" },
  MK08: { fi: "Kymenlaakso", sv: "Kymmenedalen", en: "Kymenlaakso" },
  MK09: { fi: "Etelä-Karjala", sv: "Södra Karelen", en: "South Karelia" },
  MK10: { fi: "Etelä-Savo", sv: "Södra Savolax", en: "South Savo" },
  MK11: { fi: "Pohjois-Savo", sv: "Norra Savolax", en: "North Savo" },
  MK12: { fi: "Pohjois-Karjala", sv: "Norra Karelen", en: "North Karelia" },
  MK13: { fi: "Keski-Suomi", sv: "Mellersta Finland", en: "Central Finland" },
  MK14: { fi: "Etelä-Pohjanmaa", sv: "Södra Österbotten", en: "South Ostrobothnia" },
  MK15: { fi: "Pohjanmaa", sv: "Österbotten", en: "Ostrobothnia" },
  MK16: { fi: "Keski-Pohjanmaa", sv: "Mellersta Österbotten", en: "Central Ostrobothnia" },
  MK17: { fi: "Pohjois-Pohjanmaa", sv: "Norra Österbotten", en: "North Ostrobothnia" },
  MK18: { fi: "Kainuu", sv: "Kajanaland", en: "Kainuu" },
  MK19: { fi: "Lappi", sv: "Lappland", en: "Lapland" },
  MK21: { fi: "Ahvenanmaa", sv: "Åland", en: "Åland" },
};

/** The 18 mainland regions, in Statistics Finland's order; Åland (MK21) is not eligible. */
export const ELIGIBLE = Object.keys(REGION_NAMES).filter((c) => c !== "MK21");
/** Statistics Finland's order of every region code. */
export const REGION_ORDER = Object.keys(REGION_NAMES);

/** Default themes in the vocabulary's order (the group order of § 5.1). */
export const THEMES: readonly { code: string; names: Names }[] = [
  {
    code: "sustainable-vitality",
    names: {
      fi: "Kestävä elinvoima ja investoinnit",
      sv: "Hållbar livskraft och investeringar",
      en: "Sustainable vitality and investments",
    },
  },
  {
    code: "wellbeing",
    names: {
      fi: "Hyvinvoiva väestö ja yhteisöt",
      sv: "Välmående befolkning och samhällen",
      en: "Healthy population and communities",
    },
  },
  {
    code: "attractive-environment",
    names: {
      fi: "Vetovoimainen elinympäristö ja monimuotoinen luonto",
      sv: "Attraktiv livsmiljö och biologisk mångfald",
      en: "Attractive living environment and diverse nature",
    },
  },
  {
    code: "accessibility",
    names: { fi: "Saavutettavuus", sv: "Tillgänglighet", en: "Accessibility" },
  },
  {
    code: "labour-availability",
    names: {
      fi: "Työvoiman saatavuus ja työllisyys",
      sv: "Sysselsättning och tillgång på arbetskraft",
      en: "Labour availability and employment",
    },
  },
  {
    code: "skills-education",
    names: {
      fi: "Osaaminen ja sivistys",
      sv: "Kompetens och bildning",
      en: "Skills and education",
    },
  },
  {
    code: "rdi",
    names: {
      fi: "TKI-toiminta",
      sv: "FUI-verksamhet",
      en: "Research, development and innovation",
    },
  },
  {
    code: "green-transition",
    names: {
      fi: "Vihreä siirtymä ja ilmasto",
      sv: "Grön omställning och klimat",
      en: "Green transition and climate",
    },
  },
  {
    code: "digitalisation",
    names: { fi: "Digitalisaatio", sv: "Digitalisering", en: "Digitalisation" },
  },
  {
    code: "bio-circular-economy",
    names: {
      fi: "Bio- ja kiertotalous",
      sv: "Bioekonomi och cirkulär ekonomi",
      en: "Bio and circular economy",
    },
  },
];

/** Ministries in the Government's order: Finnish code, Swedish code, English name. */
export const MINISTRIES: readonly { code: string; sv: string; en: string }[] = [
  { code: "VNK", sv: "SRK", en: "Prime Minister's Office" },
  { code: "UM", sv: "UM", en: "Ministry for Foreign Affairs" },
  { code: "OM", sv: "JM", en: "Ministry of Justice" },
  { code: "SM", sv: "IM", en: "Ministry of the Interior" },
  { code: "PLM", sv: "FSM", en: "Ministry of Defence" },
  { code: "VM", sv: "FM", en: "Ministry of Finance" },
  { code: "OKM", sv: "UKM", en: "Ministry of Education and Culture" },
  { code: "MMM", sv: "JSM", en: "Ministry of Agriculture and Forestry" },
  { code: "LVM", sv: "KM", en: "Ministry of Transport and Communications" },
  { code: "TEM", sv: "ANM", en: "Ministry of Economic Affairs and Employment" },
  { code: "STM", sv: "SHM", en: "Ministry of Social Affairs and Health" },
  { code: "YM", sv: "MM", en: "Ministry of the Environment" },
];

/** How a region's sheet names a ministry: fi by its code, sv by the Swedish code, en by name. */
export function ministryAs(code: string, lang: Lang): string {
  const m = MINISTRIES.find((x) => x.code === code);
  if (!m) throw new Error(`unknown ministry ${code}`);
  return lang === "fi" ? m.code : lang === "sv" ? m.sv : m.en;
}

export type Level = "national" | "regional" | "interregional" | "both";
export const LEVELS: Readonly<Record<Level, Names>> = {
  national: { fi: "Kansallinen", sv: "Nationell", en: "National" },
  regional: { fi: "Alueellinen", sv: "Regional", en: "Regional" },
  interregional: { fi: "Ylimaakunnallinen", sv: "Landskapsöverskridande", en: "Interregional" },
  both: {
    fi: "Kansallinen ja alueellinen",
    sv: "Nationell och regional",
    en: "National and regional",
  },
};

export type Source =
  "akke" | "akke-own" | "state-other" | "eu-structural" | "region" | "municipalities" | "private";
export const SOURCES: Readonly<Record<Source, Names>> = {
  akke: {
    fi: "AKKE (sopimuksellinen yhteistyö)",
    sv: "AKKE (avtalsbaserat samarbete)",
    en: "AKKE (contractual cooperation)",
  },
  "akke-own": {
    fi: "AKKE (omaehtoinen kehittäminen)",
    sv: "AKKE (självständig utveckling av landskapen)",
    en: "AKKE (region's own development)",
  },
  "state-other": {
    fi: "Muu valtion rahoitus",
    sv: "Annan statlig finansiering",
    en: "Other state funding",
  },
  "eu-structural": {
    fi: "EU:n alue- ja rakennepolitiikan ohjelma",
    sv: "EU:s regional- och strukturpolitiska program",
    en: "EU regional and structural policy programme",
  },
  region: { fi: "Maakunnan liitto", sv: "Landskapsförbund", en: "Regional council" },
  municipalities: { fi: "Kunnat", sv: "Kommuner", en: "Municipalities" },
  private: { fi: "Yksityinen rahoitus", sv: "Privat finansiering", en: "Private funding" },
};

export const AGREED: Names = { fi: "Sovittu", sv: "Överenskommen", en: "Agreed" };
export const SUPPORTS: Names = { fi: "Tukee", sv: "Stöder", en: "Supports" };
export const IN_PROGRESS: Names = { fi: "Käynnissä", sv: "Pågående", en: "In progress" };

/** The proposal and settings labels of § 5.2 / § 5.3 that the files use. */
export const LABEL = {
  region: { fi: "Maakunta", sv: "Landskap", en: "Region" },
  period: { fi: "Kausi", sv: "Period", en: "Period" },
  contact: { fi: "Yhteyshenkilö", sv: "Kontaktperson", en: "Contact" },
  itemId: { fi: "Nro", sv: "Nr", en: "No." },
  theme: { fi: "Teema", sv: "Tema", en: "Theme" },
  objective: { fi: "Tavoite", sv: "Mål", en: "Objective" },
  nationalMeasure: { fi: "Kansallinen toimenpide", sv: "Nationell åtgärd", en: "National measure" },
  level: { fi: "Taso", sv: "Nivå", en: "Level" },
  leadMinistry: { fi: "Vastuuministeriö", sv: "Ansvarigt ministerium", en: "Lead ministry" },
  otherMinistries: { fi: "Muut ministeriöt", sv: "Övriga ministerier", en: "Other ministries" },
  legislation: {
    fi: "Säädösmuutostarve",
    sv: "Behov av författningsändring",
    en: "Legislative change needed",
  },
  statute: { fi: "Säädös", sv: "Författning", en: "Statute" },
  expertSupport: {
    fi: "Valtion asiantuntijatuki",
    sv: "Statens sakkunnigstöd",
    en: "State expert support",
  },
  indicator: { fi: "Seurantamittari", sv: "Uppföljningsindikator", en: "Monitoring indicator" },
  baseline: { fi: "Lähtötaso", sv: "Utgångsnivå", en: "Baseline" },
  target: { fi: "Tavoitetaso", sv: "Målnivå", en: "Target" },
  targetYear: { fi: "Tavoitevuosi", sv: "Målår", en: "Target year" },
  discussionStatus: { fi: "Käsittelytila", sv: "Behandlingsstatus", en: "Discussion status" },
  ministryPosition: {
    fi: "Ministeriön kanta",
    sv: "Ministeriets ståndpunkt",
    en: "Ministry position",
  },
  implementationStatus: {
    fi: "Toteutumisen tila",
    sv: "Genomförandestatus",
    en: "Implementation status",
  },
  progress: { fi: "Toteuma", sv: "Utfall", en: "Outcome" },
  source: { fi: "Rahoituslähde", sv: "Finansieringskälla", en: "Funding source" },
  total: { fi: "Yhteensä", sv: "Totalt", en: "Total" },
  akkeEnvelope: { fi: "AKKE-määräraha", sv: "AKKE-anslag", en: "AKKE envelope" },
  round: { fi: "Kierros", sv: "Omgång", en: "Round" },
  budgetYear: { fi: "Talousarviovuosi", sv: "Budgetår", en: "Budget year" },
  allocation: { fi: "AKKE-jako", sv: "AKKE-fördelning", en: "AKKE allocation" },
} as const satisfies Record<string, Names>;
