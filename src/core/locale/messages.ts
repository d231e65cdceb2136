import type { Labels } from "../model/lang";
import type { NotANumberReason } from "./readNumber";
import type { PeriodProblem } from "./periods";

/**
 * User-visible wording for why a cell could not be read. Kept here until the i18n
 * catalogues take them over; keys are `locale.<area>.<reason>`.
 */
export const messages = {
  "locale.number.empty": { fi: "Solu on tyhjä.", sv: "Cellen är tom.", en: "The cell is empty." },
  "locale.number.notNumber": {
    fi: "Solun teksti ei ole luku.",
    sv: "Texten i cellen är inte ett tal.",
    en: "The text in the cell is not a number.",
  },
  "locale.number.ambiguous": {
    fi: "Luku on monitulkintainen: pilkku tai piste voi olla desimaalierotin tai tuhaterotin.",
    sv: "Talet är tvetydigt: kommat eller punkten kan vara decimaltecken eller tusentalsavgränsare.",
    en: "The number is ambiguous: the comma or point may be a decimal or a thousands separator.",
  },
  "locale.number.boolean": {
    fi: "Solussa on totuusarvo, ei luku.",
    sv: "Cellen innehåller ett sanningsvärde, inte ett tal.",
    en: "The cell holds TRUE or FALSE, not a number.",
  },
  "locale.number.error": {
    fi: "Solussa on Excel-virhe.",
    sv: "Cellen innehåller ett Excel-fel.",
    en: "The cell holds an Excel error.",
  },
  "locale.number.date": {
    fi: "Solussa on päivämäärä, ei luku.",
    sv: "Cellen innehåller ett datum, inte ett tal.",
    en: "The cell holds a date, not a number.",
  },
  "locale.period.missing": {
    fi: "Kausi puuttuu.",
    sv: "Perioden saknas.",
    en: "The period is missing.",
  },
  "locale.period.unreadable": {
    fi: "Kautta ei voi lukea; kirjoita esimerkiksi 2026–2028.",
    sv: "Perioden kan inte läsas; skriv till exempel 2026–2028.",
    en: "The period cannot be read; write for example 2026–2028.",
  },
  "locale.period.endBeforeStart": {
    fi: "Kauden loppuvuosi on ennen alkuvuotta.",
    sv: "Periodens slutår är före startåret.",
    en: "The period ends before it starts.",
  },
  "locale.period.tooLong": {
    fi: "Kausi on yli 10 vuotta pitkä.",
    sv: "Perioden är längre än 10 år.",
    en: "The period is longer than 10 years.",
  },
  "locale.date.missing": {
    fi: "Päivämäärä puuttuu.",
    sv: "Datumet saknas.",
    en: "The date is missing.",
  },
  "locale.date.unreadable": {
    fi: "Päivämäärää ei voi lukea; kirjoita esimerkiksi 15.3.2026.",
    sv: "Datumet kan inte läsas; skriv till exempel 15.3.2026.",
    en: "The date cannot be read; write for example 15.3.2026.",
  },
} as const satisfies Record<string, Labels>;

export type LocaleMessageKey = keyof typeof messages;

export const numberReasonKey = (reason: NotANumberReason): LocaleMessageKey =>
  `locale.number.${reason}`;
export const periodReasonKey = (reason: PeriodProblem): LocaleMessageKey =>
  `locale.period.${reason}`;
export const dateReasonKey = (reason: "missing" | "unreadable"): LocaleMessageKey =>
  `locale.date.${reason}`;
