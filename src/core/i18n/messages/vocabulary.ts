import { defineMessages } from "../define";

/**
 * Names of the closed lists and the texts about their values. The values' own labels are
 * in `src/core/vocabulary/`, the one catalogue of labels.
 */
export const vocabulary = defineMessages({
  fi: {
    "vocabulary.list.regions": "Maakunnat",
    "vocabulary.list.ministries": "Ministeriöt",
    "vocabulary.list.themes": "Teemat",
    "vocabulary.list.themeGroups": "Teemaryhmät",
    "vocabulary.list.crossCutting": "Poikkileikkaavat näkökulmat",
    "vocabulary.list.levels": "Tasot",
    "vocabulary.list.discussionStatus": "Käsittelytilat",
    "vocabulary.list.implementationStatus": "Toteutumisen tilat",
    "vocabulary.list.ministryPosition": "Ministeriön kannat",
    "vocabulary.list.nationalFollowUp": "Jatkokäsittely",
    "vocabulary.list.fundingSources": "Rahoituslähteet",
    "vocabulary.list.yesNo": "Kyllä/ei",
    "vocabulary.value.unknown": "Tuntematon arvo: {value}",
    "vocabulary.value.suggestion": "Tarkoititko: {label}?",
    "vocabulary.value.allowed": "Sallitut arvot: {values}",
    "vocabulary.region.notEligible":
      "{region} ei kuulu aluekehittämislain maakuntiin, joten se luetellaan erikseen.",
  },
  sv: {
    "vocabulary.list.regions": "Landskap",
    "vocabulary.list.ministries": "Ministerier",
    "vocabulary.list.themes": "Teman",
    "vocabulary.list.themeGroups": "Temagrupper",
    "vocabulary.list.crossCutting": "Genomgående aspekter",
    "vocabulary.list.levels": "Nivåer",
    "vocabulary.list.discussionStatus": "Behandlingsstatus",
    "vocabulary.list.implementationStatus": "Genomförandestatus",
    "vocabulary.list.ministryPosition": "Ministeriets ståndpunkter",
    "vocabulary.list.nationalFollowUp": "Fortsatt behandling",
    "vocabulary.list.fundingSources": "Finansieringskällor",
    "vocabulary.list.yesNo": "Ja/nej",
    "vocabulary.value.unknown": "Okänt värde: {value}",
    "vocabulary.value.suggestion": "Menade du: {label}?",
    "vocabulary.value.allowed": "Tillåtna värden: {values}",
    "vocabulary.region.notEligible":
      "{region} hör inte till landskapen enligt lagen om regionutveckling och redovisas separat.",
  },
  en: {
    "vocabulary.list.regions": "Regions",
    "vocabulary.list.ministries": "Ministries",
    "vocabulary.list.themes": "Themes",
    "vocabulary.list.themeGroups": "Theme groups",
    "vocabulary.list.crossCutting": "Cross-cutting perspectives",
    "vocabulary.list.levels": "Levels",
    "vocabulary.list.discussionStatus": "Discussion status",
    "vocabulary.list.implementationStatus": "Implementation status",
    "vocabulary.list.ministryPosition": "Ministry position",
    "vocabulary.list.nationalFollowUp": "National follow-up",
    "vocabulary.list.fundingSources": "Funding sources",
    "vocabulary.list.yesNo": "Yes/no",
    "vocabulary.value.unknown": "Unknown value: {value}",
    "vocabulary.value.suggestion": "Did you mean: {label}?",
    "vocabulary.value.allowed": "Allowed values: {values}",
    "vocabulary.region.notEligible":
      "{region} is not one of the regions of the Regional Development Act and is listed apart.",
  },
});
