import { defineMessages } from "../define";

/**
 * The Import section, the import log and backup sheets it writes, and the in-browser
 * workbook (open, read-only view, download). Swedish to be checked by a fluent speaker.
 */
export const paneImport = defineMessages({
  fi: {
    "paneImport.intro":
      "Valitse maakuntien .xlsx-tiedostot. Jokainen luetaan, tunnistetaan ja tarkistetaan; mitään ei kirjoiteta ennen kuin vahvistat tuonnin.",
    "paneImport.pick": "Valitse tiedostot…",
    "paneImport.drop": "Voit myös vetää .xlsx-tiedostot tähän.",
    "paneImport.progress": "Luetaan tiedostoa {done} / {total}…",
    "paneImport.previewCaption": "Valitut tiedostot",
    "paneImport.col.include": "Tuodaan",
    "paneImport.col.file": "Tiedosto",
    "paneImport.col.region": "Maakunta",
    "paneImport.col.items": "Kohteita",
    "paneImport.col.akke": "AKKE",
    "paneImport.col.findings": "Havainnot",
    "paneImport.includeFile": "Tuo {file}",
    "paneImport.findings": "{errors}, {warnings}",
    "paneImport.errors.one": "{n} virhe",
    "paneImport.errors.other": "{n} virhettä",
    "paneImport.warnings.one": "{n} varoitus",
    "paneImport.warnings.other": "{n} varoitusta",
    "paneImport.settings":
      "Kierroksen asetukset ({round}): AKKE-määräraha {envelope}, AKKE-jako {regions} maakunnalle. Tuodaan kierroksen asetuksiksi.",
    "paneImport.settingsNoRound": "kierrosta ei nimetty",
    "paneImport.includeSettings": "Tuo {file} kierroksen asetuksiksi",
    "paneImport.unusable": "Ei voi tuoda: {reason}",
    "paneImport.existing":
      "{region} on jo työkirjassa ({sheet}). Jos tuot tämän, vanha taulukko säilytetään piilotettuna varmuuskopiona.",
    "paneImport.sameRegion": "Sama maakunta kuin tiedostossa {file}: vain toinen voidaan tuoda.",
    "paneImport.import.one": "Tuo {count} esitys",
    "paneImport.import.other": "Tuo {count} esitystä",
    "paneImport.importWithSettings.one": "Tuo {count} esitys ja kierroksen asetukset",
    "paneImport.importWithSettings.other": "Tuo {count} esitystä ja kierroksen asetukset",
    "paneImport.importSettings": "Tuo kierroksen asetukset",
    "paneImport.clear": "Tyhjennä valinta",
    "paneImport.cancel": "Keskeytä lukeminen",
    "paneImport.cancelled": "Lukeminen keskeytettiin. Mitään ei kirjoitettu.",
    "paneImport.writing": "Kirjoitetaan työkirjaan…",
    "paneImport.done.one": "Tuotiin {count} esitys. Lähdetiedot ovat taulukossa {log}.",
    "paneImport.done.other": "Tuotiin {count} esitystä. Lähdetiedot ovat taulukossa {log}.",
    "paneImport.doneSettings":
      "Kierroksen asetukset ovat taulukossa {sheet}; tarkistus, yhteenveto ja muistio käyttävät niitä.",
    "paneImport.doneWithSettings.one":
      "Tuotiin {count} esitys ja kierroksen asetukset (taulukko {sheet}). Lähdetiedot ovat taulukossa {log}.",
    "paneImport.doneWithSettings.other":
      "Tuotiin {count} esitystä ja kierroksen asetukset (taulukko {sheet}). Lähdetiedot ovat taulukossa {log}.",
    "paneImport.failed": "Tuonti epäonnistui, eikä mitään kirjoitettu.",
    "paneImport.reason.too-large": "tiedosto on yli 25 Mt",
    "paneImport.reason.too-large-uncompressed": "tiedosto on purettuna yli 200 Mt",
    "paneImport.reason.zip-bomb": "tiedoston sisältö on epätavallisen tiiviisti pakattu",
    "paneImport.reason.too-many-cells": "tiedostossa on yli 2 000 000 solua",
    "paneImport.reason.not-zip": "tiedosto ei ole .xlsx-työkirja",
    "paneImport.reason.old-xls": "tiedosto on vanhaa .xls-muotoa; tallenna se .xlsx-muodossa",
    "paneImport.reason.encrypted":
      "tiedosto on suojattu salasanalla; tallenna se Excelissä ilman salasanaa",
    "paneImport.reason.corrupt":
      "tiedosto on vioittunut; avaa se Excelissä ja tallenna se uudelleen",
    "paneImport.reason.parse-failed":
      "tiedostoa ei voitu lukea; avaa se Excelissä ja tallenna se uudelleen",
    "paneImport.reason.sheet-too-large":
      "tiedoston välilehti on liian suuri; poista ylimääräiset rivit ja sarakkeet Excelissä",
    "paneImport.reason.crc-mismatch":
      "tiedosto on vioittunut (tarkistussumma ei täsmää); pyydä uusi tiedosto",
    "paneImport.reason.entry-size-mismatch":
      "tiedosto on vioittunut (osan koko ei täsmää); pyydä uusi tiedosto",
    "paneImport.reason.timed-out":
      "tiedoston lukeminen kesti liian kauan; avaa se Excelissä ja tallenna se uudelleen",
    "paneImport.reason.no-proposal": "tiedostosta ei löytynyt maakunnan esitystä",
    "paneImport.reason.no-region": "esityksen maakuntaa ei tunnistettu",
    "paneImport.sheet.old": "vanha",
    "paneImport.sheet.log": "Tuontiloki",
    "paneImport.log.file": "Tiedosto",
    "paneImport.log.size": "Koko (tavua)",
    "paneImport.log.sha256": "SHA-256",
    "paneImport.log.time": "Aika",
    "paneImport.log.region": "Maakunta",
    "paneImport.log.sheet": "Taulukko",
    "paneImport.log.backup": "Varmuuskopio",
    "paneImport.workbook.heading": "Työkirja",
    "paneImport.workbook.open": "Avaa työkirja…",
    "paneImport.workbook.download": "Lataa työkirja",
    "paneImport.workbook.downloadNote": "Lataus on uusi tiedosto; avattua tiedostoa ei muuteta.",
    "paneImport.workbook.empty": "Työkirja on tyhjä. Avaa työkirja tai tuo maakuntien tiedostot.",
    "paneImport.workbook.sheet": "Taulukko",
    "paneImport.workbook.caption": "{sheet}: ensimmäiset {rows} riviä ja {cols} saraketta",
    "paneImport.workbook.opened": "Avattiin {file}.",
    "paneImport.workbook.openFailed": "Tiedostoa {file} ei voitu avata: {reason}",
    "paneImport.workbook.downloaded": "Ladattiin {file}.",
    "paneImport.workbook.hidden": "(piilotettu)",
  },
  sv: {
    "paneImport.intro":
      "Välj landskapens .xlsx-filer. Varje fil läses, känns igen och granskas; inget skrivs förrän du bekräftar importen.",
    "paneImport.pick": "Välj filer…",
    "paneImport.drop": "Du kan också dra .xlsx-filer hit.",
    "paneImport.progress": "Läser fil {done} / {total}…",
    "paneImport.previewCaption": "Valda filer",
    "paneImport.col.include": "Importeras",
    "paneImport.col.file": "Fil",
    "paneImport.col.region": "Landskap",
    "paneImport.col.items": "Objekt",
    "paneImport.col.akke": "AKKE",
    "paneImport.col.findings": "Fynd",
    "paneImport.includeFile": "Importera {file}",
    "paneImport.findings": "{errors}, {warnings}",
    "paneImport.errors.one": "{n} fel",
    "paneImport.errors.other": "{n} fel",
    "paneImport.warnings.one": "{n} varning",
    "paneImport.warnings.other": "{n} varningar",
    "paneImport.settings":
      "Omgångens inställningar ({round}): AKKE-anslag {envelope}, AKKE-fördelning för {regions} landskap. Importeras som omgångens inställningar.",
    "paneImport.settingsNoRound": "omgången namnges inte",
    "paneImport.includeSettings": "Importera {file} som omgångens inställningar",
    "paneImport.unusable": "Kan inte importeras: {reason}",
    "paneImport.existing":
      "{region} finns redan i arbetsboken ({sheet}). Om du importerar den här behålls det gamla bladet dolt som säkerhetskopia.",
    "paneImport.sameRegion": "Samma landskap som i filen {file}: bara den ena kan importeras.",
    "paneImport.import.one": "Importera {count} förslag",
    "paneImport.import.other": "Importera {count} förslag",
    "paneImport.importWithSettings.one": "Importera {count} förslag och omgångens inställningar",
    "paneImport.importWithSettings.other": "Importera {count} förslag och omgångens inställningar",
    "paneImport.importSettings": "Importera omgångens inställningar",
    "paneImport.clear": "Töm valet",
    "paneImport.cancel": "Avbryt läsningen",
    "paneImport.cancelled": "Läsningen avbröts. Inget skrevs.",
    "paneImport.writing": "Skriver i arbetsboken…",
    "paneImport.done.one": "{count} förslag importerades. Källuppgifterna finns på bladet {log}.",
    "paneImport.done.other": "{count} förslag importerades. Källuppgifterna finns på bladet {log}.",
    "paneImport.doneSettings":
      "Omgångens inställningar finns på bladet {sheet}; kontrollen, sammanställningen och promemorian använder dem.",
    "paneImport.doneWithSettings.one":
      "{count} förslag och omgångens inställningar (bladet {sheet}) importerades. Källuppgifterna finns på bladet {log}.",
    "paneImport.doneWithSettings.other":
      "{count} förslag och omgångens inställningar (bladet {sheet}) importerades. Källuppgifterna finns på bladet {log}.",
    "paneImport.failed": "Importen misslyckades och inget skrevs.",
    "paneImport.reason.too-large": "filen är större än 25 MB",
    "paneImport.reason.too-large-uncompressed": "filen är större än 200 MB uppackad",
    "paneImport.reason.zip-bomb": "filens innehåll är ovanligt hårt packat",
    "paneImport.reason.too-many-cells": "filen har fler än 2 000 000 celler",
    "paneImport.reason.not-zip": "filen är inte en .xlsx-arbetsbok",
    "paneImport.reason.old-xls": "filen är i det gamla .xls-formatet; spara den som .xlsx",
    "paneImport.reason.encrypted": "filen är skyddad med lösenord; spara den utan lösenord i Excel",
    "paneImport.reason.corrupt": "filen är skadad; öppna filen i Excel och spara den på nytt",
    "paneImport.reason.parse-failed":
      "filen kunde inte läsas; öppna filen i Excel och spara den på nytt",
    "paneImport.reason.sheet-too-large":
      "ett blad i filen är för stort; ta bort överflödiga rader och kolumner i Excel",
    "paneImport.reason.crc-mismatch":
      "filen är skadad (kontrollsumman stämmer inte); be om en ny fil",
    "paneImport.reason.entry-size-mismatch":
      "filen är skadad (storleken på en del stämmer inte); be om en ny fil",
    "paneImport.reason.timed-out":
      "det tog för lång tid att läsa filen; öppna filen i Excel och spara den på nytt",
    "paneImport.reason.no-proposal": "filen innehåller inget förslag från ett landskap",
    "paneImport.reason.no-region": "förslagets landskap kändes inte igen",
    "paneImport.sheet.old": "gammal",
    "paneImport.sheet.log": "Importlogg",
    "paneImport.log.file": "Fil",
    "paneImport.log.size": "Storlek (byte)",
    "paneImport.log.sha256": "SHA-256",
    "paneImport.log.time": "Tid",
    "paneImport.log.region": "Landskap",
    "paneImport.log.sheet": "Blad",
    "paneImport.log.backup": "Säkerhetskopia",
    "paneImport.workbook.heading": "Arbetsbok",
    "paneImport.workbook.open": "Öppna arbetsbok…",
    "paneImport.workbook.download": "Ladda ner arbetsboken",
    "paneImport.workbook.downloadNote":
      "Nedladdningen är en ny fil; den öppnade filen ändras inte.",
    "paneImport.workbook.empty":
      "Arbetsboken är tom. Öppna en arbetsbok eller importera landskapens filer.",
    "paneImport.workbook.sheet": "Blad",
    "paneImport.workbook.caption": "{sheet}: de första {rows} raderna och {cols} kolumnerna",
    "paneImport.workbook.opened": "{file} öppnades.",
    "paneImport.workbook.openFailed": "Filen {file} kunde inte öppnas: {reason}",
    "paneImport.workbook.downloaded": "{file} laddades ner.",
    "paneImport.workbook.hidden": "(dolt)",
  },
  en: {
    "paneImport.intro":
      "Choose the regions' .xlsx files. Each is read, recognised and validated; nothing is written until you confirm the import.",
    "paneImport.pick": "Choose files…",
    "paneImport.drop": "You can also drop .xlsx files here.",
    "paneImport.progress": "Reading file {done} of {total}…",
    "paneImport.previewCaption": "Chosen files",
    "paneImport.col.include": "Import",
    "paneImport.col.file": "File",
    "paneImport.col.region": "Region",
    "paneImport.col.items": "Items",
    "paneImport.col.akke": "AKKE",
    "paneImport.col.findings": "Findings",
    "paneImport.includeFile": "Import {file}",
    "paneImport.findings": "{errors}, {warnings}",
    "paneImport.errors.one": "{n} error",
    "paneImport.errors.other": "{n} errors",
    "paneImport.warnings.one": "{n} warning",
    "paneImport.warnings.other": "{n} warnings",
    "paneImport.settings":
      "Round settings ({round}): AKKE envelope {envelope}, AKKE allocations for {regions} regions. Imported as the round's settings.",
    "paneImport.settingsNoRound": "round not named",
    "paneImport.includeSettings": "Import {file} as the round's settings",
    "paneImport.unusable": "Cannot be imported: {reason}",
    "paneImport.existing":
      "{region} is already in the workbook ({sheet}). If you import this one, the old sheet is kept, hidden, as a backup.",
    "paneImport.sameRegion": "Same region as in {file}: only one of them can be imported.",
    "paneImport.import.one": "Import {count} proposal",
    "paneImport.import.other": "Import {count} proposals",
    "paneImport.importWithSettings.one": "Import {count} proposal and the round settings",
    "paneImport.importWithSettings.other": "Import {count} proposals and the round settings",
    "paneImport.importSettings": "Import the round settings",
    "paneImport.clear": "Clear the selection",
    "paneImport.cancel": "Stop reading",
    "paneImport.cancelled": "Reading was stopped. Nothing was written.",
    "paneImport.writing": "Writing to the workbook…",
    "paneImport.done.one": "{count} proposal imported. Where it came from is on the sheet {log}.",
    "paneImport.done.other":
      "{count} proposals imported. Where they came from is on the sheet {log}.",
    "paneImport.doneSettings":
      "The round settings are on the sheet {sheet}; validation, consolidation and the memo use them.",
    "paneImport.doneWithSettings.one":
      "{count} proposal and the round settings (sheet {sheet}) imported. Where they came from is on the sheet {log}.",
    "paneImport.doneWithSettings.other":
      "{count} proposals and the round settings (sheet {sheet}) imported. Where they came from is on the sheet {log}.",
    "paneImport.failed": "The import failed and nothing was written.",
    "paneImport.reason.too-large": "the file is over 25 MB",
    "paneImport.reason.too-large-uncompressed": "the file is over 200 MB uncompressed",
    "paneImport.reason.zip-bomb": "the file's content is unusually highly compressed",
    "paneImport.reason.too-many-cells": "the file has over 2,000,000 cells",
    "paneImport.reason.not-zip": "the file is not an .xlsx workbook",
    "paneImport.reason.old-xls": "the file is an old .xls file; save it as .xlsx",
    "paneImport.reason.encrypted":
      "the file is protected with a password; save it without one in Excel",
    "paneImport.reason.corrupt": "the file is damaged; open the file in Excel and save it again",
    "paneImport.reason.parse-failed":
      "the file could not be read; open the file in Excel and save it again",
    "paneImport.reason.sheet-too-large":
      "a sheet of the file is too large; delete the unused rows and columns in Excel",
    "paneImport.reason.crc-mismatch":
      "the file is damaged (a checksum does not match); ask for a new copy",
    "paneImport.reason.entry-size-mismatch":
      "the file is damaged (the size of a part does not match); ask for a new copy",
    "paneImport.reason.timed-out":
      "reading the file took too long; open the file in Excel and save it again",
    "paneImport.reason.no-proposal": "the file holds no regional proposal",
    "paneImport.reason.no-region": "the proposal's region was not recognised",
    "paneImport.sheet.old": "old",
    "paneImport.sheet.log": "Import log",
    "paneImport.log.file": "File",
    "paneImport.log.size": "Size (bytes)",
    "paneImport.log.sha256": "SHA-256",
    "paneImport.log.time": "Time",
    "paneImport.log.region": "Region",
    "paneImport.log.sheet": "Sheet",
    "paneImport.log.backup": "Backup",
    "paneImport.workbook.heading": "Workbook",
    "paneImport.workbook.open": "Open workbook…",
    "paneImport.workbook.download": "Download workbook",
    "paneImport.workbook.downloadNote":
      "The download is a new file; the file you opened is not changed.",
    "paneImport.workbook.empty":
      "The workbook is empty. Open a workbook or import the regions' files.",
    "paneImport.workbook.sheet": "Sheet",
    "paneImport.workbook.caption": "{sheet}: the first {rows} rows and {cols} columns",
    "paneImport.workbook.opened": "Opened {file}.",
    "paneImport.workbook.openFailed": "{file} could not be opened: {reason}",
    "paneImport.workbook.downloaded": "Downloaded {file}.",
    "paneImport.workbook.hidden": "(hidden)",
  },
});

export type PaneImportMessageKey = keyof (typeof paneImport)["en"];

export function paneImportText(
  lang: "fi" | "sv" | "en",
  key: PaneImportMessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return paneImport[lang][key].replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
