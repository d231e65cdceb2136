import { defineMessages } from "../define";

/**
 * What only Excel needs: the notices for a cell being edited and a sheet too large to read,
 * and the self-check view (docs/excel-decisions.md). Swedish to be checked by a fluent speaker.
 */
export const excel = defineMessages({
  fi: {
    "excel.hostError.cellEditMode":
      "Excel odottaa, että solun muokkaus päättyy. Paina solussa Enter tai Esc ja yritä sitten uudelleen.",
    "excel.hostError.tooLarge":
      "Taulukon {sheets} käytetty alue ulottuu soluun {range} ({cells} solua), enemmän kuin apuohjelma lukee ({limit}). Yleensä syynä on yksittäinen arvo tai muotoilu kaukana tiedoista: poista tietojen jälkeiset rivit ja sarakkeet (Ctrl+End näyttää viimeisen solun), tallenna ja yritä uudelleen.",
    "excel.selfCheck.title": "Tämän Excelin tarkistus",
    "excel.selfCheck.intro":
      "Kokeilee tässä Excelissä jokaisen asian, johon apuohjelma luottaa, erillisessä kokeilutaulukossa, joka poistetaan lopuksi. Kestää alle minuutin, eikä työkirjaasi muuteta (kumoamishistoriaa lukuun ottamatta).",
    "excel.selfCheck.needsExcel":
      "Tarkistus toimii vain Excelissä. Avaa apuohjelma Excelissä ja valitse valikosta Tarkista tämä Excel.",
    "excel.selfCheck.run": "Aloita tarkistus",
    "excel.selfCheck.running": "Tarkistetaan… {done}/{total}",
    "excel.selfCheck.done": "Valmis: {passed}/{total} kohtaa onnistui.",
    "excel.selfCheck.stopped":
      "Tarkistus keskeytyi. Kokeilutaulukko poistettiin, jos se ehdittiin tehdä.",
    "excel.selfCheck.pass": "Onnistui",
    "excel.selfCheck.fail": "Epäonnistui",
    "excel.selfCheck.environment": "Excel",
    "excel.selfCheck.host": "Sovellus",
    "excel.selfCheck.platform": "Alusta",
    "excel.selfCheck.version": "Versio",
    "excel.selfCheck.locale": "Alue- ja kieliasetus",
    "excel.selfCheck.results": "Tulokset",
    "excel.selfCheck.report": "Raportti virheilmoitusta varten",
    "excel.selfCheck.copy": "Kopioi raportti",
    "excel.selfCheck.copied": "Raportti kopioitiin leikepöydälle.",
    "excel.selfCheck.copyRefused":
      "Kopiointi estettiin. Raportin teksti on valittuna: kopioi se näppäimillä Ctrl+C.",
    "excel.selfCheck.back": "Takaisin apuohjelmaan",
  },
  sv: {
    "excel.hostError.cellEditMode":
      "Excel väntar på att du ska sluta redigera en cell. Tryck på Enter eller Esc i cellen och försök sedan igen.",
    "excel.hostError.tooLarge":
      "Det använda området på bladet {sheets} når cell {range} ({cells} celler), mer än tillägget läser ({limit}). Oftast är orsaken ett enstaka värde eller format långt från data: ta bort raderna och kolumnerna efter data (Ctrl+End visar den sista cellen), spara och försök igen.",
    "excel.selfCheck.title": "Kontroll av detta Excel",
    "excel.selfCheck.intro":
      "Prövar i detta Excel allt som tillägget förlitar sig på, på ett provblad som tas bort efteråt. Tar under en minut, och din arbetsbok lämnas som den var (ångrahistoriken undantagen).",
    "excel.selfCheck.needsExcel":
      "Kontrollen fungerar bara i Excel. Öppna tillägget i Excel och välj Kontrollera detta Excel i menyn.",
    "excel.selfCheck.run": "Starta kontrollen",
    "excel.selfCheck.running": "Kontrollerar… {done}/{total}",
    "excel.selfCheck.done": "Klart: {passed}/{total} punkter lyckades.",
    "excel.selfCheck.stopped": "Kontrollen avbröts. Provbladet togs bort om det hann skapas.",
    "excel.selfCheck.pass": "Lyckades",
    "excel.selfCheck.fail": "Misslyckades",
    "excel.selfCheck.environment": "Excel",
    "excel.selfCheck.host": "Program",
    "excel.selfCheck.platform": "Plattform",
    "excel.selfCheck.version": "Version",
    "excel.selfCheck.locale": "Nationella inställningar",
    "excel.selfCheck.results": "Resultat",
    "excel.selfCheck.report": "Rapport för en felanmälan",
    "excel.selfCheck.copy": "Kopiera rapporten",
    "excel.selfCheck.copied": "Rapporten kopierades till Urklipp.",
    "excel.selfCheck.copyRefused":
      "Kopieringen nekades. Rapportens text är markerad: kopiera den med Ctrl+C.",
    "excel.selfCheck.back": "Tillbaka till tillägget",
  },
  en: {
    "excel.hostError.cellEditMode":
      "Excel is waiting for you to finish editing a cell. Press Enter or Esc in the cell, then try again.",
    "excel.hostError.tooLarge":
      "The used range of sheet {sheets} reaches cell {range} ({cells} cells), more than the add-in reads ({limit}). Usually a stray value or format far from the data causes it: delete the rows and columns beyond the data (Ctrl+End shows the last cell), save, and try again.",
    "excel.selfCheck.title": "Self-check of this Excel",
    "excel.selfCheck.intro":
      "Tries in this Excel everything the add-in relies on, on a scratch sheet that is deleted at the end. Takes under a minute, and your workbook is left as it was (the undo history aside).",
    "excel.selfCheck.needsExcel":
      "The self-check runs only inside Excel. Open the add-in in Excel and choose Check this Excel from the menu.",
    "excel.selfCheck.run": "Run the self-check",
    "excel.selfCheck.running": "Checking… {done}/{total}",
    "excel.selfCheck.done": "Done: {passed}/{total} checks passed.",
    "excel.selfCheck.stopped":
      "The self-check stopped. The scratch sheet was deleted if it had been made.",
    "excel.selfCheck.pass": "Pass",
    "excel.selfCheck.fail": "Fail",
    "excel.selfCheck.environment": "Excel",
    "excel.selfCheck.host": "Host",
    "excel.selfCheck.platform": "Platform",
    "excel.selfCheck.version": "Version",
    "excel.selfCheck.locale": "Regional settings",
    "excel.selfCheck.results": "Results",
    "excel.selfCheck.report": "Report for a bug report",
    "excel.selfCheck.copy": "Copy the report",
    "excel.selfCheck.copied": "The report was copied to the clipboard.",
    "excel.selfCheck.copyRefused":
      "Copying was refused. The report text is selected: copy it with Ctrl+C.",
    "excel.selfCheck.back": "Back to the add-in",
  },
});
