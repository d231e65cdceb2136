/**
 * Texts of the page per region (docs/region-page.md): the draft of one region's discussion
 * memo and cooperation document, in the memo's house style (docs/memo.md), and the command
 * line's and the pane's texts for it. The page also uses the memo's own texts (`memo.*`)
 * where the wording is the same. Finnish sentences put region names as the subject
 * (nominative), after a colon, or in the stored genitive (`{regionOf}`). Swedish to be
 * checked by a fluent speaker.
 */
import { defineMessages } from "../define";

export const regionPageMessages = defineMessages({
  fi: {
    "regionPage.header.kind": "MUISTIOLUONNOS",
    "regionPage.title": "Aluekehittämiskeskustelu {round}: {region}",
    "regionPage.titleNoRound": "Aluekehittämiskeskustelu: {region}",
    "regionPage.intro":
      "Luonnos maakunnan aluekehittämiskeskustelun muistioksi ja yhteistyöasiakirjaksi, laadittu {date} maakunnan esityksen pohjalta.",
    "regionPage.summary": "{regionOf} esityksessä on {items} ja {themes}.",
    "regionPage.summaryPlain": "Maakunta: {region}. Esityksessä on {items} ja {themes}.",
    "regionPage.received": "Esitys saapui {date}.",
    "regionPage.receivedLate": "Esitys saapui {date} eli määräajan jälkeen.",
    "regionPage.notReady": "Esitystä on vielä täydennettävä.",

    "regionPage.heading.themes": "Teemat ja tavoitteet",
    "regionPage.heading.measures": "Esitetyt kansalliset toimenpiteet",
    "regionPage.heading.legislation": "Säädösmuutostarpeet",

    "regionPage.themes.none": "Esityksessä ei ole kohteita.",
    "regionPage.measures.intro":
      "Maakunta esittää kansallisia toimenpiteitä vastuuministeriöittäin:",
    "regionPage.measures.none": "Esityksessä ei esitetä kansallisia toimenpiteitä.",
    "regionPage.legislation.none": "Esityksessä ei ole säädösmuutostarpeita.",
    "regionPage.legislation.unknownStatute": "Säädös {number} (ministeriö ei tiedossa)",
    "regionPage.expertSupport.intro":
      "Maakunta pyytää valtion asiantuntijatukea vastuuministeriöittäin:",
    "regionPage.expertSupport.none": "Esityksessä ei pyydetä valtion asiantuntijatukea.",
    "regionPage.positions.intro":
      "Ministeriöiden kannat ja jatkokäsittely kansallisella tai ylimaakunnallisella tasolla käsiteltävissä kohteissa:",
    "regionPage.positions.none": "Ministeriöiden kantoja ei ole vielä kirjattu.",
    "regionPage.positions.noItems":
      "Esityksessä ei ole kansallisella tai ylimaakunnallisella tasolla käsiteltäviä kohteita.",

    "regionPage.money.subject": "{regionOf} AKKE-esitys",
    "regionPage.money.subjectPlain": "AKKE-esitys ({region})",
    "regionPage.money.over":
      "{subject} on {akke}; AKKE-jako on {allocation}, joten esitys ylittää jaon {amount}.",
    "regionPage.money.under":
      "{subject} on {akke}; AKKE-jako on {allocation}, josta on vielä esittämättä kohteisiin {amount}.",
    "regionPage.money.equal": "{subject} on {akke}, mikä vastaa AKKE-jakoa.",
    "regionPage.money.noAllocation":
      "{subject} on {akke}; kierroksen asetuksissa ei ole maakunnalle AKKE-jakoa.",
    "regionPage.money.share": "Esitys on {share} kierroksen AKKE-määrärahasta ({envelope}).",
    "regionPage.money.shareWithAllocation":
      "Esitys on {share} kierroksen AKKE-määrärahasta ({envelope}), ja AKKE-jako on {allocationShare} siitä.",
    "regionPage.money.otherIntro": "Muu rahoitus lähteittäin:",
    "regionPage.money.noOther": "Esityksessä ei ole muuta rahoitusta.",
    "regionPage.source.none": "(ei rahoituslähdettä)",
    "regionPage.source.notTied": "(ei kohdistettu kohteeseen)",

    "regionPage.monitoring.intro": "Seurantamittarit kohteittain:",
    "regionPage.monitoring.none": "Esityksessä ei ole seurantamittareita.",

    "regionPage.noProposal": "{region} ei ole toimittanut esitystä.",
    "regionPage.notRead": "Maakunnalta saatiin tiedosto, jota ei voitu lukea: {files}.",
    "regionPage.allocation":
      "Maakunnan AKKE-jako on {allocation} eli {share} kierroksen AKKE-määrärahasta.",
    "regionPage.noAllocation": "Kierroksen asetuksissa ei ole maakunnalle AKKE-jakoa.",

    "regionPage.item": "Kohde {id}",
    "regionPage.col.item": "Kohde",
    "regionPage.col.leadMinistry": "Vastuuministeriö",
    "regionPage.col.source": "Rahoituslähde",
    "regionPage.col.amount": "Rahoitus",
    "regionPage.col.indicator": "Mittari",
    "regionPage.col.baseline": "Lähtötaso",
    "regionPage.col.target": "Tavoitetaso",
    "regionPage.col.targetYear": "Tavoitevuosi",

    "regionPage.fileName": "alkekeskustelu",
    "regionPage.cli.unknownRegion": "Tuntematon maakunta: {value}.",
    "regionPage.cli.noPages": "Yhdeltäkään maakunnalta ei ole esitystä; sivuja ei kirjoitettu.",

    "regionPage.pane.picker": "Maakunnan sivu",
    "regionPage.pane.wholeMemo": "Koko muistio",
    "regionPage.pane.preview": "Maakunnan sivun esikatselu",
    "regionPage.pane.copy": "Kopioi maakunnan sivu",
  },
  sv: {
    "regionPage.header.kind": "PROMEMORIAUTKAST",
    "regionPage.title": "Regionutvecklingsdiskussion {round}: {region}",
    "regionPage.titleNoRound": "Regionutvecklingsdiskussion: {region}",
    "regionPage.intro":
      "Utkast till promemoria över landskapets regionutvecklingsdiskussion och till dess samarbetsdokument, utarbetat {date} utifrån landskapets förslag.",
    "regionPage.summary": "Förslaget från {regionOf} innehåller {items} och {themes}.",
    "regionPage.summaryPlain": "Landskap: {region}. Förslaget innehåller {items} och {themes}.",
    "regionPage.received": "Förslaget inkom {date}.",
    "regionPage.receivedLate": "Förslaget inkom {date}, dvs. efter tidsfristen.",
    "regionPage.notReady": "Förslaget behöver ännu kompletteras.",

    "regionPage.heading.themes": "Teman och mål",
    "regionPage.heading.measures": "Föreslagna nationella åtgärder",
    "regionPage.heading.legislation": "Behov av författningsändringar",

    "regionPage.themes.none": "Förslaget innehåller inga objekt.",
    "regionPage.measures.intro":
      "Landskapet föreslår nationella åtgärder per ansvarigt ministerium:",
    "regionPage.measures.none": "Förslaget innehåller inga nationella åtgärder.",
    "regionPage.legislation.none": "Förslaget innehåller inga behov av författningsändringar.",
    "regionPage.legislation.unknownStatute": "Författning {number} (ministeriet inte identifierat)",
    "regionPage.expertSupport.intro":
      "Landskapet ber om statens sakkunnigstöd, per ansvarigt ministerium:",
    "regionPage.expertSupport.none": "Förslaget innehåller ingen begäran om statens sakkunnigstöd.",
    "regionPage.positions.intro":
      "Ministeriernas ståndpunkter och fortsatt behandling för objekten på nationell eller landskapsöverskridande nivå:",
    "regionPage.positions.none": "Ministeriernas ståndpunkter har ännu inte antecknats.",
    "regionPage.positions.noItems":
      "Förslaget innehåller inga objekt på nationell eller landskapsöverskridande nivå.",

    "regionPage.money.subject": "AKKE-förslaget från {regionOf}",
    "regionPage.money.subjectPlain": "AKKE-förslaget ({region})",
    "regionPage.money.over":
      "{subject} är {akke}; AKKE-fördelningen är {allocation}, så förslaget överskrider fördelningen med {amount}.",
    "regionPage.money.under":
      "{subject} är {akke}; AKKE-fördelningen är {allocation}, varav {amount} ännu inte har föreslagits för objekt.",
    "regionPage.money.equal": "{subject} är {akke}, vilket motsvarar AKKE-fördelningen.",
    "regionPage.money.noAllocation":
      "{subject} är {akke}; omgångens inställningar ger landskapet ingen AKKE-fördelning.",
    "regionPage.money.share": "Förslaget utgör {share} av omgångens AKKE-anslag ({envelope}).",
    "regionPage.money.shareWithAllocation":
      "Förslaget utgör {share} av omgångens AKKE-anslag ({envelope}), och AKKE-fördelningen {allocationShare}.",
    "regionPage.money.otherIntro": "Annan finansiering per källa:",
    "regionPage.money.noOther": "Förslaget innehåller ingen annan finansiering.",
    "regionPage.source.none": "(ingen finansieringskälla)",
    "regionPage.source.notTied": "(inte kopplad till ett objekt)",

    "regionPage.monitoring.intro": "Uppföljningsindikatorer per objekt:",
    "regionPage.monitoring.none": "Förslaget innehåller inga uppföljningsindikatorer.",

    "regionPage.noProposal": "{region} har inte lämnat något förslag.",
    "regionPage.notRead": "En fil kom från landskapet men kunde inte läsas: {files}.",
    "regionPage.allocation":
      "Landskapets AKKE-fördelning är {allocation}, dvs. {share} av omgångens AKKE-anslag.",
    "regionPage.noAllocation": "Omgångens inställningar ger landskapet ingen AKKE-fördelning.",

    "regionPage.item": "Objekt {id}",
    "regionPage.col.item": "Objekt",
    "regionPage.col.leadMinistry": "Ansvarigt ministerium",
    "regionPage.col.source": "Finansieringskälla",
    "regionPage.col.amount": "Finansiering",
    "regionPage.col.indicator": "Indikator",
    "regionPage.col.baseline": "Utgångsnivå",
    "regionPage.col.target": "Målnivå",
    "regionPage.col.targetYear": "Målår",

    "regionPage.fileName": "regionutvecklingsdiskussion",
    "regionPage.cli.unknownRegion": "Okänt landskap: {value}.",
    "regionPage.cli.noPages": "Inget landskap har lämnat förslag; inga sidor skrevs.",

    "regionPage.pane.picker": "Landskapets sida",
    "regionPage.pane.wholeMemo": "Hela promemorian",
    "regionPage.pane.preview": "Förhandsvisning av landskapets sida",
    "regionPage.pane.copy": "Kopiera landskapets sida",
  },
  en: {
    "regionPage.header.kind": "DRAFT MEMORANDUM",
    "regionPage.title": "Regional development discussion {round}: {region}",
    "regionPage.titleNoRound": "Regional development discussion: {region}",
    "regionPage.intro":
      "Draft of the memorandum of the region's regional development discussion and of its cooperation document, prepared on {date} from the region's proposal.",
    "regionPage.summary": "The proposal from {regionOf} contains {items} and {themes}.",
    "regionPage.summaryPlain": "Region: {region}. The proposal contains {items} and {themes}.",
    "regionPage.received": "The proposal was received on {date}.",
    "regionPage.receivedLate": "The proposal was received on {date}, after the deadline.",
    "regionPage.notReady": "The proposal still needs to be completed.",

    "regionPage.heading.themes": "Themes and objectives",
    "regionPage.heading.measures": "National measures proposed",
    "regionPage.heading.legislation": "Legislative change needs",

    "regionPage.themes.none": "The proposal contains no items.",
    "regionPage.measures.intro": "The region proposes national measures, by lead ministry:",
    "regionPage.measures.none": "The proposal asks for no national measures.",
    "regionPage.legislation.none": "The proposal states no legislative change needs.",
    "regionPage.legislation.unknownStatute": "Statute {number} (ministry not identified)",
    "regionPage.expertSupport.intro": "The region asks for state expert support, by lead ministry:",
    "regionPage.expertSupport.none": "The proposal asks for no state expert support.",
    "regionPage.positions.intro":
      "Ministry positions and national follow-up of the items at national or interregional level:",
    "regionPage.positions.none": "No ministry position has been recorded yet.",
    "regionPage.positions.noItems": "The proposal has no items at national or interregional level.",

    "regionPage.money.subject": "The AKKE proposal of {regionOf}",
    "regionPage.money.subjectPlain": "The AKKE proposal ({region})",
    "regionPage.money.over":
      "{subject} is {akke}; the AKKE allocation is {allocation}, so the proposal exceeds the allocation by {amount}.",
    "regionPage.money.under":
      "{subject} is {akke}; the AKKE allocation is {allocation}, of which {amount} has not yet been proposed for items.",
    "regionPage.money.equal": "{subject} is {akke}, equal to the AKKE allocation.",
    "regionPage.money.noAllocation":
      "{subject} is {akke}; the round's settings give the region no AKKE allocation.",
    "regionPage.money.share": "The proposal is {share} of the round's AKKE envelope ({envelope}).",
    "regionPage.money.shareWithAllocation":
      "The proposal is {share} of the round's AKKE envelope ({envelope}), and the AKKE allocation {allocationShare}.",
    "regionPage.money.otherIntro": "Other funding by source:",
    "regionPage.money.noOther": "The proposal has no other funding.",
    "regionPage.source.none": "(no funding source)",
    "regionPage.source.notTied": "(not tied to an item)",

    "regionPage.monitoring.intro": "Monitoring indicators by item:",
    "regionPage.monitoring.none": "The proposal sets no monitoring indicators.",

    "regionPage.noProposal": "{region} has not submitted a proposal.",
    "regionPage.notRead": "A file was received from the region but could not be read: {files}.",
    "regionPage.allocation":
      "The region's AKKE allocation is {allocation}, or {share} of the round's AKKE envelope.",
    "regionPage.noAllocation": "The round's settings give the region no AKKE allocation.",

    "regionPage.item": "Item {id}",
    "regionPage.col.item": "Item",
    "regionPage.col.leadMinistry": "Lead ministry",
    "regionPage.col.source": "Funding source",
    "regionPage.col.amount": "Amount",
    "regionPage.col.indicator": "Indicator",
    "regionPage.col.baseline": "Baseline",
    "regionPage.col.target": "Target",
    "regionPage.col.targetYear": "Target year",

    "regionPage.fileName": "regional-development-discussion",
    "regionPage.cli.unknownRegion": "Unknown region: {value}.",
    "regionPage.cli.noPages": "No region has submitted a proposal; no pages were written.",

    "regionPage.pane.picker": "Region page",
    "regionPage.pane.wholeMemo": "The whole memo",
    "regionPage.pane.preview": "Region page preview",
    "regionPage.pane.copy": "Copy the region page",
  },
});
