import type { Labels, Lang } from "../model/lang";

/**
 * The label catalogue of the proposal and settings sheets (docs/design.md § 5.2, § 5.3): every
 * header-block field and every table column, with fi/sv/en labels, the extra labels read
 * but never written, whether it is required and what the cells hold. Recognition reads it;
 * templates write `labels`. Swedish labels are to be checked by a fluent speaker.
 */

/** The vocabularies a cell can be checked against (docs/design.md § 5.1). */
export type VocabularyName =
  | "regions"
  | "ministries"
  | "themes"
  | "themeGroups"
  | "crossCutting"
  | "levels"
  | "discussionStatus"
  | "implementationStatus"
  | "ministryPosition"
  | "nationalFollowUp"
  | "fundingSources"
  | "yesNo";

/** What the cells under a label hold, so the rules know how to read them. */
export type ContentType =
  /** Free text; never read as a number. */
  | { readonly kind: "text" }
  /** An identifier kept as text (`1.1` is not a number and not a date). */
  | { readonly kind: "id" }
  /** Euros, scaled by the header's unit. */
  | { readonly kind: "money" }
  | { readonly kind: "year" }
  /** A start and end year (`2026–2028`) or two cells. */
  | { readonly kind: "period" }
  | { readonly kind: "date" }
  | { readonly kind: "percent" }
  | { readonly kind: "integer" }
  | { readonly kind: "numberOrText" }
  | { readonly kind: "vocabulary"; readonly vocabulary: VocabularyName }
  /** Several vocabulary values separated by `,` `;` or new lines. */
  | { readonly kind: "multiVocabulary"; readonly vocabulary: VocabularyName };

const TEXT: ContentType = { kind: "text" };
const MONEY: ContentType = { kind: "money" };
const PERCENT: ContentType = { kind: "percent" };
const NUMBER_OR_TEXT: ContentType = { kind: "numberOrText" };
const vocabulary = (name: VocabularyName): ContentType => ({
  kind: "vocabulary",
  vocabulary: name,
});
const multi = (name: VocabularyName): ContentType => ({
  kind: "multiVocabulary",
  vocabulary: name,
});

/** Every label of the catalogue in one place: a key shared by two tables has one set of labels. */
export const LABELS = {
  // Proposal header block
  region: { fi: "Maakunta", sv: "Landskap", en: "Region" },
  period: { fi: "Kausi", sv: "Period", en: "Period" },
  contact: { fi: "Yhteyshenkilö", sv: "Kontaktperson", en: "Contact" },
  date: { fi: "Päivämäärä", sv: "Datum", en: "Date" },
  round: { fi: "Kierros", sv: "Omgång", en: "Round" },
  programme: { fi: "Maakuntaohjelma", sv: "Landskapsprogram", en: "Regional programme" },
  // Settings header block
  referenceNumber: { fi: "Diaarinumero", sv: "Diarienummer", en: "Reference number" },
  legalBasis: { fi: "Säädösperusta", sv: "Rättslig grund", en: "Legal basis" },
  budgetYear: { fi: "Talousarviovuosi", sv: "Budgetår", en: "Budget year" },
  akkeEnvelope: { fi: "AKKE-määräraha", sv: "AKKE-anslag", en: "AKKE envelope" },
  akkeMaxShare: { fi: "AKKE-osuus enintään", sv: "AKKE-andel högst", en: "AKKE maximum share" },
  maxThemes: { fi: "Teemoja enintään", sv: "Högsta antal teman", en: "Maximum themes" },
  deadline: { fi: "Määräaika", sv: "Tidsfrist", en: "Deadline" },
  author: { fi: "Laatija", sv: "Utarbetad av", en: "Prepared by" },
  // Items table
  itemId: { fi: "Nro", sv: "Nr", en: "No." },
  theme: { fi: "Teema", sv: "Tema", en: "Theme" },
  crossCutting: {
    fi: "Poikkileikkaavat näkökulmat",
    sv: "Genomgående aspekter",
    en: "Cross-cutting perspectives",
  },
  programmePriority: {
    fi: "Maakuntaohjelman painopiste",
    sv: "Prioritering i landskapsprogrammet",
    en: "Regional programme priority",
  },
  objective: { fi: "Tavoite", sv: "Mål", en: "Objective" },
  regionalNeed: { fi: "Maakunnan tarve", sv: "Landskapets behov", en: "Regional need" },
  nationalMeasure: { fi: "Kansallinen toimenpide", sv: "Nationell åtgärd", en: "National measure" },
  regionCommitment: {
    fi: "Maakunnan oma panos",
    sv: "Landskapets egen insats",
    en: "Region's own contribution",
  },
  level: { fi: "Taso", sv: "Nivå", en: "Level" },
  leadMinistry: { fi: "Vastuuministeriö", sv: "Ansvarigt ministerium", en: "Lead ministry" },
  otherMinistries: { fi: "Muut ministeriöt", sv: "Övriga ministerier", en: "Other ministries" },
  regionalActors: { fi: "Alueelliset toimijat", sv: "Regionala aktörer", en: "Regional actors" },
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
  investmentNeed: { fi: "Investointitarve", sv: "Investeringsbehov", en: "Investment need" },
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
  nationalFollowUp: { fi: "Jatkokäsittely", sv: "Fortsatt behandling", en: "National follow-up" },
  implementationStatus: {
    fi: "Toteutumisen tila",
    sv: "Genomförandestatus",
    en: "Implementation status",
  },
  progress: { fi: "Toteuma", sv: "Utfall", en: "Outcome" },
  notes: { fi: "Huomiot", sv: "Anmärkningar", en: "Notes" },
  // Funding table
  source: { fi: "Rahoituslähde", sv: "Finansieringskälla", en: "Funding source" },
  total: { fi: "Yhteensä", sv: "Totalt", en: "Total" },
  // Allocation table
  allocation: { fi: "AKKE-jako", sv: "AKKE-fördelning", en: "AKKE allocation" },
  share: { fi: "Osuus", sv: "Andel", en: "Share" },
  maxShare: { fi: "AKKE-osuus enintään", sv: "AKKE-andel högst", en: "AKKE maximum share" },
  // Themes table
  code: { fi: "Koodi", sv: "Kod", en: "Code" },
  group: { fi: "Ryhmä", sv: "Grupp", en: "Group" },
  fi: { fi: "Suomeksi", sv: "Finska", en: "Finnish" },
  sv: { fi: "Ruotsiksi", sv: "Svenska", en: "Swedish" },
  en: { fi: "Englanniksi", sv: "Engelska", en: "English" },
  active: { fi: "Käytössä", sv: "I bruk", en: "Active" },
} as const satisfies Record<string, Labels>;

