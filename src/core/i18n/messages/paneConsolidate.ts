import { defineMessages } from "../define";

/**
 * The Consolidate and Memo sections of the pane. Region names, money and the section
 * titles come from the vocabulary, the house style and `common`. Swedish to be checked
 * by a fluent speaker.
 */
export const paneConsolidate = defineMessages({
  fi: {
    "paneConsolidate.packages.heading": "Ministeriöiden valmistelupaketit",
    "paneConsolidate.packages.run": "Ministeriöiden valmistelupaketit",
    "paneConsolidate.packages.note.excel":
      "Yksi työkirja kullekin ministeriölle, jota kierroksen kohteet koskevat, kantojen täyttämiseen; yhteenvetotaulukoiden kielellä. Excel avaa kunkin uutena työkirjana, jonka tallennat.",
    "paneConsolidate.packages.note.browser":
      "Yksi työkirja kullekin ministeriölle, jota kierroksen kohteet koskevat, kantojen täyttämiseen; yhteenvetotaulukoiden kielellä. Lataa ne yhtenä .zip-tiedostona tai yksitellen.",
    "paneConsolidate.packages.progressLabel": "Valmistelupakettien eteneminen",
    "paneConsolidate.packages.phase.reading": "Luetaan työkirjaa…",
    "paneConsolidate.packages.phase.writing": "Kirjoitetaan pakettia {n} / {total}…",
    "paneConsolidate.packages.phase.opening": "Avataan pakettia {n} / {total} Excelissä…",
    "paneConsolidate.packages.none":
      "Kierroksen kohteet eivät koske yhtään ministeriötä, joten paketteja ei tehty.",
    "paneConsolidate.packages.made": "Paketteja tehtiin {count}: {ministries}.",
    "paneConsolidate.packages.opened":
      "Excel avasi paketit uusina työkirjoina ({count}). Tallenna kukin nimellä: {files}.",
    "paneConsolidate.packages.notSupported":
      "Tämä Excel ei avaa uusia työkirjoja lisäosasta. Lataa paketit alta.",
    "paneConsolidate.packages.openFailed":
      "Excel ei avannut paketteja uusina työkirjoina (avattiin {opened}). Lataa ne alta.",
    "paneConsolidate.packages.errors":
      "Esityksissä on virheitä ({count}); paketit tehtiin silti. Korjaa esitykset ja tee paketit uudelleen ennen lähettämistä.",
    "paneConsolidate.packages.failed": "Paketteja ei voitu kirjoittaa.",
    "paneConsolidate.packages.zip": "Lataa kaikki (.zip)",
    "paneConsolidate.packages.zipName": "Valmistelupaketit.zip",
    "paneConsolidate.packages.one": "Yksitellen",
    "paneConsolidate.packages.downloaded": "Ladattiin {file}.",
    "paneConsolidate.previous.pick": "Edellinen yhteenveto…",
    "paneConsolidate.previous.none": "Ei vertailua edelliseen kierrokseen.",
    "paneConsolidate.previous.chosen": "Verrataan edelliseen yhteenvetoon {file}.",
    "paneConsolidate.previous.clear": "Poista vertailu",
    "paneConsolidate.result.previous":
      "Edelliseen kierrokseen verrattuna: uusia kohteita {new}, pudonneita {dropped}, jatkuvia {continued}.",
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
    "paneConsolidate.memo.copyFailed": "Muistiota ei voitu kopioida eikä kirjoittaa taulukkoon.",
    "paneConsolidate.memo.sheetName": "Muistio",
  },
  sv: {
    "paneConsolidate.packages.heading": "Ministeriernas beredningspaket",
    "paneConsolidate.packages.run": "Ministeriernas beredningspaket",
    "paneConsolidate.packages.note.excel":
      "En arbetsbok för varje ministerium som omgångens objekt gäller, för dess ståndpunkter; på sammanställningsbladens språk. Excel öppnar var och en som en ny arbetsbok som du sparar.",
    "paneConsolidate.packages.note.browser":
      "En arbetsbok för varje ministerium som omgångens objekt gäller, för dess ståndpunkter; på sammanställningsbladens språk. Ladda ner dem som en .zip-fil eller en i taget.",
    "paneConsolidate.packages.progressLabel": "Beredningspaketens förlopp",
    "paneConsolidate.packages.phase.reading": "Arbetsboken läses…",
    "paneConsolidate.packages.phase.writing": "Paket {n} av {total} skrivs…",
    "paneConsolidate.packages.phase.opening": "Paket {n} av {total} öppnas i Excel…",
    "paneConsolidate.packages.none":
      "Omgångens objekt gäller inget ministerium, så inga paket gjordes.",
    "paneConsolidate.packages.made": "Paket som gjordes ({count}): {ministries}.",
    "paneConsolidate.packages.opened":
      "Excel öppnade paketen som nya arbetsböcker ({count}). Spara var och en under namnet: {files}.",
    "paneConsolidate.packages.notSupported":
      "Detta Excel öppnar inte nya arbetsböcker från ett tillägg. Ladda ner paketen nedan.",
    "paneConsolidate.packages.openFailed":
      "Excel öppnade inte paketen som nya arbetsböcker ({opened} öppnades). Ladda ner dem nedan.",
    "paneConsolidate.packages.errors":
      "Förslagen har fel ({count}); paketen gjordes ändå. Rätta förslagen och gör paketen på nytt innan de skickas.",
    "paneConsolidate.packages.failed": "Paketen kunde inte skrivas.",
    "paneConsolidate.packages.zip": "Ladda ner alla (.zip)",
    "paneConsolidate.packages.zipName": "Beredningspaket.zip",
    "paneConsolidate.packages.one": "En i taget",
    "paneConsolidate.packages.downloaded": "{file} laddades ner.",
    "paneConsolidate.previous.pick": "Föregående sammanfattning…",
    "paneConsolidate.previous.none": "Ingen jämförelse med föregående omgång.",
    "paneConsolidate.previous.chosen": "Jämförs med den föregående sammanfattningen {file}.",
    "paneConsolidate.previous.clear": "Ta bort jämförelsen",
    "paneConsolidate.result.previous":
      "Jämfört med föregående omgång: nya objekt {new}, bortfallna {dropped}, fortsatta {continued}.",
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
      "Promemorian kunde varken kopieras eller skrivas till ett blad.",
    "paneConsolidate.memo.sheetName": "Promemoria",
  },
  en: {
    "paneConsolidate.packages.heading": "Ministry packages",
    "paneConsolidate.packages.run": "Ministry packages",
    "paneConsolidate.packages.note.excel":
      "One workbook for each ministry the round's items concern, for its positions; in the language of the summary sheets. Excel opens each as a new workbook for you to save.",
    "paneConsolidate.packages.note.browser":
      "One workbook for each ministry the round's items concern, for its positions; in the language of the summary sheets. Download them as one .zip or one by one.",
    "paneConsolidate.packages.progressLabel": "Progress of the ministry packages",
    "paneConsolidate.packages.phase.reading": "Reading the workbook…",
    "paneConsolidate.packages.phase.writing": "Writing package {n} of {total}…",
    "paneConsolidate.packages.phase.opening": "Opening package {n} of {total} in Excel…",
    "paneConsolidate.packages.none":
      "The round's items concern no ministry, so no packages were made.",
    "paneConsolidate.packages.made": "Packages made ({count}): {ministries}.",
    "paneConsolidate.packages.opened":
      "Excel opened the packages as new workbooks ({count}). Save each under its name: {files}.",
    "paneConsolidate.packages.notSupported":
      "This Excel does not open new workbooks from an add-in. Download the packages below.",
    "paneConsolidate.packages.openFailed":
      "Excel did not open the packages as new workbooks ({opened} opened). Download them below.",
    "paneConsolidate.packages.errors":
      "The proposals have errors ({count}); the packages were made all the same. Correct the proposals and make the packages again before sending them.",
    "paneConsolidate.packages.failed": "The packages could not be written.",
    "paneConsolidate.packages.zip": "Download all (.zip)",
    "paneConsolidate.packages.zipName": "Ministry-packages.zip",
    "paneConsolidate.packages.one": "One by one",
    "paneConsolidate.packages.downloaded": "Downloaded {file}.",
    "paneConsolidate.previous.pick": "Previous summary…",
    "paneConsolidate.previous.none": "No comparison with the previous round.",
    "paneConsolidate.previous.chosen": "Compared with the previous summary {file}.",
    "paneConsolidate.previous.clear": "Remove the comparison",
    "paneConsolidate.result.previous":
      "Against the previous round: new items {new}, dropped {dropped}, continued {continued}.",
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
    "paneConsolidate.memo.copyFailed": "The memo could neither be copied nor written to a sheet.",
    "paneConsolidate.memo.sheetName": "Memo",
  },
});
