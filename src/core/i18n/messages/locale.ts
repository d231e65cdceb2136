import { defineMessages } from "../define";

/** Why a cell could not be read as a number, period or date. */
export const locale = defineMessages({
  fi: {
    "locale.number.empty": "Solu on tyhjä.",
    "locale.number.notNumber": "Solun teksti ei ole luku.",
    "locale.number.ambiguous":
      "Luku on monitulkintainen: pilkku tai piste voi olla desimaalierotin tai tuhaterotin.",
    "locale.number.boolean": "Solussa on totuusarvo, ei luku.",
    "locale.number.error": "Solussa on Excel-virhe.",
    "locale.number.date": "Solussa on päivämäärä, ei luku.",
    "locale.period.missing": "Kausi puuttuu.",
    "locale.period.unreadable": "Kautta ei voi lukea; kirjoita esimerkiksi 2026–2028.",
    "locale.period.endBeforeStart": "Kauden loppuvuosi on ennen alkuvuotta.",
    "locale.period.tooLong": "Kausi on yli 10 vuotta pitkä.",
    "locale.date.missing": "Päivämäärä puuttuu.",
    "locale.date.unreadable": "Päivämäärää ei voi lukea; kirjoita esimerkiksi 15.3.2026.",
  },
  sv: {
    "locale.number.empty": "Cellen är tom.",
    "locale.number.notNumber": "Texten i cellen är inte ett tal.",
    "locale.number.ambiguous":
      "Talet är tvetydigt: kommat eller punkten kan vara decimaltecken eller tusentalsavgränsare.",
    "locale.number.boolean": "Cellen innehåller ett sanningsvärde, inte ett tal.",
    "locale.number.error": "Cellen innehåller ett Excel-fel.",
    "locale.number.date": "Cellen innehåller ett datum, inte ett tal.",
    "locale.period.missing": "Perioden saknas.",
    "locale.period.unreadable": "Perioden kan inte läsas; skriv till exempel 2026–2028.",
    "locale.period.endBeforeStart": "Periodens slutår är före startåret.",
    "locale.period.tooLong": "Perioden är längre än 10 år.",
    "locale.date.missing": "Datumet saknas.",
    "locale.date.unreadable": "Datumet kan inte läsas; skriv till exempel 15.3.2026.",
  },
  en: {
    "locale.number.empty": "The cell is empty.",
    "locale.number.notNumber": "The text in the cell is not a number.",
    "locale.number.ambiguous":
      "The number is ambiguous: the comma or point may be a decimal or a thousands separator.",
    "locale.number.boolean": "The cell holds TRUE or FALSE, not a number.",
    "locale.number.error": "The cell holds an Excel error.",
    "locale.number.date": "The cell holds a date, not a number.",
    "locale.period.missing": "The period is missing.",
    "locale.period.unreadable": "The period cannot be read; write for example 2026–2028.",
    "locale.period.endBeforeStart": "The period ends before it starts.",
    "locale.period.tooLong": "The period is longer than 10 years.",
    "locale.date.missing": "The date is missing.",
    "locale.date.unreadable": "The date cannot be read; write for example 15.3.2026.",
  },
});