export type LabelKey = keyof typeof LABELS;

/** The label of `key` in `lang`, or all three when no language is given. */
export function labelsFor(key: LabelKey): Labels;
export function labelsFor(key: LabelKey, lang: Lang): string;
export function labelsFor(key: LabelKey, lang?: Lang): Labels | string {
  const labels: Labels = LABELS[key];
  return lang === undefined ? labels : labels[lang];
}

/** One header-block field or table column. */
export interface LabelDef<K extends LabelKey> {
  readonly key: K;
  readonly labels: Labels;
  /** Older or colloquial labels that are read but never written. */
  readonly aliases?: Partial<Readonly<Record<Lang, readonly string[]>>>;
  readonly required: boolean;
  readonly content: ContentType;
}

function def<K extends LabelKey>(
  key: K,
  required: boolean,
  content: ContentType,
  aliases?: LabelDef<K>["aliases"],
): LabelDef<K> {
  return aliases
    ? { key, labels: LABELS[key], required, content, aliases }
    : { key, labels: LABELS[key], required, content };
}

export type ProposalFieldKey = "region" | "period" | "contact" | "date" | "round" | "programme";

/** Header block of a regional proposal. Region and period are checked by HDR-REGION / HDR-PERIOD. */
export const PROPOSAL_FIELDS: readonly LabelDef<ProposalFieldKey>[] = [
  def("region", true, vocabulary("regions")),
  def("period", true, { kind: "period" }),
  def("contact", false, TEXT),
  def("date", false, { kind: "date" }),
  def("round", false, TEXT),
  def("programme", false, TEXT),
];

export type SettingsFieldKey =
  | "round"
  | "referenceNumber"
  | "legalBasis"
  | "period"
  | "budgetYear"
  | "akkeEnvelope"
  | "akkeMaxShare"
  | "maxThemes"
  | "deadline"
  | "author";

/** Header block of the round settings; every field has a default except the envelope label, which identifies the sheet. */
export const SETTINGS_FIELDS: readonly LabelDef<SettingsFieldKey>[] = [
  def("round", false, TEXT),
  def("referenceNumber", false, TEXT),
  def("legalBasis", false, TEXT),
  def("period", false, { kind: "period" }),
  def("budgetYear", false, { kind: "year" }),
  def("akkeEnvelope", true, MONEY),
  def("akkeMaxShare", false, PERCENT),
  def("maxThemes", false, { kind: "integer" }),
  def("deadline", false, { kind: "date" }),
  def("author", false, TEXT),
];

