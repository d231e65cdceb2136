import { defineMessages } from "../define";

/**
 * The Consolidate and Memo sections of the pane. Region names, money and the section
 * titles come from the vocabulary, the house style and `common`. Swedish to be checked
 * by a fluent speaker.
 */
export const paneConsolidate = defineMessages({
  fi: {
    "paneConsolidate.lang": "Yhteenvetotaulukoiden kieli",
    "paneConsolidate.run": "Tee yhteenveto",
    "paneConsolidate.cancel": "Keskeytä",
    "paneConsolidate.cannotCancel": "Kirjoittamista ei voi keskeyttää",
    "paneConsolidate.progressLabel": "Yhteenvedon eteneminen",
    "paneConsolidate.phase.reading": "Luetaan työkirjaa…",
    "paneConsolidate.phase.computing": "Lasketaan yhteenvetoa…",
    "paneConsolidate.phase.writing": "Kirjoitetaan yhteenvetotaulukoita…",
    "paneConsolidate.cancelled": "Yhteenveto keskeytettiin. Mitään ei kirjoitettu.",
    "paneConsolidate.kept": "Muokatut yhteenvetotaulukot säilytettiin. Mitään ei kirjoitettu.",
    "paneConsolidate.done": "Yhteenveto on valmis.",
    "paneConsolidate.protected":
      "Työkirja tai taulukko on suojattu, joten yhteenvetoa ei voitu kirjoittaa. Poista suojaus ja yritä uudelleen.",
    "paneConsolidate.consent.title": "Korvataanko muokatut taulukot?",
    "paneConsolidate.consent.body":
      "Näitä apuohjelman tekemiä taulukoita on muokattu edellisen yhteenvedon jälkeen. Uusi yhteenveto korvaa ne, ja muutokset menetetään:",
    "paneConsolidate.consent.replace": "Korvaa taulukot",
    "paneConsolidate.consent.keep": "Säilytä ja lopeta",
    "paneConsolidate.result.heading": "Tulos",
    "paneConsolidate.result.submitted": "Esityksiä: {n} / {total} maakuntaa",
    "paneConsolidate.result.missing": "Puuttuu: {regions}",
    "paneConsolidate.result.noneMissing": "Kaikki maakunnat ovat mukana.",
    "paneConsolidate.result.akke": "AKKE-rahoitusta esitetään {akke}; määräraha on {envelope}.",
    "paneConsolidate.result.errors": "Esityksiä, joissa on virheitä: {regions}",
    "paneConsolidate.result.noErrors": "Esityksissä ei ole virheitä.",
    "paneConsolidate.result.sheets": "Tehdyt taulukot",
    "paneConsolidate.result.goTo": "Siirry taulukkoon {sheet}",
    "paneConsolidate.memo.lang": "Muistion kieli",
    "paneConsolidate.memo.refresh": "Päivitä esikatselu",
    "paneConsolidate.memo.making": "Tehdään muistiota…",
    "paneConsolidate.memo.ready": "Muistion esikatselu on valmis.",
    "paneConsolidate.memo.preview": "Muistion esikatselu",
    "paneConsolidate.memo.copy": "Kopioi muistio",
    "paneConsolidate.memo.copying": "Kopioidaan…",
    "paneConsolidate.memo.copied.clipboard":
      "Muistio kopioitiin leikepöydälle muotoiltuna tekstinä ja tavallisena tekstinä. Liitä se Wordiin.",
    "paneConsolidate.memo.copied.selection":
      "Muistio kopioitiin esikatselusta valitsemalla. Liitä se Wordiin.",
    "paneConsolidate.memo.copied.sheet":
      "Leikepöytä ei ollut käytettävissä, joten muistio kirjoitettiin taulukkoon {sheet}. Kopioi se sieltä.",
    "paneConsolidate.memo.copyFailed":
      "Muistiota ei voitu kopioida eikä kirjoittaa taulukkoon: {detail}",
    "paneConsolidate.memo.sheetName": "Muistio",
  },
  sv: {
    "paneConsolidate.lang": "Sammanställningsbladens språk",
    "paneConsolidate.run": "Sammanställ",
    "paneConsolidate.cancel": "Avbryt",
    "paneConsolidate.cannotCancel": "Skrivningen kan inte avbrytas",
    "paneConsolidate.progressLabel": "Sammanställningens förlopp",
    "paneConsolidate.phase.reading": "Arbetsboken läses…",
    "paneConsolidate.phase.computing": "Sammanställningen beräknas…",
    "paneConsolidate.phase.writing": "Sammanställningsbladen skrivs…",
    "paneConsolidate.cancelled": "Sammanställningen avbröts. Ingenting skrevs.",
    "paneConsolidate.kept": "De redigerade sammanställningsbladen behölls. Ingenting skrevs.",
    "paneConsolidate.done": "Sammanställningen är klar.",
    "paneConsolidate.protected":
      "Arbetsboken eller ett blad är skyddat, så sammanställningen kunde inte skrivas. Ta bort skyddet och försök igen.",
    "paneConsolidate.consent.title": "Ersätta de redigerade bladen?",
    "paneConsolidate.consent.body":
      "Dessa blad som tillägget skapat har redigerats efter den förra sammanställningen. En ny sammanställning ersätter dem och ändringarna går förlorade:",
    "paneConsolidate.consent.replace": "Ersätt bladen",
    "paneConsolidate.consent.keep": "Behåll och avsluta",
    "paneConsolidate.result.heading": "Resultat",
    "paneConsolidate.result.submitted": "Förslag: {n} / {total} landskap",
    "paneConsolidate.result.missing": "Saknas: {regions}",
    "paneConsolidate.result.noneMissing": "Alla landskap är med.",
    "paneConsolidate.result.akke":
      "AKKE-finansiering som föreslås: {akke}; anslaget är {envelope}.",
    "paneConsolidate.result.errors": "Förslag med fel: {regions}",
    "paneConsolidate.result.noErrors": "Förslagen innehåller inga fel.",
    "paneConsolidate.result.sheets": "Skapade blad",
    "paneConsolidate.result.goTo": "Gå till bladet {sheet}",
    "paneConsolidate.memo.lang": "Promemorians språk",
    "paneConsolidate.memo.refresh": "Uppdatera förhandsvisningen",
    "paneConsolidate.memo.making": "Promemorian skapas…",
    "paneConsolidate.memo.ready": "Förhandsvisningen av promemorian är klar.",
    "paneConsolidate.memo.preview": "Förhandsvisning av promemorian",
    "paneConsolidate.memo.copy": "Kopiera promemorian",
    "paneConsolidate.memo.copying": "Kopieras…",
    "paneConsolidate.memo.copied.clipboard":
      "Promemorian kopierades till urklipp som formaterad och oformaterad text. Klistra in den i Word.",
    "paneConsolidate.memo.copied.selection":
      "Promemorian kopierades genom att markera förhandsvisningen. Klistra in den i Word.",
    "paneConsolidate.memo.copied.sheet":
      "Urklipp var inte tillgängligt, så promemorian skrevs till bladet {sheet}. Kopiera den därifrån.",
    "paneConsolidate.memo.copyFailed":
      "Promemorian kunde varken kopieras eller skrivas till ett blad: {detail}",
    "paneConsolidate.memo.sheetName": "Promemoria",
  },
  en: {
    "paneConsolidate.lang": "Language of the summary sheets",
    "paneConsolidate.run": "Consolidate",
    "paneConsolidate.cancel": "Cancel",
    "paneConsolidate.cannotCancel": "Writing cannot be cancelled",
    "paneConsolidate.progressLabel": "Consolidation progress",
    "paneConsolidate.phase.reading": "Reading the workbook…",
    "paneConsolidate.phase.computing": "Computing the summary…",
    "paneConsolidate.phase.writing": "Writing the summary sheets…",
    "paneConsolidate.cancelled": "Consolidation cancelled. Nothing was written.",
    "paneConsolidate.kept": "The edited summary sheets were kept. Nothing was written.",
    "paneConsolidate.done": "Consolidation finished.",
    "paneConsolidate.protected":
      "The workbook or a sheet is protected, so the summary could not be written. Remove the protection and try again.",
    "paneConsolidate.consent.title": "Replace the edited sheets?",
    "paneConsolidate.consent.body":
      "These sheets made by the add-in were edited after the last consolidation. A new consolidation replaces them and the edits are lost:",
    "paneConsolidate.consent.replace": "Replace the sheets",
    "paneConsolidate.consent.keep": "Keep them and stop",
    "paneConsolidate.result.heading": "Result",
    "paneConsolidate.result.submitted": "Proposals: {n} / {total} regions",
    "paneConsolidate.result.missing": "Missing: {regions}",
    "paneConsolidate.result.noneMissing": "Every region is included.",
    "paneConsolidate.result.akke": "AKKE funding proposed: {akke}; the envelope is {envelope}.",
    "paneConsolidate.result.errors": "Proposals with errors: {regions}",
    "paneConsolidate.result.noErrors": "No proposal has errors.",
    "paneConsolidate.result.sheets": "Sheets made",
    "paneConsolidate.result.goTo": "Go to sheet {sheet}",
    "paneConsolidate.memo.lang": "Language of the memo",
    "paneConsolidate.memo.refresh": "Update the preview",
    "paneConsolidate.memo.making": "Making the memo…",
    "paneConsolidate.memo.ready": "The memo preview is ready.",
    "paneConsolidate.memo.preview": "Memo preview",
    "paneConsolidate.memo.copy": "Copy the memo",
    "paneConsolidate.memo.copying": "Copying…",
    "paneConsolidate.memo.copied.clipboard":
      "The memo was copied to the clipboard as rich text and plain text. Paste it into Word.",
    "paneConsolidate.memo.copied.selection":
      "The memo was copied by selecting the preview. Paste it into Word.",
    "paneConsolidate.memo.copied.sheet":
      "The clipboard was not available, so the memo was written to the sheet {sheet}. Copy it from there.",
    "paneConsolidate.memo.copyFailed":
      "The memo could neither be copied nor written to a sheet: {detail}",
    "paneConsolidate.memo.sheetName": "Memo",
  },
});
