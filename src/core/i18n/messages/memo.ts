/**
 * Texts of the ministry memo (DESIGN.md § 8). The memo's language is chosen apart from the
 * UI's. Finnish sentences put region names either after a colon (no inflection) or in the
 * stored genitive (`{genitive}`), never in another case. Never call the items a "sopimus".
 * Swedish to be checked by a fluent speaker.
 */
import { defineMessages } from "../define";

export const memo = defineMessages({
  fi: {
    "memo.title": "Muistio: aluekehittämiskeskustelut {round}",
    "memo.titleNoRound": "Muistio: aluekehittämiskeskustelut",
    "memo.meta.date": "Päivämäärä: {date}",
    "memo.meta.reference": "Diaarinumero: {reference}",

    "memo.heading.background": "Tausta",
    "memo.heading.findings": "Keskeiset havainnot",
    "memo.heading.themes": "Teemat",
    "memo.heading.national": "Kansalliset kysymykset ja säädösmuutostarpeet",
    "memo.heading.funding": "Rahoitus",
    "memo.heading.monitoring": "Seuranta",
    "memo.heading.annex": "Liite",

    "memo.background.discussions":
      "Valtio ja maakuntien liitot käyvät aluekehittämiskeskustelut maakuntien kehittämisen painopisteistä. Menettelyn muoto on sopimuksellinen yhteistyö: keskusteluissa ei tehdä sitovia päätöksiä, vaan niiden tulokset kirjataan kunkin maakunnan yhteistyöasiakirjaan.",
    "memo.background.legalBasis": "Säädösperusta: {legalBasis}.",
    "memo.background.round": "Kierros: {round}.",
    "memo.background.period": "Kausi: {period}.",
    "memo.background.budgetYear": "Talousarviovuosi: {year}.",
    "memo.background.envelope": "AKKE-määräraha (talousarvion momentti 32.30.40): {envelope}.",
    "memo.background.limits":
      "AKKE-rahoituksen osuus voi olla enintään {share} kohteen rahoituksesta, ja maakunta voi esittää enintään {themes} teemaa.",
    "memo.background.deadline": "Maakuntien esitysten määräaika: {deadline}.",
    "memo.background.noDeadline": "Kierroksen asetuksissa ei ole määräaikaa.",
    "memo.background.basedOn": "Muistio perustuu {date} mennessä saapuneisiin esityksiin.",
    "memo.background.defaults":
      "Kierroksen asetuksia ei annettu, joten oletusarvoja on käytetty eikä AKKE-jakoa ole tarkistettu.",

    "memo.findings.submitted": "Maakuntien esityksiä saatiin {n} / {total}.",
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
    "memo.findings.noErrors": "Esityksissä ei ole virheitä.",
    "memo.findings.duplicates":
      "Samasta maakunnasta saatiin useampi esitys; vain ensimmäinen on laskettu: {regions}.",
    "memo.findings.unassigned": "Esityksiä, joiden maakuntaa ei tunnistettu (ei laskettu): {n}.",
    "memo.findings.items": "Kohteita yhteensä: {n}.",
    "memo.findings.topThemes": "Yleisimmät teemat: {themes}.",
    "memo.findings.noThemes": "Esityksissä ei ole teemoja.",
    "memo.findings.akke":
      "AKKE-rahoitusta esitetään yhteensä {akke}; määräraha on {envelope} (esitetty {share} määrärahasta).",
    "memo.findings.akkeRemaining": "Määrärahasta jää käyttämättä {amount}.",
    "memo.findings.akkeOver": "Määrärahan ylitys: {amount}.",
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
      "Kansallisella, ylimaakunnallisella tai molemmilla tasoilla käsiteltäviä kohteita: {n}. Säädösmuutostarpeita: {m}.",
    "memo.national.none": "Esityksissä ei ole kansallisia kysymyksiä eikä säädösmuutostarpeita.",
    "memo.national.legislation": "Säädösmuutostarpeet:",
    "memo.national.noStatute": "Säädöstä ei nimetty",

    "memo.funding.intro": "Rahoitus maakunnittain:",
    "memo.funding.byYear": "Rahoitus vuosittain: {years}.",

    "memo.monitoring.indicators": "Kohteita, joille on asetettu seurantamittari: {n} / {total}.",
    "memo.monitoring.targets": "Kohteita, joille on asetettu tavoitetaso: {n} / {total}.",
    "memo.monitoring.status": "Toteutumisen tila: {statuses}.",
    "memo.monitoring.noStatus": "ei tietoa",
    "memo.monitoring.intro": "Seuranta maakunnittain:",

    "memo.annex.intro": "Maakuntien esitykset lyhyesti:",
    "memo.annex.region": "{regionOf} esityksessä on {items}. Teemat: {themes}.",
    "memo.annex.regionPlain": "Maakunta: {region}. Esityksessä on {items}. Teemat: {themes}.",
    "memo.annex.money": "AKKE: {akke}; AKKE-jako: {allocation}; muu rahoitus: {other}.",
    "memo.annex.noAllocation": "ei jakoa",
    "memo.annex.received": "Saapunut: {date}.",
    "memo.annex.receivedLate": "Saapunut: {date} (määräajan jälkeen).",
    "memo.annex.issues": "Virheitä: {errors}; varoituksia: {warnings}.",
    "memo.annex.outside": "Alue ei kuulu lain alueisiin eikä sisälly {total} maakunnan joukkoon.",

    "memo.col.region": "Maakunta",
    "memo.col.theme": "Teema",
    "memo.col.group": "Teemaryhmä",
    "memo.col.regions": "Maakuntia",
    "memo.col.items": "Kohteita",
    "memo.col.akke": "AKKE",
    "memo.col.allocation": "AKKE-jako",
    "memo.col.difference": "Erotus",
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
    "memo.note.errors": "virheitä: {n}",
    "memo.note.outside": "lain alueiden ulkopuolella",
    "memo.footnote.rounding":
      "Luvut on pyöristetty, ja pyöristyksen vuoksi osien summa poikkeaa taulukon yhteissummasta.",

    "memo.count.items.one": "{n} kohde",
    "memo.count.items.other": "{n} kohdetta",
    "memo.count.regions.one": "{n} maakunta",
    "memo.count.regions.other": "{n} maakuntaa",

    "memo.cli.written": "Kirjoitettu: {file}",
    "memo.cli.writeFailed": "Tiedostoa {file} ei voitu kirjoittaa: {reason}",
    "memo.cli.outIsInput": "Tuloste {file} on myös luettava tiedosto; valitse toinen nimi.",
    "memo.heading.openDecisions": "Avoimet kansalliset päätökset",
    "memo.open.none": "Kaikista kansallisista kysymyksistä on tehty jatkokäsittelypäätös.",
    "memo.open.intro":
      "Jatkokäsittelypäätöstä odottavia kansallisia ja ylimaakunnallisia kysymyksiä: {n}, joista selvitettävänä {m}. Ne on ryhmitelty vastuuministeriöittäin ja säädöksittäin; ministeriön kanta näkyy, jos se on annettu.",
    "memo.open.noStatute": "(ei säädöstä)",
    "memo.col.statute": "Säädös",
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
    "memo.title": "Promemoria: regionutvecklingsdiskussioner {round}",
    "memo.titleNoRound": "Promemoria: regionutvecklingsdiskussioner",
    "memo.meta.date": "Datum: {date}",
    "memo.meta.reference": "Diarienummer: {reference}",

    "memo.heading.background": "Bakgrund",
    "memo.heading.findings": "Centrala iakttagelser",
    "memo.heading.themes": "Teman",
    "memo.heading.national": "Nationella frågor och behov av författningsändringar",
    "memo.heading.funding": "Finansiering",
    "memo.heading.monitoring": "Uppföljning",
    "memo.heading.annex": "Bilaga",

    "memo.background.discussions":
      "Staten och landskapsförbunden för regionutvecklingsdiskussioner om prioriteringarna i utvecklingen av landskapen. Förfarandet är avtalsbaserat samarbete: diskussionerna leder inte till bindande beslut, utan resultaten förs in i ett samarbetsdokument för varje landskap.",
    "memo.background.legalBasis": "Rättslig grund: {legalBasis}.",
    "memo.background.round": "Omgång: {round}.",
    "memo.background.period": "Period: {period}.",
    "memo.background.budgetYear": "Budgetår: {year}.",
    "memo.background.envelope": "AKKE-anslaget (moment 32.30.40 i statsbudgeten): {envelope}.",
    "memo.background.limits":
      "AKKE får utgöra högst {share} av ett objekts finansiering, och ett landskap kan föreslå högst {themes} teman.",
    "memo.background.deadline": "Tidsfrist för landskapens förslag: {deadline}.",
    "memo.background.noDeadline": "Omgångens inställningar anger ingen tidsfrist.",
    "memo.background.basedOn": "Promemorian bygger på de förslag som inkommit senast {date}.",
    "memo.background.defaults":
      "Inga inställningar för omgången gavs, så standardvärdena har använts och AKKE-fördelningen har inte kontrollerats.",

    "memo.findings.submitted": "Förslag inkom från {n} / {total} landskap.",
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
    "memo.findings.noErrors": "Förslagen innehåller inga fel.",
    "memo.findings.duplicates":
      "Flera förslag inkom från samma landskap; endast det första har räknats: {regions}.",
    "memo.findings.unassigned": "Förslag vars landskap inte kändes igen (inte medräknade): {n}.",
    "memo.findings.items": "Objekt totalt: {n}.",
    "memo.findings.topThemes": "De vanligaste temana: {themes}.",
    "memo.findings.noThemes": "Förslagen innehåller inga teman.",
    "memo.findings.akke":
      "Totalt föreslås {akke} i AKKE-finansiering; anslaget är {envelope} ({share} av anslaget).",
    "memo.findings.akkeRemaining": "Av anslaget återstår {amount}.",
    "memo.findings.akkeOver": "Anslaget överskrids med {amount}.",
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
      "Objekt på nationell eller landskapsöverskridande nivå eller båda: {n}. Behov av författningsändringar: {m}.",
    "memo.national.none":
      "Förslagen innehåller inga nationella frågor eller behov av författningsändringar.",
    "memo.national.legislation": "Behov av författningsändringar:",
    "memo.national.noStatute": "Ingen författning angiven",

    "memo.funding.intro": "Finansiering per landskap:",
    "memo.funding.byYear": "Finansiering per år: {years}.",

    "memo.monitoring.indicators": "Objekt med uppföljningsindikator: {n} / {total}.",
    "memo.monitoring.targets": "Objekt med målnivå: {n} / {total}.",
    "memo.monitoring.status": "Genomförandestatus: {statuses}.",
    "memo.monitoring.noStatus": "uppgift saknas",
    "memo.monitoring.intro": "Uppföljning per landskap:",

    "memo.annex.intro": "Landskapens förslag i korthet:",
    "memo.annex.region": "Förslaget från {regionOf} innehåller {items}. Teman: {themes}.",
    "memo.annex.regionPlain": "Landskap: {region}. Förslaget innehåller {items}. Teman: {themes}.",
    "memo.annex.money": "AKKE: {akke}; AKKE-fördelning: {allocation}; annan finansiering: {other}.",
    "memo.annex.noAllocation": "ingen fördelning",
    "memo.annex.received": "Inkom: {date}.",
    "memo.annex.receivedLate": "Inkom: {date} (efter tidsfristen).",
    "memo.annex.issues": "Fel: {errors}; varningar: {warnings}.",
    "memo.annex.outside":
      "Regionen hör inte till lagens regioner och räknas inte bland de {total} landskapen.",

    "memo.col.region": "Landskap",
    "memo.col.theme": "Tema",
    "memo.col.group": "Temagrupp",
    "memo.col.regions": "Landskap",
    "memo.col.items": "Objekt",
    "memo.col.akke": "AKKE",
    "memo.col.allocation": "AKKE-fördelning",
    "memo.col.difference": "Differens",
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
    "memo.note.errors": "fel: {n}",
    "memo.note.outside": "utanför lagens regioner",
    "memo.footnote.rounding":
      "Beloppen är avrundade, och på grund av avrundningen avviker summan av delarna från tabellens totalsumma.",

    "memo.count.items.one": "{n} objekt",
    "memo.count.items.other": "{n} objekt",
    "memo.count.regions.one": "{n} landskap",
    "memo.count.regions.other": "{n} landskap",

    "memo.cli.written": "Skrivet: {file}",
    "memo.cli.writeFailed": "Filen {file} kunde inte skrivas: {reason}",
    "memo.cli.outIsInput": "Utfilen {file} är också en fil som ska läsas; välj ett annat namn.",
    "memo.heading.openDecisions": "Öppna nationella beslut",
    "memo.open.none": "Beslut om fortsatt behandling har fattats om alla nationella frågor.",
    "memo.open.intro":
      "Nationella och landskapsöverskridande frågor som väntar på beslut om fortsatt behandling: {n}, av vilka {m} utreds. De är grupperade per ansvarigt ministerium och författning; ministeriets ståndpunkt visas om den har getts.",
    "memo.open.noStatute": "(ingen författning)",
    "memo.col.statute": "Författning",
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
    "memo.title": "Memorandum: regional development discussions {round}",
    "memo.titleNoRound": "Memorandum: regional development discussions",
    "memo.meta.date": "Date: {date}",
    "memo.meta.reference": "Reference number: {reference}",

    "memo.heading.background": "Background",
    "memo.heading.findings": "Key findings",
    "memo.heading.themes": "Themes",
    "memo.heading.national": "National questions and legislative needs",
    "memo.heading.funding": "Funding",
    "memo.heading.monitoring": "Monitoring",
    "memo.heading.annex": "Annex",

    "memo.background.discussions":
      "The State and the regional councils hold regional development discussions on the priorities for developing the regions. The procedure is contractual cooperation: the discussions make no binding decisions; their conclusions are recorded in a cooperation document for each region.",
    "memo.background.legalBasis": "Legal basis: {legalBasis}.",
    "memo.background.round": "Round: {round}.",
    "memo.background.period": "Period: {period}.",
    "memo.background.budgetYear": "Budget year: {year}.",
    "memo.background.envelope": "AKKE envelope (budget item 32.30.40): {envelope}.",
    "memo.background.limits":
      "AKKE may cover at most {share} of an item's funding, and a region may propose at most {themes} themes.",
    "memo.background.deadline": "Deadline for the regions' proposals: {deadline}.",
    "memo.background.noDeadline": "The round's settings give no deadline.",
    "memo.background.basedOn": "This memorandum is based on the proposals received by {date}.",
    "memo.background.defaults":
      "No round settings were given, so the defaults apply and the AKKE allocation was not checked.",

    "memo.findings.submitted": "Proposals were received from {n} / {total} regions.",
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
    "memo.findings.noErrors": "The proposals contain no errors.",
    "memo.findings.duplicates":
      "Several proposals were received for one region; only the first is counted: {regions}.",
    "memo.findings.unassigned": "Proposals whose region was not recognised (not counted): {n}.",
    "memo.findings.items": "Items in total: {n}.",
    "memo.findings.topThemes": "The most common themes: {themes}.",
    "memo.findings.noThemes": "The proposals contain no themes.",
    "memo.findings.akke":
      "AKKE proposed in total: {akke}, against an envelope of {envelope} ({share} of the envelope).",
    "memo.findings.akkeRemaining": "Left unused in the envelope: {amount}.",
    "memo.findings.akkeOver": "The envelope is exceeded by {amount}.",
    "memo.findings.groups": "Funding by theme group:",
    "memo.findings.leverage": "Other funding proposed: {other}, or EUR {leverage} per AKKE euro.",
    "memo.findings.noLeverage": "No AKKE is proposed, so the leverage cannot be computed.",
    "memo.findings.investment":
      "Investment needs estimated in the proposals: {amount} (AKKE does not fund investments).",

    "memo.themes.intro": "The regions' proposals by theme:",
    "memo.themes.none": "The proposals contain no items.",

    "memo.national.intro":
      "Items at national or interregional level, or both: {n}. Legislative change needs: {m}.",
    "memo.national.none": "The proposals raise no national questions or legislative needs.",
    "memo.national.legislation": "Legislative change needs:",
    "memo.national.noStatute": "No statute named",

    "memo.funding.intro": "Funding by region:",
    "memo.funding.byYear": "Funding by year: {years}.",

    "memo.monitoring.indicators": "Items with a monitoring indicator: {n} / {total}.",
    "memo.monitoring.targets": "Items with a target: {n} / {total}.",
    "memo.monitoring.status": "Implementation status: {statuses}.",
    "memo.monitoring.noStatus": "not reported",
    "memo.monitoring.intro": "Monitoring by region:",

    "memo.annex.intro": "The regions' proposals in brief:",
    "memo.annex.region": "The proposal from {regionOf} contains {items}. Themes: {themes}.",
    "memo.annex.regionPlain": "Region: {region}. The proposal contains {items}. Themes: {themes}.",
    "memo.annex.money": "AKKE: {akke}; AKKE allocation: {allocation}; other funding: {other}.",
    "memo.annex.noAllocation": "none",
    "memo.annex.received": "Received: {date}.",
    "memo.annex.receivedLate": "Received: {date} (after the deadline).",
    "memo.annex.issues": "Errors: {errors}; warnings: {warnings}.",
    "memo.annex.outside":
      "The region is outside the regions of the act and not counted among the {total} regions.",

    "memo.col.region": "Region",
    "memo.col.theme": "Theme",
    "memo.col.group": "Theme group",
    "memo.col.regions": "Regions",
    "memo.col.items": "Items",
    "memo.col.akke": "AKKE",
    "memo.col.allocation": "AKKE allocation",
    "memo.col.difference": "Difference",
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
    "memo.note.errors": "errors: {n}",
    "memo.note.outside": "outside the act's regions",
    "memo.footnote.rounding":
      "Figures are rounded; because of rounding, the parts do not add up to the total shown.",

    "memo.count.items.one": "{n} item",
    "memo.count.items.other": "{n} items",
    "memo.count.regions.one": "{n} region",
    "memo.count.regions.other": "{n} regions",

    "memo.cli.written": "Written: {file}",
    "memo.cli.writeFailed": "Could not write {file}: {reason}",
    "memo.cli.outIsInput": "The output {file} is also a file to read; choose another name.",
    "memo.heading.openDecisions": "Open national decisions",
    "memo.open.none": "A follow-up decision has been taken on every national question.",
    "memo.open.intro":
      "National and interregional questions awaiting a follow-up decision: {n}, of which {m} under examination. They are grouped by lead ministry and statute; the ministry's position is shown where given.",
    "memo.open.noStatute": "(no statute)",
    "memo.col.statute": "Statute",
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
