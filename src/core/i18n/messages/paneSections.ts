import { defineMessages } from "../define";

/**
 * The Templates and Validate sections of the pane. Severity names, the empty states and
 * the unexpected-error text come from `common`. Swedish to be checked by a fluent speaker.
 */
export const paneSections = defineMessages({
  fi: {
    "paneSections.noWorkbook":
      "Tässä ei ole vielä avattua työkirjaa. Avaa työkirja tai tuo maakuntien tiedostot Tuonti-osiossa.",
    "paneSections.templates.intro":
      "Lisää työkirjaan uusi taulukko: maakunnan esityksen pohja tai kierroksen asetukset.",
    "paneSections.templates.kind": "Pohja",
    "paneSections.templates.kind.proposal": "Maakunnan esitys",
    "paneSections.templates.kind.settings": "Kierroksen asetukset",
    "paneSections.templates.region": "Maakunta",
    "paneSections.templates.region.none": "Valitaan taulukossa",
    "paneSections.templates.region.all": "Kaikki 18 maakuntaa",
    "paneSections.templates.region.allHint":
      "Kausi, kierros ja teemat luetaan työkirjan kierroksen asetuksista.",
    "paneSections.templates.periodStart": "Kauden alkuvuosi",
    "paneSections.templates.periodEnd": "Kauden loppuvuosi",
    "paneSections.templates.lang": "Pohjan kieli",
    "paneSections.templates.insert": "Lisää pohja",
    "paneSections.templates.inserting": "Lisätään pohjaa…",
    "paneSections.templates.inserted": "Lisättiin taulukko {sheet}.",
    "paneSections.templates.insertedAll": "Lisättiin {count} taulukkoa. Ensimmäinen on {sheet}.",
    "paneSections.templates.period.missing": "Anna kauden alku- ja loppuvuosi.",
    "paneSections.templates.period.unreadable":
      "Kauden vuosien pitää olla nelinumeroisia vuosia väliltä 1990–2100.",
    "paneSections.templates.period.endBeforeStart": "Kauden loppuvuosi on ennen alkuvuotta.",
    "paneSections.templates.period.tooLong": "Kausi voi olla enintään 10 vuotta.",
    "paneSections.templates.error.noSettings":
      "Työkirjassa ei ole kierroksen asetuksia. Lisää ja täytä ensin kierroksen asetukset, jotta kaikkien maakuntien pohjat voidaan tehdä niistä.",
    "paneSections.templates.error.settingsPeriod":
      "Kierroksen asetuksista puuttuu kelvollinen kausi. Korjaa kausi asetuksiin ja yritä uudelleen.",
    "paneSections.validate.run": "Tarkista",
    "paneSections.validate.running": "Tarkistetaan…",
    "paneSections.validate.done":
      "Tarkistettu. Virheitä {errors}, varoituksia {warnings}, huomautuksia {info}.",
    "paneSections.validate.summary": "Yhteenveto",
    "paneSections.validate.filter": "Näytä vakavuudet",
    "paneSections.validate.workbookGroup": "Koko työkirja",
    "paneSections.validate.cell": "Solu {cell}",
    "paneSections.validate.noCell": "ei solua",
    "paneSections.validate.goTo": "Siirry soluun {cell} taulukossa {sheet}",
    "paneSections.validate.fix": "Korjaa",
    "paneSections.validate.fixLabel": "Korjaa solu {cell}",
    "paneSections.validate.leave": "Jätä ennalleen",
    "paneSections.validate.leaveLabel": "Jätä ennalleen: solu {cell}",
    "paneSections.validate.fixAll": "Korjaa kaikki {rule} ({count})",
    "paneSections.validate.fixing": "Korjataan…",
    "paneSections.validate.fixed": "Korjattuja soluja: {count}.",
    "paneSections.validate.clearMarkers": "Poista merkinnät",
    "paneSections.validate.markersCleared": "Merkinnät poistettiin soluista.",
    "paneSections.validate.live": "Tarkista muutokset heti",
    "paneSections.validate.showMore": "Näytä lisää ({count} jäljellä)",
    "paneSections.validate.hiddenByFilter": "Valinta piilottaa kaikki havainnot.",
    "paneSections.validate.unmarkedProtected":
      "Näitä taulukoita ei merkitty, koska ne on suojattu: {sheets}. Niiden havainnot ovat silti luettelossa.",
    "paneSections.hostError.protectedSheets":
      "Nämä taulukot on suojattu, joten mitään ei kirjoitettu: {sheets}. Poista suojaus (Tarkista › Poista taulukon suojaus) ja yritä uudelleen.",
    "paneSections.hostError.protectedStructure":
      "Työkirjan rakenne on suojattu, joten taulukoita ei voi lisätä, nimetä uudelleen eikä poistaa. Mitään ei kirjoitettu. Poista työkirjan suojaus (Tarkista › Suojaa työkirja) ja yritä uudelleen.",
    "paneSections.hostError.protectedBoth":
      "Työkirjan rakenne ja nämä taulukot on suojattu, joten mitään ei kirjoitettu: {sheets}. Poista suojaukset ja yritä uudelleen.",
    "paneSections.hostError.protected":
      "Työkirja tai taulukko on suojattu, joten mitään ei kirjoitettu. Poista suojaus ja yritä uudelleen.",
    "paneSections.hostError.changed":
      "Nämä taulukot on poistettu tai nimetty uudelleen sen jälkeen, kun työkirja luettiin: {sheets}. Muihin taulukoihin ei tehty muutoksia. Yritä uudelleen: työkirja luetaan silloin uudelleen sellaisena kuin se nyt on.",
    "paneSections.hostError.unexpected":
      "Toiminto keskeytyi odottamattomaan virheeseen. Tarkista työkirja ja yritä uudelleen.",
    "paneSections.hostError.detail": "Tekniset tiedot",
  },
  sv: {
    "paneSections.noWorkbook":
      "Ingen arbetsbok är öppen här ännu. Öppna en arbetsbok eller importera landskapens filer under Import.",
    "paneSections.templates.intro":
      "Infogar ett nytt blad i arbetsboken: mallen för landskapets förslag eller omgångens inställningar.",
    "paneSections.templates.kind": "Mall",
    "paneSections.templates.kind.proposal": "Landskapets förslag",
    "paneSections.templates.kind.settings": "Omgångens inställningar",
    "paneSections.templates.region": "Landskap",
    "paneSections.templates.region.none": "Väljs på bladet",
    "paneSections.templates.region.all": "Alla 18 landskap",
    "paneSections.templates.region.allHint":
      "Period, omgång och teman läses från omgångens inställningar i arbetsboken.",
    "paneSections.templates.periodStart": "Periodens första år",
    "paneSections.templates.periodEnd": "Periodens sista år",
    "paneSections.templates.lang": "Mallens språk",
    "paneSections.templates.insert": "Infoga mall",
    "paneSections.templates.inserting": "Infogar mallen…",
    "paneSections.templates.inserted": "Bladet {sheet} infogades.",
    "paneSections.templates.insertedAll": "{count} blad infogades. Det första är {sheet}.",
    "paneSections.templates.period.missing": "Ange periodens första och sista år.",
    "paneSections.templates.period.unreadable":
      "Periodens år ska vara fyrsiffriga år mellan 1990 och 2100.",
    "paneSections.templates.period.endBeforeStart": "Periodens sista år ligger före det första.",
    "paneSections.templates.period.tooLong": "Perioden kan vara högst 10 år.",
    "paneSections.templates.error.noSettings":
      "Arbetsboken har inga inställningar för omgången. Infoga och fyll i omgångens inställningar först, så att alla landskaps mallar kan skapas utifrån dem.",
    "paneSections.templates.error.settingsPeriod":
      "Omgångens inställningar saknar en giltig period. Rätta perioden i inställningarna och försök igen.",
    "paneSections.validate.run": "Granska",
    "paneSections.validate.running": "Granskar…",
    "paneSections.validate.done":
      "Granskat. Fel: {errors}, varningar: {warnings}, anmärkningar: {info}.",
    "paneSections.validate.summary": "Sammandrag",
    "paneSections.validate.filter": "Visa allvarlighetsgrader",
    "paneSections.validate.workbookGroup": "Hela arbetsboken",
    "paneSections.validate.cell": "Cell {cell}",
    "paneSections.validate.noCell": "ingen cell",
    "paneSections.validate.goTo": "Gå till cell {cell} på bladet {sheet}",
    "paneSections.validate.fix": "Rätta",
    "paneSections.validate.fixLabel": "Rätta cell {cell}",
    "paneSections.validate.leave": "Lämna som den är",
    "paneSections.validate.leaveLabel": "Lämna som den är: cell {cell}",
    "paneSections.validate.fixAll": "Rätta alla {rule} ({count})",
    "paneSections.validate.fixing": "Rättar…",
    "paneSections.validate.fixed": "Rättade celler: {count}.",
    "paneSections.validate.clearMarkers": "Ta bort markeringar",
    "paneSections.validate.markersCleared": "Markeringarna togs bort från cellerna.",
    "paneSections.validate.live": "Granska ändringar direkt",
    "paneSections.validate.showMore": "Visa fler ({count} kvar)",
    "paneSections.validate.hiddenByFilter": "Valet döljer alla anmärkningar.",
    "paneSections.validate.unmarkedProtected":
      "De här bladen markerades inte eftersom de är skyddade: {sheets}. Deras fynd finns ändå i listan.",
    "paneSections.hostError.protectedSheets":
      "De här bladen är skyddade, så inget skrevs: {sheets}. Ta bort skyddet (Granska › Ta bort bladets skydd) och försök igen.",
    "paneSections.hostError.protectedStructure":
      "Arbetsbokens struktur är skyddad, så inga blad kan läggas till, byta namn eller tas bort. Inget skrevs. Ta bort arbetsbokens skydd (Granska › Skydda arbetsbok) och försök igen.",
    "paneSections.hostError.protectedBoth":
      "Arbetsbokens struktur och de här bladen är skyddade, så inget skrevs: {sheets}. Ta bort skydden och försök igen.",
    "paneSections.hostError.protected":
      "Arbetsboken eller ett blad är skyddat, så inget skrevs. Ta bort skyddet och försök igen.",
    "paneSections.hostError.changed":
      "De här bladen har tagits bort eller bytt namn efter att arbetsboken lästes: {sheets}. Inget ändrades på de andra bladen. Försök igen: arbetsboken läses då på nytt sådan den är nu.",
    "paneSections.hostError.unexpected":
      "Åtgärden avbröts av ett oväntat fel. Kontrollera arbetsboken och försök igen.",
    "paneSections.hostError.detail": "Tekniska detaljer",
  },
  en: {
    "paneSections.noWorkbook":
      "No workbook is open here yet. Open a workbook or import the regions' files in Import.",
    "paneSections.templates.intro":
      "Adds a new sheet to the workbook: the regional proposal template or the round settings.",
    "paneSections.templates.kind": "Template",
    "paneSections.templates.kind.proposal": "Regional proposal",
    "paneSections.templates.kind.settings": "Round settings",
    "paneSections.templates.region": "Region",
    "paneSections.templates.region.none": "Chosen on the sheet",
    "paneSections.templates.region.all": "All 18 regions",
    "paneSections.templates.region.allHint":
      "Period, round and themes are read from the round settings in the workbook.",
    "paneSections.templates.periodStart": "First year of the period",
    "paneSections.templates.periodEnd": "Last year of the period",
    "paneSections.templates.lang": "Template language",
    "paneSections.templates.insert": "Insert template",
    "paneSections.templates.inserting": "Inserting the template…",
    "paneSections.templates.inserted": "Inserted the sheet {sheet}.",
    "paneSections.templates.insertedAll": "Inserted {count} sheets. The first is {sheet}.",
    "paneSections.templates.period.missing": "Enter the first and last year of the period.",
    "paneSections.templates.period.unreadable":
      "The years of the period must be four-digit years from 1990 to 2100.",
    "paneSections.templates.period.endBeforeStart":
      "The last year of the period is before the first.",
    "paneSections.templates.period.tooLong": "A period can be 10 years at most.",
    "paneSections.templates.error.noSettings":
      "The workbook has no round settings. Insert and fill in the round settings first, so that the templates of all regions can be made from them.",
    "paneSections.templates.error.settingsPeriod":
      "The round settings have no valid period. Correct the period in the settings and try again.",
    "paneSections.validate.run": "Validate",
    "paneSections.validate.running": "Validating…",
    "paneSections.validate.done":
      "Validated. Errors: {errors}, warnings: {warnings}, info: {info}.",
    "paneSections.validate.summary": "Summary",
    "paneSections.validate.filter": "Show severities",
    "paneSections.validate.workbookGroup": "Whole workbook",
    "paneSections.validate.cell": "Cell {cell}",
    "paneSections.validate.noCell": "no cell",
    "paneSections.validate.goTo": "Go to cell {cell} on sheet {sheet}",
    "paneSections.validate.fix": "Fix",
    "paneSections.validate.fixLabel": "Fix cell {cell}",
    "paneSections.validate.leave": "Leave as is",
    "paneSections.validate.leaveLabel": "Leave as is: cell {cell}",
    "paneSections.validate.fixAll": "Fix all {rule} ({count})",
    "paneSections.validate.fixing": "Fixing…",
    "paneSections.validate.fixed": "Cells fixed: {count}.",
    "paneSections.validate.clearMarkers": "Clear markers",
    "paneSections.validate.markersCleared": "The markers were removed from the cells.",
    "paneSections.validate.live": "Check changes as I type",
    "paneSections.validate.showMore": "Show more ({count} left)",
    "paneSections.validate.hiddenByFilter": "The filter hides every issue.",
    "paneSections.validate.unmarkedProtected":
      "These sheets were not marked because they are protected: {sheets}. Their issues are still listed.",
    "paneSections.hostError.protectedSheets":
      "These sheets are protected, so nothing was written: {sheets}. Remove the protection (Review › Unprotect Sheet) and try again.",
    "paneSections.hostError.protectedStructure":
      "The workbook structure is protected, so no sheet can be added, renamed or removed. Nothing was written. Unprotect the workbook (Review › Protect Workbook) and try again.",
    "paneSections.hostError.protectedBoth":
      "The workbook structure and these sheets are protected, so nothing was written: {sheets}. Remove the protection and try again.",
    "paneSections.hostError.protected":
      "The workbook or a sheet is protected, so nothing was written. Remove the protection and try again.",
    "paneSections.hostError.changed":
      "These sheets were deleted or renamed after the workbook was read: {sheets}. Nothing was changed on the other sheets. Try again: the workbook is then read again as it is now.",
    "paneSections.hostError.unexpected":
      "The operation stopped on an unexpected error. Check the workbook and try again.",
    "paneSections.hostError.detail": "Technical details",
  },
});

export type PaneSectionsMessageKey = keyof (typeof paneSections)["en"];
