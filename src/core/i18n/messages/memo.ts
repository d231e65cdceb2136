/**
 * Texts of the ministry memo (docs/design.md § 8, docs/memo.md). The memo's language is chosen
 * apart from the UI's. Finnish sentences put region names either after a colon (no
 * inflection), as the subject (nominative) or in the stored genitive (`{regionOf}`), never in
 * another case. Numbers up to ten are words (`{n}` from `MemoWriter.words`), so a sentence
 * may start with one: the memo capitalises it. Never call the items a "sopimus".
 * `memo.findings.submitted`, `.missing`, `.errors`, `.errorCount` and `.akke` are also the
 * command line's summary lines. Swedish to be checked by a fluent speaker.
 */
import { defineMessages } from "../define";

export const memo = defineMessages({
  fi: {
    "memo.header.ministry": "TYÖ- JA ELINKEINOMINISTERIÖ",
    "memo.header.unit": "Alueet ja kasvupalvelut -osasto",
    "memo.header.kind": "MUISTIO",
    "memo.header.author": "Laatija: {author}",
    "memo.title": "Aluekehittämiskeskustelut {round}: maakuntien esitykset",
    "memo.titleNoRound": "Aluekehittämiskeskustelut: maakuntien esitykset",

    "memo.heading.background": "Tausta",
    "memo.heading.findings": "Keskeiset havainnot",
    "memo.heading.themes": "Teemat",
    "memo.heading.national": "Kansalliset kysymykset ja säädösmuutostarpeet",
    "memo.heading.expertSupport": "Valtion asiantuntijatuki",
    "memo.heading.positions": "Ministeriöiden kannat",
    "memo.heading.funding": "Rahoitus",
    "memo.heading.monitoring": "Seuranta",
    "memo.heading.nextSteps": "Jatkotoimenpiteet",
    "memo.heading.annex": "Liite",

    "memo.background.discussions":
      "Valtio ja maakuntien liitot käyvät aluekehittämiskeskustelut maakuntien kehittämisen painopisteistä. Menettelyn muoto on sopimuksellinen yhteistyö: keskusteluissa ei tehdä sitovia päätöksiä, vaan niiden tulokset kirjataan kunkin maakunnan yhteistyöasiakirjaan.",
    "memo.background.legalBasis": "Säädösperusta: {legalBasis}.",
    "memo.background.legalBasisAnd": "Säädösperusta: {legalBasis} ja {fundingAct}.",
    "memo.background.round": "Kierros: {round}.",
    "memo.background.period": "Kausi: {period}.",
    "memo.background.budgetYear": "Talousarviovuosi: {year}.",
    "memo.background.envelope":
      "Määrärahaa alueiden kestävän kasvun ja elinvoiman tukeminen (AKKE, momentti 32.30.40) on kierroksella käytettävissä {envelope}.",
    "memo.background.limits":
      "AKKE-rahoituksen osuus voi olla enintään {share} kohteen rahoituksesta, ja maakunta voi esittää enintään {themes}.",
    "memo.background.deadline": "Maakuntien esitysten määräaika: {deadline}.",
    "memo.background.noDeadline": "Kierroksen asetuksissa ei ole määräaikaa.",
    "memo.background.basedOn": "Muistio perustuu {date} mennessä saapuneisiin esityksiin.",
    "memo.background.defaults":
      "Kierroksen asetuksia ei annettu, joten oletusarvoja on käytetty eikä AKKE-jakoa ole tarkistettu.",

    "memo.findings.submitted": "Maakuntien esityksiä saatiin {n} / {total}.",
    "memo.findings.submittedCount.one": "Esityksen toimitti {n} maakunta {total}:sta.",
    "memo.findings.submittedCount.other": "Esityksen toimitti {n} maakuntaa {total}:sta.",
    "memo.findings.missing": "Esitystä ei saatu: {regions}.",
    "memo.findings.missingUnsure": "Luettavaa esitystä ei saatu: {regions}.",
    "memo.findings.notRead": "Vastaanotettiin, mutta ei voitu lukea: {files}.",
    "memo.fileReason.encrypted": "suojattu salasanalla",
    "memo.fileReason.format": "ei .xlsx-työkirja",
    "memo.fileReason.tooLarge": "liian suuri",
    "memo.fileReason.damaged": "vioittunut",
    "memo.fileReason.noProposal": "ei maakunnan esitystä",
    "memo.findings.noneMissing": "Kaikki maakunnat toimittivat esityksen.",
    "memo.findings.outside":
      "Lisäksi saatiin esitys lain alueiden ulkopuolelta (ei lasketa {total} maakunnan joukkoon): {regions}.",
    "memo.findings.late": "Määräajan jälkeen saapuivat: {regions}.",
    "memo.findings.errors": "Esitykset, joissa on virheitä (eivät vielä valmiita): {regions}.",
    "memo.findings.errorCount": "{region} (virheitä: {n})",
    "memo.findings.notReadyOne": "{regionOf} esitystä on vielä täydennettävä.",
    "memo.findings.notReady": "Näitä esityksiä on vielä täydennettävä: {regions}.",
    "memo.findings.duplicates":
      "Samasta maakunnasta saatiin useampi esitys; vain ensimmäinen on laskettu: {regions}.",
    "memo.findings.unassigned": "Esityksiä, joiden maakuntaa ei tunnistettu (ei laskettu): {n}.",
    "memo.findings.itemCount": "Esityksissä on yhteensä {items}.",
    "memo.findings.topThemes": "Yleisimmät teemat: {themes}.",
    "memo.findings.noThemes": "Esityksissä ei ole teemoja.",
    "memo.findings.akke":
      "AKKE-rahoitusta esitetään yhteensä {akke}; määräraha on {envelope} (esitetty {share} määrärahasta).",
    "memo.findings.akkeProposed":
      "Maakunnat esittävät AKKE-rahoitusta yhteensä {akke} eli {share} määrärahasta ({envelope}).",
    "memo.findings.envelopeUnallocated": "Määrärahasta on jakamatta maakunnille {amount}.",
    "memo.findings.allocationNotProposedOne":
      "{regionOf} AKKE-jakoa ({allocation}) ei ole vielä esitetty kohteisiin.",
    "memo.findings.allocationNotProposed":
      "Näiden maakuntien AKKE-jakoa ei ole vielä esitetty kohteisiin: {regions}.",
    "memo.findings.allocationPartlyProposedOne":
      "{regionOf} AKKE-jaosta ({allocation}) on vielä esittämättä kohteisiin {amount}.",
    "memo.findings.allocationPartlyProposed":
      "AKKE-jaosta on vielä esittämättä kohteisiin: {regions}.",
    "memo.findings.allocationExceededOne":
      "{regionOf} AKKE-rahoitus ({akke}) ylittää sen AKKE-jaon {amount}.",
    "memo.findings.allocationExceeded": "AKKE-rahoitus ylittää maakunnan AKKE-jaon: {regions}.",
    "memo.findings.groups": "Rahoitus teemaryhmittäin:",
    "memo.findings.leverage":
      "Muuta rahoitusta esitetään {other} eli {leverage} euroa kutakin AKKE-euroa kohden.",
    "memo.findings.noLeverage":
      "AKKE-rahoitusta ei esitetä, joten muun rahoituksen suhdetta siihen ei voi laskea.",
    "memo.findings.investment":
      "Esityksissä arvioidut investointitarpeet: {amount} (AKKE ei rahoita investointeja).",

    "memo.themes.intro": "Maakuntien esitykset teemoittain:",
    "memo.themes.none": "Esityksissä ei ole kohteita.",

    "memo.national.intro":
      "Kansallisella tai ylimaakunnallisella tasolla käsiteltäviä kohteita on {n}, ja säädösmuutostarpeita esitetään {m}.",
    "memo.national.none": "Esityksissä ei ole kansallisia kysymyksiä eikä säädösmuutostarpeita.",
    "memo.legislation.heading": "Säädösmuutostarpeet säädöksittäin",
    "memo.legislation.noMinistry": "Ministeriö ei tiedossa",
    "memo.legislation.changes.one": "{regions} esittää muutoksia {statute}:",
    "memo.legislation.changes.other": "{regions} esittää muutoksia {statute}:",
    "memo.legislation.unknownStatute": "säädökseen {number}",
    "memo.legislation.noStatute": "Säädöstä ei nimetty:",

    "memo.expertSupport.intro":
      "Maakunnat pyytävät valtion asiantuntijatukea vastuuministeriöittäin:",
    "memo.expertSupport.none": "Esityksissä ei pyydetä valtion asiantuntijatukea.",

    "memo.positions.intro":
      "Kansallisella tai ylimaakunnallisella tasolla käsiteltävistä kohteista ({total}) ministeriön kanta on kirjattu: {n}.",
    "memo.positions.missing": "kanta puuttuu: {items}",

    "memo.nextSteps.intro":
      "Näiden kansallisella tai ylimaakunnallisella tasolla käsiteltävien kohteiden jatkokäsittelystä ei ole vielä päätetty ({items}):",
    "memo.nextSteps.allDecided":
      "Kaikkien kansallisella tai ylimaakunnallisella tasolla käsiteltävien kohteiden jatkokäsittelystä on päätetty.",

    "memo.funding.intro": "Rahoitus maakunnittain:",
    "memo.funding.envelope":
      "AKKE-määräraha on {envelope}, josta maakunnille on jaettu {allocated}.",
    "memo.funding.envelopeOnly": "AKKE-määräraha on {envelope}.",
    "memo.funding.byYear": "Rahoitus vuosittain: {years}.",

    "memo.monitoring.indicators": "Kohteita, joille on asetettu seurantamittari: {n} / {total}.",
    "memo.monitoring.targets": "Kohteita, joille on asetettu tavoitetaso: {n} / {total}.",
    "memo.monitoring.status": "Toteutumisen tila: {statuses}.",
    "memo.monitoring.noStatus": "ei tietoa",
    "memo.monitoring.intro": "Seuranta maakunnittain:",

    "memo.annex.intro": "Maakuntien esitykset lyhyesti:",
    "memo.annex.region": "{regionOf} esityksessä on {items}. Teemat: {themes}.",
    "memo.annex.regionPlain": "Maakunta: {region}. Esityksessä on {items}. Teemat: {themes}.",
    "memo.annex.money":
      "AKKE-rahoitusta esitetään {akke} (AKKE-jako {allocation}) ja muuta rahoitusta {other}.",
    "memo.annex.moneyNoAllocation":
      "AKKE-rahoitusta esitetään {akke} (ei AKKE-jakoa) ja muuta rahoitusta {other}.",
    "memo.annex.received": "Saapunut: {date}.",
    "memo.annex.receivedLate": "Saapunut: {date} (määräajan jälkeen).",
    "memo.annex.outside": "Alue ei kuulu lain alueisiin eikä sisälly {total} maakunnan joukkoon.",

    "memo.col.region": "Maakunta",
    "memo.col.theme": "Teema",
    "memo.col.group": "Teemaryhmä",
    "memo.col.regions": "Maakuntia",
    "memo.col.items": "Kohteita",
    "memo.col.akke": "AKKE",
    "memo.col.allocation": "AKKE-jako",
    "memo.col.notProposed": "Jaosta esittämättä",
    "memo.col.other": "Muu rahoitus",
    "memo.col.total": "Yhteensä",
    "memo.col.leadMinistries": "Vastuuministeriöt",
    "memo.col.objective": "Tavoite",
    "memo.col.measure": "Kansallinen toimenpide",
    "memo.col.otherMinistries": "Muut ministeriöt",
    "memo.col.position": "Ministeriön kanta",
    "memo.col.followUp": "Jatkokäsittely",
    "memo.col.notes": "Huomiot",
    "memo.col.withIndicator": "Mittari asetettu",
    "memo.col.withTarget": "Tavoitetaso asetettu",
    "memo.unit.euro": "{label} (€)",
    "memo.unit.millions": "{label} (milj. €)",

    "memo.total": "Yhteensä",
    "memo.and": "ja",
    "memo.noTheme": "(ei teemaa)",
    "memo.noGroup": "(ei ryhmää)",
    "memo.noMinistry": "(ei vastuuministeriötä)",
    "memo.note.late": "myöhässä",
    "memo.note.notReady": "täydennettävä",
    "memo.note.noProposal": "ei esitystä",
    "memo.note.over": "ylittää AKKE-jaon {amount}",
    "memo.note.outside": "lain alueiden ulkopuolella",
    "memo.footnote.rounding":
      "Luvut on pyöristetty, ja pyöristyksen vuoksi osien summa poikkeaa taulukon yhteissummasta.",

    "memo.count.items.one": "{n} kohde",
    "memo.count.items.other": "{n} kohdetta",
    "memo.count.regions.one": "{n} maakunta",
    "memo.count.regions.other": "{n} maakuntaa",
    "memo.count.themes.one": "{n} teema",
    "memo.count.themes.other": "{n} teemaa",

    "memo.cli.written": "Kirjoitettu: {file}",
    "memo.cli.writeFailed": "Tiedostoa {file} ei voitu kirjoittaa: {reason}",
    "memo.cli.outIsInput": "Tuloste {file} on myös luettava tiedosto; valitse toinen nimi.",
    "memo.nextSteps.noStatute": "(ei säädöstä)",
    "memo.nextSteps.position": "kanta: {position}",
    "memo.heading.previous": "Muutos edelliseen kierrokseen",
    "memo.previous.intro":
      "Vertailu edellisen kierroksen yhteenvetoon ({file}): jatkuvia kohteita {continued}, uusia {new}, pudonneita {dropped}.",
    "memo.previous.byObjective":
      "Jatkuvia kohteita, jotka tunnistettiin tavoitteen perusteella, koska niiden numero oli muuttunut: {n}.",
    "memo.previous.changes":
      "Kohteita, joiden toteutumisen tila muuttui: {status}; kohteita, joiden seurantamittarin arvo muuttui: {indicator}.",
    "memo.previous.akke":
      "AKKE-rahoitusta esitetään {akke} (edellisellä kierroksella {akkePrevious}) ja muuta rahoitusta {other} ({otherPrevious}).",
    "memo.previous.notNow":
      "Edellisellä kierroksella mukana olleista maakunnista ei ole tällä kierroksella esitystä: {regions}.",
    "memo.previous.themesAdded": "Uudet teemat: {list}.",
    "memo.previous.themesDropped": "Pudonneet teemat: {list}.",
    "memo.col.itemsPrevious": "Kohteita ennen",
    "memo.col.new": "Uusia",
    "memo.col.dropped": "Pudonneita",
    "memo.col.akkePrevious": "AKKE ennen",
    "memo.col.otherPrevious": "Muu rahoitus ennen",
  },
  sv: {
    "memo.header.ministry": "ARBETS- OCH NÄRINGSMINISTERIET",
    "memo.header.unit": "Avdelningen för regioner och tillväxttjänster",
    "memo.header.kind": "PROMEMORIA",
    "memo.header.author": "Utarbetad av: {author}",
    "memo.title": "Regionutvecklingsdiskussionerna {round}: landskapens förslag",
    "memo.titleNoRound": "Regionutvecklingsdiskussionerna: landskapens förslag",

    "memo.heading.background": "Bakgrund",
    "memo.heading.findings": "Centrala iakttagelser",
    "memo.heading.themes": "Teman",
    "memo.heading.national": "Nationella frågor och behov av författningsändringar",
    "memo.heading.expertSupport": "Statens sakkunnigstöd",
    "memo.heading.positions": "Ministeriernas ståndpunkter",
    "memo.heading.funding": "Finansiering",
    "memo.heading.monitoring": "Uppföljning",
    "memo.heading.nextSteps": "Fortsatta åtgärder",
    "memo.heading.annex": "Bilaga",

    "memo.background.discussions":
      "Staten och landskapsförbunden för regionutvecklingsdiskussioner om prioriteringarna i utvecklingen av landskapen. Förfarandet är avtalsbaserat samarbete: diskussionerna leder inte till bindande beslut, utan resultaten förs in i ett samarbetsdokument för varje landskap.",
    "memo.background.legalBasis": "Rättslig grund: {legalBasis}.",
    "memo.background.legalBasisAnd": "Rättslig grund: {legalBasis} och {fundingAct}.",
    "memo.background.round": "Omgång: {round}.",
    "memo.background.period": "Period: {period}.",
    "memo.background.budgetYear": "Budgetår: {year}.",
    "memo.background.envelope":
      "För stödjande av hållbar tillväxt och livskraft i regionerna (AKKE, moment 32.30.40) finns {envelope} att använda under omgången.",
    "memo.background.limits":
      "AKKE får utgöra högst {share} av ett objekts finansiering, och ett landskap kan föreslå högst {themes}.",
    "memo.background.deadline": "Tidsfrist för landskapens förslag: {deadline}.",
    "memo.background.noDeadline": "Omgångens inställningar anger ingen tidsfrist.",
    "memo.background.basedOn": "Promemorian bygger på de förslag som inkommit senast {date}.",
    "memo.background.defaults":
      "Inga inställningar för omgången gavs, så standardvärdena har använts och AKKE-fördelningen har inte kontrollerats.",

    "memo.findings.submitted": "Förslag inkom från {n} / {total} landskap.",
    "memo.findings.submittedCount.one": "{n} av {total} landskap lämnade förslag.",
    "memo.findings.submittedCount.other": "{n} av {total} landskap lämnade förslag.",
    "memo.findings.missing": "Förslag saknas från: {regions}.",
    "memo.findings.missingUnsure": "Inget läsbart förslag kom från: {regions}.",
    "memo.findings.notRead": "Mottogs men kunde inte läsas: {files}.",
    "memo.fileReason.encrypted": "skyddad med lösenord",
    "memo.fileReason.format": "inte en .xlsx-arbetsbok",
    "memo.fileReason.tooLarge": "för stor",
    "memo.fileReason.damaged": "skadad",
    "memo.fileReason.noProposal": "inget landskapsförslag",
    "memo.findings.noneMissing": "Alla landskap lämnade in förslag.",
    "memo.findings.outside":
      "Dessutom inkom förslag utanför lagens regioner (räknas inte bland de {total} landskapen): {regions}.",
    "memo.findings.late": "Inkom efter tidsfristen: {regions}.",
    "memo.findings.errors": "Förslag med fel (ännu inte klara): {regions}.",
    "memo.findings.errorCount": "{region} (fel: {n})",
    "memo.findings.notReadyOne": "Förslaget från {regionOf} behöver ännu kompletteras.",
    "memo.findings.notReady": "Följande förslag behöver ännu kompletteras: {regions}.",
    "memo.findings.duplicates":
      "Flera förslag inkom från samma landskap; endast det första har räknats: {regions}.",
    "memo.findings.unassigned": "Förslag vars landskap inte kändes igen (inte medräknade): {n}.",
    "memo.findings.itemCount": "Förslagen innehåller sammanlagt {items}.",
    "memo.findings.topThemes": "De vanligaste temana: {themes}.",
    "memo.findings.noThemes": "Förslagen innehåller inga teman.",
    "memo.findings.akke":
      "Totalt föreslås {akke} i AKKE-finansiering; anslaget är {envelope} ({share} av anslaget).",
    "memo.findings.akkeProposed":
      "Landskapen föreslår sammanlagt {akke} i AKKE-finansiering, dvs. {share} av anslaget ({envelope}).",
    "memo.findings.envelopeUnallocated": "Av anslaget har {amount} inte fördelats på landskapen.",
    "memo.findings.allocationNotProposedOne":
      "AKKE-fördelningen för {regionOf} ({allocation}) har ännu inte föreslagits för objekt.",
    "memo.findings.allocationNotProposed":
      "AKKE-fördelningen för följande landskap har ännu inte föreslagits för objekt: {regions}.",
    "memo.findings.allocationPartlyProposedOne":
      "Av AKKE-fördelningen för {regionOf} ({allocation}) har {amount} ännu inte föreslagits för objekt.",
    "memo.findings.allocationPartlyProposed":
      "Av AKKE-fördelningen har ännu inte föreslagits för objekt: {regions}.",
    "memo.findings.allocationExceededOne":
      "AKKE-finansieringen för {regionOf} ({akke}) överskrider landskapets AKKE-fördelning med {amount}.",
    "memo.findings.allocationExceeded":
      "AKKE-finansieringen överskrider landskapets AKKE-fördelning: {regions}.",
    "memo.findings.groups": "Finansiering per temagrupp:",
    "memo.findings.leverage":
      "Annan finansiering föreslås till {other}, dvs. {leverage} euro per AKKE-euro.",
    "memo.findings.noLeverage":
      "Ingen AKKE-finansiering föreslås, så förhållandet till annan finansiering kan inte beräknas.",
    "memo.findings.investment":
      "Investeringsbehov som uppskattats i förslagen: {amount} (AKKE finansierar inte investeringar).",

    "memo.themes.intro": "Landskapens förslag per tema:",
    "memo.themes.none": "Förslagen innehåller inga objekt.",

    "memo.national.intro":
      "Objekt som ska behandlas på nationell eller landskapsöverskridande nivå: {n}. Behov av författningsändringar: {m}.",
    "memo.national.none":
      "Förslagen innehåller inga nationella frågor eller behov av författningsändringar.",
    "memo.legislation.heading": "Behov av författningsändringar per författning",
    "memo.legislation.noMinistry": "Ministeriet inte identifierat",
    "memo.legislation.changes.one": "{regions} föreslår ändringar i {statute}:",
    "memo.legislation.changes.other": "{regions} föreslår ändringar i {statute}:",
    "memo.legislation.unknownStatute": "författning {number}",
    "memo.legislation.noStatute": "Ingen författning angiven:",

    "memo.expertSupport.intro":
      "Landskapen ber om statens sakkunnigstöd enligt följande, per ansvarigt ministerium:",
    "memo.expertSupport.none": "Förslagen innehåller inga begäranden om statens sakkunnigstöd.",

    "memo.positions.intro":
      "Av objekten på nationell eller landskapsöverskridande nivå ({total}) har ministeriets ståndpunkt antecknats för: {n}.",
    "memo.positions.missing": "ståndpunkt saknas: {items}",

    "memo.nextSteps.intro":
      "Fortsatt behandling har ännu inte beslutats för följande objekt på nationell eller landskapsöverskridande nivå ({items}):",
    "memo.nextSteps.allDecided":
      "Fortsatt behandling har beslutats för alla objekt på nationell eller landskapsöverskridande nivå.",

    "memo.funding.intro": "Finansiering per landskap:",
    "memo.funding.envelope":
      "AKKE-anslaget är {envelope}, varav {allocated} har fördelats på landskapen.",
    "memo.funding.envelopeOnly": "AKKE-anslaget är {envelope}.",
    "memo.funding.byYear": "Finansiering per år: {years}.",

    "memo.monitoring.indicators": "Objekt med uppföljningsindikator: {n} / {total}.",
    "memo.monitoring.targets": "Objekt med målnivå: {n} / {total}.",
    "memo.monitoring.status": "Genomförandestatus: {statuses}.",
    "memo.monitoring.noStatus": "uppgift saknas",
    "memo.monitoring.intro": "Uppföljning per landskap:",

    "memo.annex.intro": "Landskapens förslag i korthet:",
    "memo.annex.region": "Förslaget från {regionOf} innehåller {items}. Teman: {themes}.",
    "memo.annex.regionPlain": "Landskap: {region}. Förslaget innehåller {items}. Teman: {themes}.",
    "memo.annex.money":
      "AKKE-finansiering föreslås till {akke} (AKKE-fördelning {allocation}) och annan finansiering till {other}.",
    "memo.annex.moneyNoAllocation":
      "AKKE-finansiering föreslås till {akke} (ingen AKKE-fördelning) och annan finansiering till {other}.",
    "memo.annex.received": "Inkom: {date}.",
    "memo.annex.receivedLate": "Inkom: {date} (efter tidsfristen).",
    "memo.annex.outside":
      "Regionen hör inte till lagens regioner och räknas inte bland de {total} landskapen.",

    "memo.col.region": "Landskap",
    "memo.col.theme": "Tema",
    "memo.col.group": "Temagrupp",
    "memo.col.regions": "Landskap",
    "memo.col.items": "Objekt",
    "memo.col.akke": "AKKE",
    "memo.col.allocation": "AKKE-fördelning",
    "memo.col.notProposed": "Ej föreslaget av fördelningen",
    "memo.col.other": "Annan finansiering",
    "memo.col.total": "Totalt",
    "memo.col.leadMinistries": "Ansvariga ministerier",
    "memo.col.objective": "Mål",
    "memo.col.measure": "Nationell åtgärd",
    "memo.col.otherMinistries": "Övriga ministerier",
    "memo.col.position": "Ministeriets ståndpunkt",
    "memo.col.followUp": "Fortsatt behandling",
    "memo.col.notes": "Anmärkningar",
    "memo.col.withIndicator": "Med indikator",
    "memo.col.withTarget": "Med målnivå",
    "memo.unit.euro": "{label} (€)",
    "memo.unit.millions": "{label} (mn €)",

    "memo.total": "Totalt",
    "memo.and": "och",
    "memo.noTheme": "(inget tema)",
    "memo.noGroup": "(ingen grupp)",
    "memo.noMinistry": "(inget ansvarigt ministerium)",
    "memo.note.late": "försenat",
    "memo.note.notReady": "ska kompletteras",
    "memo.note.noProposal": "inget förslag",
    "memo.note.over": "överskrider AKKE-fördelningen med {amount}",
    "memo.note.outside": "utanför lagens regioner",
    "memo.footnote.rounding":
      "Beloppen är avrundade, och på grund av avrundningen avviker summan av delarna från tabellens totalsumma.",

    "memo.count.items.one": "{n} objekt",
    "memo.count.items.other": "{n} objekt",
    "memo.count.regions.one": "{n} landskap",
    "memo.count.regions.other": "{n} landskap",
    "memo.count.themes.one": "{n} tema",
    "memo.count.themes.other": "{n} teman",

    "memo.cli.written": "Skrivet: {file}",
    "memo.cli.writeFailed": "Filen {file} kunde inte skrivas: {reason}",
    "memo.cli.outIsInput": "Utfilen {file} är också en fil som ska läsas; välj ett annat namn.",
    "memo.nextSteps.noStatute": "(ingen författning)",
    "memo.nextSteps.position": "ståndpunkt: {position}",
    "memo.heading.previous": "Förändring sedan föregående omgång",
    "memo.previous.intro":
      "Jämförelse med den föregående omgångens sammanfattning ({file}): fortsatta objekt {continued}, nya {new}, bortfallna {dropped}.",
    "memo.previous.byObjective":
      "Fortsatta objekt som identifierades genom målet eftersom numret hade ändrats: {n}.",
    "memo.previous.changes":
      "Objekt med ändrad genomförandestatus: {status}; objekt med ändrat värde för uppföljningsindikatorn: {indicator}.",
    "memo.previous.akke":
      "AKKE-finansiering föreslås till {akke} (i föregående omgång {akkePrevious}) och annan finansiering till {other} ({otherPrevious}).",
    "memo.previous.notNow":
      "Av landskapen i föregående omgång har följande inget förslag i denna omgång: {regions}.",
    "memo.previous.themesAdded": "Nya teman: {list}.",
    "memo.previous.themesDropped": "Bortfallna teman: {list}.",
    "memo.col.itemsPrevious": "Objekt förut",
    "memo.col.new": "Nya",
    "memo.col.dropped": "Bortfallna",
    "memo.col.akkePrevious": "AKKE förut",
    "memo.col.otherPrevious": "Annan finansiering förut",
  },
  en: {
    "memo.header.ministry": "MINISTRY OF ECONOMIC AFFAIRS AND EMPLOYMENT",
    "memo.header.unit": "Regions and Growth Services Department",
    "memo.header.kind": "MEMORANDUM",
    "memo.header.author": "Prepared by: {author}",
    "memo.title": "Regional development discussions {round}: the regions' proposals",
    "memo.titleNoRound": "Regional development discussions: the regions' proposals",

    "memo.heading.background": "Background",
    "memo.heading.findings": "Key findings",
    "memo.heading.themes": "Themes",
    "memo.heading.national": "National questions and legislative needs",
    "memo.heading.expertSupport": "State expert support",
    "memo.heading.positions": "Ministry positions",
    "memo.heading.funding": "Funding",
    "memo.heading.monitoring": "Monitoring",
    "memo.heading.nextSteps": "Next steps",
    "memo.heading.annex": "Annex",

    "memo.background.discussions":
      "The State and the regional councils hold regional development discussions on the priorities for developing the regions. The procedure is contractual cooperation: the discussions make no binding decisions; their conclusions are recorded in a cooperation document for each region.",
    "memo.background.legalBasis": "Legal basis: {legalBasis}.",
    "memo.background.legalBasisAnd": "Legal basis: {legalBasis} and {fundingAct}.",
    "memo.background.round": "Round: {round}.",
    "memo.background.period": "Period: {period}.",
    "memo.background.budgetYear": "Budget year: {year}.",
    "memo.background.envelope":
      "For supporting sustainable growth and vitality of the regions (AKKE, budget item 32.30.40), {envelope} is available in this round.",
    "memo.background.limits":
      "AKKE may cover at most {share} of an item's funding, and a region may propose at most {themes}.",
    "memo.background.deadline": "Deadline for the regions' proposals: {deadline}.",
    "memo.background.noDeadline": "The round's settings give no deadline.",
    "memo.background.basedOn": "This memorandum is based on the proposals received by {date}.",
    "memo.background.defaults":
      "No round settings were given, so the defaults apply and the AKKE allocation was not checked.",

    "memo.findings.submitted": "Proposals were received from {n} / {total} regions.",
    "memo.findings.submittedCount.one": "{n} of the {total} regions submitted a proposal.",
    "memo.findings.submittedCount.other": "{n} of the {total} regions submitted a proposal.",
    "memo.findings.missing": "No proposal was received from: {regions}.",
    "memo.findings.missingUnsure": "No readable proposal came from: {regions}.",
    "memo.findings.notRead": "Received but could not be read: {files}.",
    "memo.fileReason.encrypted": "password-protected",
    "memo.fileReason.format": "not an .xlsx workbook",
    "memo.fileReason.tooLarge": "too large",
    "memo.fileReason.damaged": "damaged",
    "memo.fileReason.noProposal": "no regional proposal",
    "memo.findings.noneMissing": "All regions submitted a proposal.",
    "memo.findings.outside":
      "Also received from outside the regions of the act (not counted among the {total} regions): {regions}.",
    "memo.findings.late": "Received after the deadline: {regions}.",
    "memo.findings.errors": "Proposals with errors (not yet ready): {regions}.",
    "memo.findings.errorCount": "{region} (errors: {n})",
    "memo.findings.notReadyOne": "The proposal from {regionOf} still needs to be completed.",
    "memo.findings.notReady": "These proposals still need to be completed: {regions}.",
    "memo.findings.duplicates":
      "Several proposals were received for one region; only the first is counted: {regions}.",
    "memo.findings.unassigned": "Proposals whose region was not recognised (not counted): {n}.",
    "memo.findings.itemCount": "The proposals contain {items} in total.",
    "memo.findings.topThemes": "The most common themes: {themes}.",
    "memo.findings.noThemes": "The proposals contain no themes.",
    "memo.findings.akke":
      "AKKE proposed in total: {akke}, against an envelope of {envelope} ({share} of the envelope).",
    "memo.findings.akkeProposed":
      "The regions propose {akke} of AKKE funding in total, {share} of the envelope ({envelope}).",
    "memo.findings.envelopeUnallocated":
      "{amount} of the envelope has not been allocated to the regions.",
    "memo.findings.allocationNotProposedOne":
      "The AKKE allocation of {regionOf} ({allocation}) has not yet been proposed for items.",
    "memo.findings.allocationNotProposed":
      "The AKKE allocation of these regions has not yet been proposed for items: {regions}.",
    "memo.findings.allocationPartlyProposedOne":
      "Of the AKKE allocation of {regionOf} ({allocation}), {amount} has not yet been proposed for items.",
    "memo.findings.allocationPartlyProposed":
      "Parts of AKKE allocations not yet proposed for items: {regions}.",
    "memo.findings.allocationExceededOne":
      "The AKKE funding of {regionOf} ({akke}) exceeds its AKKE allocation by {amount}.",
    "memo.findings.allocationExceeded":
      "AKKE funding exceeds the region's AKKE allocation: {regions}.",
    "memo.findings.groups": "Funding by theme group:",
    "memo.findings.leverage": "Other funding proposed: {other}, or EUR {leverage} per AKKE euro.",
    "memo.findings.noLeverage": "No AKKE is proposed, so the leverage cannot be computed.",
    "memo.findings.investment":
      "Investment needs estimated in the proposals: {amount} (AKKE does not fund investments).",

    "memo.themes.intro": "The regions' proposals by theme:",
    "memo.themes.none": "The proposals contain no items.",

    "memo.national.intro":
      "Items to be taken up at national or interregional level: {n}. Legislative change needs: {m}.",
    "memo.national.none": "The proposals raise no national questions or legislative needs.",
    "memo.legislation.heading": "Legislative change needs by statute",
    "memo.legislation.noMinistry": "Ministry not identified",
    "memo.legislation.changes.one": "{regions} proposes changes to {statute}:",
    "memo.legislation.changes.other": "{regions} propose changes to {statute}:",
    "memo.legislation.unknownStatute": "statute {number}",
    "memo.legislation.noStatute": "No statute named:",

    "memo.expertSupport.intro": "The regions ask for state expert support, by lead ministry:",
    "memo.expertSupport.none": "The proposals ask for no state expert support.",

    "memo.positions.intro":
      "Of the items at national or interregional level ({total}), a ministry position has been recorded for: {n}.",
    "memo.positions.missing": "no position yet: {items}",

    "memo.nextSteps.intro":
      "The follow-up of these items at national or interregional level has not yet been decided ({items}):",
    "memo.nextSteps.allDecided":
      "The follow-up of every item at national or interregional level has been decided.",

    "memo.funding.intro": "Funding by region:",
    "memo.funding.envelope":
      "The AKKE envelope is {envelope}, of which {allocated} has been allocated to the regions.",
    "memo.funding.envelopeOnly": "The AKKE envelope is {envelope}.",
    "memo.funding.byYear": "Funding by year: {years}.",

    "memo.monitoring.indicators": "Items with a monitoring indicator: {n} / {total}.",
    "memo.monitoring.targets": "Items with a target: {n} / {total}.",
    "memo.monitoring.status": "Implementation status: {statuses}.",
    "memo.monitoring.noStatus": "not reported",
    "memo.monitoring.intro": "Monitoring by region:",

    "memo.annex.intro": "The regions' proposals in brief:",
    "memo.annex.region": "The proposal from {regionOf} contains {items}. Themes: {themes}.",
    "memo.annex.regionPlain": "Region: {region}. The proposal contains {items}. Themes: {themes}.",
    "memo.annex.money":
      "It proposes {akke} of AKKE funding (AKKE allocation {allocation}) and {other} of other funding.",
    "memo.annex.moneyNoAllocation":
      "It proposes {akke} of AKKE funding (no AKKE allocation) and {other} of other funding.",
    "memo.annex.received": "Received: {date}.",
    "memo.annex.receivedLate": "Received: {date} (after the deadline).",
    "memo.annex.outside":
      "The region is outside the regions of the act and not counted among the {total} regions.",

    "memo.col.region": "Region",
    "memo.col.theme": "Theme",
    "memo.col.group": "Theme group",
    "memo.col.regions": "Regions",
    "memo.col.items": "Items",
    "memo.col.akke": "AKKE",
    "memo.col.allocation": "AKKE allocation",
    "memo.col.notProposed": "Allocation not yet proposed",
    "memo.col.other": "Other funding",
    "memo.col.total": "Total",
    "memo.col.leadMinistries": "Lead ministries",
    "memo.col.objective": "Objective",
    "memo.col.measure": "National measure",
    "memo.col.otherMinistries": "Other ministries",
    "memo.col.position": "Ministry position",
    "memo.col.followUp": "National follow-up",
    "memo.col.notes": "Notes",
    "memo.col.withIndicator": "With indicator",
    "memo.col.withTarget": "With target",
    "memo.unit.euro": "{label} (EUR)",
    "memo.unit.millions": "{label} (EUR million)",

    "memo.total": "Total",
    "memo.and": "and",
    "memo.noTheme": "(no theme)",
    "memo.noGroup": "(no group)",
    "memo.noMinistry": "(no lead ministry)",
    "memo.note.late": "late",
    "memo.note.notReady": "to be completed",
    "memo.note.noProposal": "no proposal",
    "memo.note.over": "over the AKKE allocation by {amount}",
    "memo.note.outside": "outside the act's regions",
    "memo.footnote.rounding":
      "Figures are rounded; because of rounding, the parts do not add up to the total shown.",

    "memo.count.items.one": "{n} item",
    "memo.count.items.other": "{n} items",
    "memo.count.regions.one": "{n} region",
    "memo.count.regions.other": "{n} regions",
    "memo.count.themes.one": "{n} theme",
    "memo.count.themes.other": "{n} themes",

    "memo.cli.written": "Written: {file}",
    "memo.cli.writeFailed": "Could not write {file}: {reason}",
    "memo.cli.outIsInput": "The output {file} is also a file to read; choose another name.",
    "memo.nextSteps.noStatute": "(no statute)",
    "memo.nextSteps.position": "position: {position}",
    "memo.heading.previous": "Change since the previous round",
    "memo.previous.intro":
      "Compared with the previous round's summary ({file}): continued items {continued}, new {new}, dropped {dropped}.",
    "memo.previous.byObjective":
      "Continued items matched by their objective because their number had changed: {n}.",
    "memo.previous.changes":
      "Items whose implementation status changed: {status}; items whose monitoring indicator's value changed: {indicator}.",
    "memo.previous.akke":
      "AKKE funding proposed is {akke} ({akkePrevious} in the previous round) and other funding {other} ({otherPrevious}).",
    "memo.previous.notNow":
      "Regions of the previous round without a proposal in this round: {regions}.",
    "memo.previous.themesAdded": "Themes added: {list}.",
    "memo.previous.themesDropped": "Themes dropped: {list}.",
    "memo.col.itemsPrevious": "Items before",
    "memo.col.new": "New",
    "memo.col.dropped": "Dropped",
    "memo.col.akkePrevious": "AKKE before",
    "memo.col.otherPrevious": "Other funding before",
  },
});
