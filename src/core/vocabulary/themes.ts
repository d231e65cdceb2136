import { defineVocabulary, type Vocabulary, type VocabularyEntry } from "./vocabulary";

export type ThemeGroup = "priority" | "precondition" | "topic";

/** The default theme codes; a round's settings may add codes of its own. */
export type DefaultThemeCode =
  | "sustainable-vitality"
  | "wellbeing"
  | "attractive-environment"
  | "accessibility"
  | "labour-availability"
  | "skills-education"
  | "rdi"
  | "green-transition"
  | "digitalisation"
  | "bio-circular-economy"
  | "other";

export interface ThemeEntry<C extends string = string> extends VocabularyEntry<C> {
  readonly group: ThemeGroup;
}

/** The theme groups with their plural headings; the singulars are accepted in a Group column. */
export const THEME_GROUPS = defineVocabulary<ThemeGroup, VocabularyEntry<ThemeGroup>>(
  "theme-groups",
  [
    {
      code: "priority",
      labels: { fi: "Painopisteet", sv: "Prioriteringar", en: "Priorities" },
      aliases: ["Painopiste", "Prioritering", "Priority"],
    },
    {
      code: "precondition",
      labels: { fi: "Edellytykset", sv: "Förutsättningar", en: "Preconditions" },
      aliases: ["Edellytys", "Förutsättning", "Precondition"],
    },
    {
      code: "topic",
      labels: { fi: "Muut aiheet", sv: "Övriga ämnen", en: "Other topics" },
      aliases: ["Muu aihe", "Övrigt ämne", "Other topic", "Topic"],
    },
  ],
);

function theme(
  code: DefaultThemeCode,
  group: ThemeGroup,
  fi: string,
  sv: string,
  en: string,
): ThemeEntry<DefaultThemeCode> {
  return { code, group, labels: { fi, sv, en } };
}

export const DEFAULT_THEME_ENTRIES: readonly ThemeEntry<DefaultThemeCode>[] = [
  theme(
    "sustainable-vitality",
    "priority",
    "Kestävä elinvoima ja investoinnit",
    "Hållbar livskraft och investeringar",
    "Sustainable vitality and investments",
  ),
  theme(
    "wellbeing",
    "priority",
    "Hyvinvoiva väestö ja yhteisöt",
    "Välmående befolkning och samhällen",
    "Healthy population and communities",
  ),
  theme(
    "attractive-environment",
    "priority",
    "Vetovoimainen elinympäristö ja monimuotoinen luonto",
    "Attraktiv livsmiljö och biologisk mångfald",
    "Attractive living environment and diverse nature",
  ),
  theme("accessibility", "precondition", "Saavutettavuus", "Tillgänglighet", "Accessibility"),
  theme(
    "labour-availability",
    "precondition",
    "Työvoiman saatavuus ja työllisyys",
    "Sysselsättning och tillgång på arbetskraft",
    "Labour availability and employment",
  ),
  theme(
    "skills-education",
    "precondition",
    "Osaaminen ja sivistys",
    "Kompetens och bildning",
    "Skills and education",
  ),
  theme("rdi", "topic", "TKI-toiminta", "FUI-verksamhet", "Research, development and innovation"),
  theme(
    "green-transition",
    "topic",
    "Vihreä siirtymä ja ilmasto",
    "Grön omställning och klimat",
    "Green transition and climate",
  ),
  theme("digitalisation", "topic", "Digitalisaatio", "Digitalisering", "Digitalisation"),
  theme(
    "bio-circular-economy",
    "topic",
    "Bio- ja kiertotalous",
    "Bioekonomi och cirkulär ekonomi",
    "Bio and circular economy",
  ),
  theme("other", "topic", "Muu", "Övrigt", "Other"),
];

export type ThemeVocabulary<C extends string = string> = Vocabulary<C, ThemeEntry<C>>;

export const DEFAULT_THEMES: ThemeVocabulary<DefaultThemeCode> = defineVocabulary(
  "themes",
  DEFAULT_THEME_ENTRIES,
);

/** A round's own theme list (from its settings sheet), looked up like the defaults. */
export function themeVocabulary(entries: readonly ThemeEntry[]): ThemeVocabulary {
  return defineVocabulary<string, ThemeEntry>("themes", entries);
}
