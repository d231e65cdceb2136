import { defineMessages } from "../define";

/**
 * Texts the templates write into sheets (titles, help, dropdown prompts) and the
 * `template` command's messages. Column and field labels are not here: they come from the
 * label catalogue (`src/core/recognise/labels.ts`) so that recognition reads them back.
 * Excel cuts a prompt title at 32 characters and a prompt at 255. Swedish to be checked
 * by a fluent speaker.
 */
export const templates = defineMessages({
  fi: {
    "templates.title.proposal": "Aluekehittämiskeskustelut: maakunnan esitys",
    "templates.title.settings": "Aluekehittämiskeskustelut: kierroksen asetukset",
    "templates.help.proposal":
      "Kirjaa kohteet ylempään taulukkoon, yksi kohde riville. Kirjaa rahoitus alempaan taulukkoon, yksi rivi kohdetta ja rahoituslähdettä kohden.",
    "templates.help.settings":
      "Kirjaa kierroksen tiedot ja AKKE-jako maakunnittain. Osuus lasketaan määrärahasta.",
    "templates.sheet.proposal": "Esitys",
    "templates.sheet.settings": "Kierroksen asetukset",
    "templates.sheet.lists": "Luettelot",
    "templates.prompt.region.title": "Maakunta",
    "templates.prompt.region.message": "Valitse maakunta luettelosta.",
    "templates.prompt.theme.title": "Teema",
    "templates.prompt.theme.message": "Valitse kierroksen teema luettelosta.",
    "templates.prompt.level.title": "Taso",
    "templates.prompt.level.message":
      "Kansallinen tai ylimaakunnallinen kohde tarvitsee vastuuministeriön.",
    "templates.prompt.leadMinistry.title": "Vastuuministeriö",
    "templates.prompt.leadMinistry.message": "Valitse ministeriö, joka vastaa toimenpiteestä.",
    "templates.prompt.discussionStatus.title": "Käsittelytila",
    "templates.prompt.discussionStatus.message": "Tyhjä tarkoittaa, että kohde on ehdotettu.",
    "templates.prompt.ministryPosition.title": "Ministeriön kanta",
    "templates.prompt.ministryPosition.message":
      "TEM / ministeriö täyttää: vastuuministeriön kanta kohteeseen. Maakunta jättää tyhjäksi.",
    "templates.prompt.nationalFollowUp.title": "Jatkokäsittely",
    "templates.prompt.nationalFollowUp.message":
      "TEM täyttää: päätös kohteen kansallisesta jatkokäsittelystä. Maakunta jättää tyhjäksi.",
    "templates.note.ministryColumns": "TEM / ministeriö täyttää",
    "templates.note.statute": "Säädös muodossa 380/2023 (§ voi lisätä: 380/2023 5 §)",
    "templates.prompt.statute.title": "Säädös",
    "templates.prompt.statute.message":
      "Kirjoita säädöksen numero muodossa 380/2023. Pykälän voi lisätä: 380/2023 5 §.",
    "templates.prompt.date.title": "Päivämäärä",
    "templates.prompt.date.message": "Päivämäärä muodossa 15.3.2026",
    "templates.prompt.implementationStatus.title": "Toteutumisen tila",
    "templates.prompt.implementationStatus.message": "Täytetään seurannassa.",
    "templates.prompt.source.title": "Rahoituslähde",
    "templates.prompt.source.message":
      "Yksi rivi kohdetta ja lähdettä kohden. Vain AKKE (sopimuksellinen yhteistyö) lasketaan maakunnan jakoon.",
    "templates.prompt.group.title": "Ryhmä",
    "templates.prompt.group.message": "Painopiste, edellytys tai muu aihe.",
    "templates.prompt.active.title": "Käytössä",
    "templates.prompt.active.message": "Ei = teema ei ole käytössä tällä kierroksella.",
    "templates.cli.written": "Kirjoitettu: {file}",
    "templates.cli.writtenMany": "Kirjoitettu {count} tiedostoa hakemistoon {dir}",
    "templates.cli.unknownRegion": "Tuntematon maakunta: {value}",
    "templates.cli.unknownRegionSuggestion":
      "Tuntematon maakunta: {value}. Tarkoititko {suggestion}?",
    "templates.cli.notEligible":
      "{region} ei ole aluekehittämislain maakunta, eikä sille tehdä esityspohjaa.",
    "templates.cli.badPeriod": "Kausi ei kelpaa: {value} (esimerkiksi 2026-2028)",
    "templates.cli.needsPeriod":
      "--all-regions tarvitsee valinnan --settings TIEDOSTO tai --period 2026-2028",
    "templates.cli.periodDefaulted": "Kautta ei annettu: käytetään kautta {period}",
    "templates.cli.settingsUnreadable": "Asetustiedostoa ei voi lukea: {file} ({reason})",
    "templates.cli.noSettings": "Tiedostossa {file} ei ole kierroksen asetuksia",
    "templates.cli.cannotWrite": "Tiedostoa ei voi kirjoittaa: {file} ({reason})",
  },
  sv: {
    "templates.title.proposal": "Regionutvecklingsdiskussioner: landskapets förslag",
    "templates.title.settings": "Regionutvecklingsdiskussioner: omgångens inställningar",
    "templates.help.proposal":
      "Fyll i objekten i den övre tabellen, ett objekt per rad. Fyll i finansieringen i den nedre tabellen, en rad per objekt och finansieringskälla.",
    "templates.help.settings":
      "Fyll i omgångens uppgifter och AKKE-fördelningen per landskap. Andelen räknas av anslaget.",
    "templates.sheet.proposal": "Förslag",
    "templates.sheet.settings": "Omgångens inställningar",
    "templates.sheet.lists": "Listor",
    "templates.prompt.region.title": "Landskap",
    "templates.prompt.region.message": "Välj landskap i listan.",
    "templates.prompt.theme.title": "Tema",
    "templates.prompt.theme.message": "Välj ett av omgångens teman i listan.",
    "templates.prompt.level.title": "Nivå",
    "templates.prompt.level.message":
      "Ett nationellt eller landskapsöverskridande objekt behöver ett ansvarigt ministerium.",
    "templates.prompt.leadMinistry.title": "Ansvarigt ministerium",
    "templates.prompt.leadMinistry.message": "Välj det ministerium som ansvarar för åtgärden.",
    "templates.prompt.discussionStatus.title": "Behandlingsstatus",
    "templates.prompt.discussionStatus.message": "Tom betyder att objektet är föreslaget.",
    "templates.prompt.ministryPosition.title": "Ministeriets ståndpunkt",
    "templates.prompt.ministryPosition.message":
      "ANM / ministeriet fyller i: det ansvariga ministeriets ståndpunkt. Landskapet lämnar tomt.",
    "templates.prompt.nationalFollowUp.title": "Fortsatt behandling",
    "templates.prompt.nationalFollowUp.message":
      "ANM fyller i: beslut om den nationella fortsatta behandlingen. Landskapet lämnar tomt.",
    "templates.note.ministryColumns": "ANM / ministeriet fyller i",
    "templates.note.statute": "Författning i formen 380/2023 (§ kan läggas till: 380/2023 5 §)",
    "templates.prompt.statute.title": "Författning",
    "templates.prompt.statute.message":
      "Skriv författningens nummer i formen 380/2023. Paragraf kan läggas till: 380/2023 5 §.",
    "templates.prompt.date.title": "Datum",
    "templates.prompt.date.message": "Datum i formen 15.3.2026",
    "templates.prompt.implementationStatus.title": "Genomförandestatus",
    "templates.prompt.implementationStatus.message": "Fylls i vid uppföljningen.",
    "templates.prompt.source.title": "Finansieringskälla",
    "templates.prompt.source.message":
      "En rad per objekt och källa. Endast AKKE (avtalsbaserat samarbete) räknas mot landskapets fördelning.",
    "templates.prompt.group.title": "Grupp",
    "templates.prompt.group.message": "Prioritering, förutsättning eller övrigt ämne.",
    "templates.prompt.active.title": "I bruk",
    "templates.prompt.active.message": "Nej = temat används inte i denna omgång.",
    "templates.cli.written": "Skrevs: {file}",
    "templates.cli.writtenMany": "Skrev {count} filer i katalogen {dir}",
    "templates.cli.unknownRegion": "Okänt landskap: {value}",
    "templates.cli.unknownRegionSuggestion": "Okänt landskap: {value}. Menade du {suggestion}?",
    "templates.cli.notEligible":
      "{region} hör inte till landskapen enligt lagen om regionutveckling och får ingen förslagsmall.",
    "templates.cli.badPeriod": "Ogiltig period: {value} (till exempel 2026-2028)",
    "templates.cli.needsPeriod": "--all-regions behöver --settings FIL eller --period 2026-2028",
    "templates.cli.periodDefaulted": "Ingen period angavs: perioden {period} används",
    "templates.cli.settingsUnreadable": "Inställningsfilen kan inte läsas: {file} ({reason})",
    "templates.cli.noSettings": "Filen {file} innehåller inga inställningar för omgången",
    "templates.cli.cannotWrite": "Filen kan inte skrivas: {file} ({reason})",
  },
  en: {
    "templates.title.proposal": "Regional development discussions: regional proposal",
    "templates.title.settings": "Regional development discussions: round settings",
    "templates.help.proposal":
      "Enter the items in the upper table, one item per row. Enter the funding in the lower table, one row per item and funding source.",
    "templates.help.settings":
      "Enter the round's details and the AKKE allocation by region. The share is computed from the envelope.",
    "templates.sheet.proposal": "Proposal",
    "templates.sheet.settings": "Round settings",
    "templates.sheet.lists": "Lists",
    "templates.prompt.region.title": "Region",
    "templates.prompt.region.message": "Pick the region from the list.",
    "templates.prompt.theme.title": "Theme",
    "templates.prompt.theme.message": "Pick one of the round's themes from the list.",
    "templates.prompt.level.title": "Level",
    "templates.prompt.level.message": "A national or interregional item needs a lead ministry.",
    "templates.prompt.leadMinistry.title": "Lead ministry",
    "templates.prompt.leadMinistry.message": "Pick the ministry responsible for the measure.",
    "templates.prompt.discussionStatus.title": "Discussion status",
    "templates.prompt.discussionStatus.message": "Empty means the item is proposed.",
    "templates.prompt.ministryPosition.title": "Ministry position",
    "templates.prompt.ministryPosition.message":
      "Filled in by TEM / the ministry: the lead ministry's position. The region leaves it empty.",
    "templates.prompt.nationalFollowUp.title": "National follow-up",
    "templates.prompt.nationalFollowUp.message":
      "Filled in by TEM: the decision on the national follow-up. The region leaves it empty.",
    "templates.note.ministryColumns": "Filled in by TEM / the ministry",
    "templates.note.statute": "Statute as 380/2023 (§ optional: 380/2023 5 §)",
    "templates.prompt.statute.title": "Statute",
    "templates.prompt.statute.message":
      "Write the statute number as 380/2023. A section is optional: 380/2023 5 §.",
    "templates.prompt.date.title": "Date",
    "templates.prompt.date.message": "A date as day.month.year, e.g. 15.3.2026",
    "templates.prompt.implementationStatus.title": "Implementation status",
    "templates.prompt.implementationStatus.message": "Filled in at follow-up.",
    "templates.prompt.source.title": "Funding source",
    "templates.prompt.source.message":
      "One row per item and source. Only AKKE (contractual cooperation) counts against the region's allocation.",
    "templates.prompt.group.title": "Group",
    "templates.prompt.group.message": "Priority, precondition or other topic.",
    "templates.prompt.active.title": "Active",
    "templates.prompt.active.message": "No = the theme is not used in this round.",
    "templates.cli.written": "Written: {file}",
    "templates.cli.writtenMany": "Wrote {count} files to {dir}",
    "templates.cli.unknownRegion": "Unknown region: {value}",
    "templates.cli.unknownRegionSuggestion": "Unknown region: {value}. Did you mean {suggestion}?",
    "templates.cli.notEligible":
      "{region} is not one of the regions of the Regional Development Act and gets no proposal template.",
    "templates.cli.badPeriod": "Invalid period: {value} (for example 2026-2028)",
    "templates.cli.needsPeriod": "--all-regions needs --settings FILE or --period 2026-2028",
    "templates.cli.periodDefaulted": "No period given: using {period}",
    "templates.cli.settingsUnreadable": "Cannot read the settings file: {file} ({reason})",
    "templates.cli.noSettings": "The file {file} holds no round settings",
    "templates.cli.cannotWrite": "Cannot write the file: {file} ({reason})",
  },
});

export type TemplatesMessageKey = keyof (typeof templates)["en"];