export type ItemKey =
  | "itemId"
  | "theme"
  | "crossCutting"
  | "programmePriority"
  | "objective"
  | "regionalNeed"
  | "nationalMeasure"
  | "regionCommitment"
  | "level"
  | "leadMinistry"
  | "otherMinistries"
  | "regionalActors"
  | "legislation"
  | "statute"
  | "expertSupport"
  | "investmentNeed"
  | "indicator"
  | "baseline"
  | "target"
  | "targetYear"
  | "discussionStatus"
  | "ministryPosition"
  | "nationalFollowUp"
  | "implementationStatus"
  | "progress"
  | "notes";

/** The items table of § 5.2, in the template's column order. */
export const ITEM_COLUMNS: readonly LabelDef<ItemKey>[] = [
  def("itemId", true, { kind: "id" }),
  def("theme", true, vocabulary("themes")),
  def("crossCutting", false, multi("crossCutting")),
  def("programmePriority", false, TEXT),
  def("objective", true, TEXT),
  def("regionalNeed", false, TEXT, { fi: ["Alueen tarve"] }),
  def("nationalMeasure", false, TEXT),
  def("regionCommitment", false, TEXT, { fi: ["Alueen oma panos"] }),
  def("level", true, vocabulary("levels")),
  def("leadMinistry", true, vocabulary("ministries")),
  def("otherMinistries", false, multi("ministries")),
  def("regionalActors", false, TEXT),
  def("legislation", false, TEXT),
  def("statute", false, TEXT),
  def("expertSupport", false, TEXT),
  def("investmentNeed", false, MONEY),
  def("indicator", false, TEXT),
  def("baseline", false, NUMBER_OR_TEXT),
  def("target", false, NUMBER_OR_TEXT),
  def("targetYear", false, { kind: "year" }),
  def("discussionStatus", false, vocabulary("discussionStatus")),
  def("ministryPosition", false, vocabulary("ministryPosition")),
  def("nationalFollowUp", false, vocabulary("nationalFollowUp")),
  def("implementationStatus", false, vocabulary("implementationStatus")),
  def("progress", false, NUMBER_OR_TEXT),
  def("notes", false, TEXT),
];

export type FundingKey = "itemId" | "source" | "total";

/**
 * The fixed columns of the funding table; between source and total come one money column
 * per year of the period (see `parseYearHeader`), checked by STRUCT-YEAR-COLUMNS.
 * The total is optional: it is a SUM in the template and only compared with the years
 * (FUND-TOTAL-MISMATCH) where present; consolidation sums the years itself.
 */
export const FUNDING_COLUMNS: readonly LabelDef<FundingKey>[] = [
  def("itemId", true, { kind: "id" }),
  def("source", true, vocabulary("fundingSources")),
  def("total", false, MONEY),
];

/** Content of every funding year column. */
export type AllocationKey = "region" | "allocation" | "share" | "maxShare";

export const ALLOCATION_COLUMNS: readonly LabelDef<AllocationKey>[] = [
  def("region", true, vocabulary("regions")),
  def("allocation", true, MONEY),
  def("share", false, PERCENT),
  def("maxShare", false, PERCENT),
];

export type ThemeColumnKey = "code" | "group" | "fi" | "sv" | "en" | "active";

/** The round's own theme list. Code, group and the Finnish label are needed by the memo; empty `active` means active. */
export const THEME_COLUMNS: readonly LabelDef<ThemeColumnKey>[] = [
  def("code", true, { kind: "id" }),
  def("group", true, vocabulary("themeGroups")),
  def("fi", true, TEXT),
  def("sv", false, TEXT),
  def("en", false, TEXT),
  def("active", false, vocabulary("yesNo")),
];

/**
 * Titles a template may write on a row of their own above a table. A row holding only one
 * of these is not a data row of the table above it.
 */
export const SECTION_TITLES = {
  items: { fi: "Kohteet", sv: "Objekt", en: "Items" },
  funding: { fi: "Rahoitus", sv: "Finansiering", en: "Funding" },
  allocation: {
    fi: "AKKE-jako maakunnittain",
    sv: "AKKE-fördelning per landskap",
    en: "AKKE allocation by region",
  },
  themes: { fi: "Teemat", sv: "Teman", en: "Themes" },
} as const satisfies Record<string, Labels>;

export type TableKind = keyof typeof SECTION_TITLES;
