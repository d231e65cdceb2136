import { defineMessages } from "../define";

/**
 * Messages of the round-level rules (settings and allocation, AKKE over a region, duplicate
 * regions, files) under `rules.<RULE-ID>`, variants as `rules.<RULE-ID>.<variant>`.
 * Params ending in `Euros` are shown as money and those ending in `Percent` as percentages
 * in the message's language, `<name>EurosBy` as "by how much" (fi `10 000 eurolla`);
 * `{regionName}` is the region's name and `{regionOf}` the form a sentence's "of the region"
 * takes (the stored Finnish genitive `Satakunnan`; the name in sv and en; see `issueMessage`).
 * Swedish to be checked by a fluent speaker.
 */
export const rulesRound = defineMessages({
  fi: {
    "rules.HDR-DUPLICATE-REGION":
      "Maakunnalla {regionName} on toinenkin esitys: {otherFile}, välilehti {otherSheet}.",
    "rules.FUND-AKKE-OVER-ALLOCATION":
      "{regionOf} AKKE-rahoitus ({akkeEuros}) ylittää sen AKKE-jaon {excessEurosBy}.",
    "rules.FUND-AKKE-UNDER-ALLOCATION":
      "{regionOf} AKKE-rahoitus ({akkeEuros}) jää {remainderEurosBy} alle sen AKKE-jaon ({allocationEuros}).",
    "rules.FUND-AKKE-SHARE":
      "Kohteen {item} AKKE-osuus {sharePercent} rahoituksesta ylittää enimmäisosuuden {maxSharePercent}.",
    "rules.FUND-AKKE-YEAR":
      "Kohteella {item} on AKKE-rahoitusta vuodelle {year}; talousarviovuoden {budgetYear} määräraha on käytettävissä vuoteen {lastYear} asti.",
    "rules.FUND-AKKE-NATIONAL":
      "Kohde {item} on kansallinen, mutta sille on merkitty AKKE-rahoitusta.",
    "rules.FUND-AKKE-NOT-ELIGIBLE":
      "{regionName} ei ole alueiden kehittämisestä annetun lain maakunta; sille ei voi osoittaa AKKE-rahoitusta ({akkeEuros}).",
    "rules.ALLOC-REGION-UNKNOWN": "AKKE-jaon rivin maakuntaa ei tunnisteta.",
    "rules.ALLOC-REGION-DUPLICATE": "{regionOf} AKKE-jako on taulukossa jo toisella rivillä.",
    "rules.ALLOC-NOT-NUMBER": "{regionOf} AKKE-jako ei ole luku.",
    "rules.ALLOC-NOT-NUMBER.field": "{field}: arvo ei ole luku; oletusarvo on käytössä.",
    "rules.ALLOC-NEGATIVE": "{regionOf} AKKE-jako on negatiivinen ({amountEuros}).",
    "rules.ALLOC-CENTS": "{regionOf} AKKE-jako ({amountEuros}) ei ole tasaeuroja.",
    "rules.ALLOC-OVER-ENVELOPE":
      "AKKE-jako on yhteensä {totalEuros}, mikä ylittää määrärahan ({envelopeEuros}) {excessEurosBy}.",
    "rules.ALLOC-UNDER-ENVELOPE":
      "AKKE-jako on yhteensä {totalEuros}, mikä jää alle määrärahan {envelopeEuros}; jakamatta {remainderEuros}.",
    "rules.ALLOC-SHARE-MISMATCH":
      "{regionOf} osuus {sharePercent} ei vastaa sen AKKE-jakoa määrärahasta ({expectedPercent}).",
    "rules.ALLOC-REGION-MISSING": "{regionOf} AKKE-jaolle ei ole riviä.",
    "rules.FILE-UNREADABLE": "Tiedostoa ei voi lukea .xlsx-työkirjana.",
    "rules.FILE-UNREADABLE.too-large": "Tiedosto on liian suuri ({bytes} tavua; enintään {limit}).",
    "rules.FILE-UNREADABLE.too-large-uncompressed":
      "Tiedosto on purettuna liian suuri ({bytes} tavua; enintään {limit}).",
    "rules.FILE-UNREADABLE.zip-bomb":
      "Tiedoston osa {entry} on pakattu epätavallisen tiiviisti ({ratio}:1); sitä ei avata.",
    "rules.FILE-UNREADABLE.too-many-cells":
      "Tiedostossa on liian monta solua ({cells}; enintään {limit}). Poista ylimääräiset solut Excelissä ja tallenna tiedosto uudelleen.",
    "rules.FILE-UNREADABLE.not-zip": "Tiedosto ei ole .xlsx-työkirja.",
    "rules.FILE-UNREADABLE.old-xls":
      "Tiedosto on vanhaa .xls-muotoa; tallenna se Excelissä .xlsx-muotoon.",
    "rules.FILE-UNREADABLE.encrypted":
      "Tiedosto on suojattu salasanalla; tallenna se ilman salasanaa.",
    "rules.FILE-UNREADABLE.corrupt":
      "Tiedosto on vioittunut. Avaa se Excelissä ja tallenna se uudelleen, tai pyydä lähettäjältä uusi tiedosto.",
    "rules.FILE-UNREADABLE.parse-failed":
      "Työkirjaa ei voitu lukea. Avaa tiedosto Excelissä ja tallenna se uudelleen.",
    "rules.FILE-UNREADABLE.io":
      "Tiedostoa ei voi avata. Tarkista, että tiedosto on olemassa ja että sinulla on oikeus lukea sitä.",
    "rules.FILE-UNREADABLE.sheet-too-large":
      "Välilehti {sheet} on liian suuri ({cells} solua; enintään {limit}). Poista ylimääräiset rivit ja sarakkeet Excelissä ja tallenna tiedosto uudelleen.",
    "rules.FILE-UNREADABLE.crc-mismatch":
      "Tiedosto on vioittunut (tarkistussumma ei täsmää). Pyydä lähettäjältä uusi tiedosto, tai avaa se Excelissä ja tallenna se uudelleen.",
    "rules.FILE-UNREADABLE.entry-size-mismatch":
      "Tiedosto on vioittunut (osan koko ei täsmää). Pyydä lähettäjältä uusi tiedosto, tai avaa se Excelissä ja tallenna se uudelleen.",
    "rules.FILE-UNREADABLE.timed-out":
      "Tiedoston lukeminen kesti liian kauan (yli {limit} s). Avaa tiedosto Excelissä, poista ylimääräinen sisältö ja tallenna se uudelleen.",
    "rules.SETTINGS-DUPLICATE":
      "Kierroksella on kaksi asetustaulukkoa: {first} ja {second}. Kumpaakaan ei käytetä, joten jakoa koskevat tarkistukset jäävät tekemättä. Anna asetukset yhtenä tiedostona (--settings).",
    "rules.SETTINGS-IN-PROPOSAL":
      "Asetustaulukkoa {sheet} ei käytetä kierroksen asetuksina, koska se on maakunnan esityksen tiedostossa. Anna kierroksen asetukset omana tiedostonaan.",
    "rules.FILE-NO-PROPOSAL": "Tiedostossa ei ole maakunnan esitystä eikä kierroksen asetuksia.",
    "rules.skipped.noSettings":
      "Kierroksen asetuksia ei löytynyt: oletusarvot ovat käytössä, eikä AKKE-jakoa tarkisteta.",
    "rules.skipped.noBudgetYear":
      "Asetuksissa ei ole talousarviovuotta, joten AKKE-vuosia ei tarkisteta.",
  },
  sv: {
    "rules.HDR-DUPLICATE-REGION":
      "Landskapet {regionName} har ett annat förslag: {otherFile}, bladet {otherSheet}.",
    "rules.FUND-AKKE-OVER-ALLOCATION":
      "AKKE-finansieringen för {regionOf} ({akkeEuros}) överskrider landskapets AKKE-fördelning med {excessEurosBy}.",
    "rules.FUND-AKKE-UNDER-ALLOCATION":
      "AKKE-finansieringen för {regionOf} ({akkeEuros}) understiger landskapets AKKE-fördelning ({allocationEuros}) med {remainderEurosBy}.",
    "rules.FUND-AKKE-SHARE":
      "AKKE-andelen {sharePercent} av finansieringen för objekt {item} överskrider den högsta andelen {maxSharePercent}.",
    "rules.FUND-AKKE-YEAR":
      "Objekt {item} har AKKE-finansiering för år {year}; anslaget för budgetåret {budgetYear} kan användas till och med {lastYear}.",
    "rules.FUND-AKKE-NATIONAL": "Objekt {item} är nationellt men har AKKE-finansiering.",
    "rules.FUND-AKKE-NOT-ELIGIBLE":
      "{regionName} är inte ett landskap enligt lagen om utveckling av regionerna; AKKE-finansiering kan inte anvisas ({akkeEuros}).",
    "rules.ALLOC-REGION-UNKNOWN": "Landskapet på raden i AKKE-fördelningen känns inte igen.",
    "rules.ALLOC-REGION-DUPLICATE": "AKKE-fördelningen för {regionOf} finns redan på en annan rad.",
    "rules.ALLOC-NOT-NUMBER": "AKKE-fördelningen för {regionOf} är inte ett tal.",
    "rules.ALLOC-NOT-NUMBER.field": "{field}: värdet är inte ett tal; standardvärdet används.",
    "rules.ALLOC-NEGATIVE": "AKKE-fördelningen för {regionOf} är negativ ({amountEuros}).",
    "rules.ALLOC-CENTS": "AKKE-fördelningen för {regionOf} ({amountEuros}) är inte i hela euro.",
    "rules.ALLOC-OVER-ENVELOPE":
      "AKKE-fördelningen är sammanlagt {totalEuros} och överskrider anslaget ({envelopeEuros}) med {excessEurosBy}.",
    "rules.ALLOC-UNDER-ENVELOPE":
      "AKKE-fördelningen är sammanlagt {totalEuros} och understiger anslaget {envelopeEuros}; ofördelat {remainderEuros}.",
    "rules.ALLOC-SHARE-MISMATCH":
      "Andelen {sharePercent} för {regionOf} motsvarar inte dess AKKE-fördelning av anslaget ({expectedPercent}).",
    "rules.ALLOC-REGION-MISSING": "AKKE-fördelningen för {regionOf} har ingen rad.",
    "rules.FILE-UNREADABLE": "Filen kan inte läsas som en .xlsx-arbetsbok.",
    "rules.FILE-UNREADABLE.too-large": "Filen är för stor ({bytes} byte; högst {limit}).",
    "rules.FILE-UNREADABLE.too-large-uncompressed":
      "Filen är för stor uppackad ({bytes} byte; högst {limit}).",
    "rules.FILE-UNREADABLE.zip-bomb":
      "Delen {entry} av filen är ovanligt hårt packad ({ratio}:1); den öppnas inte.",
    "rules.FILE-UNREADABLE.too-many-cells":
      "Filen har för många celler ({cells}; högst {limit}). Ta bort överflödiga celler i Excel och spara filen på nytt.",
    "rules.FILE-UNREADABLE.not-zip": "Filen är inte en .xlsx-arbetsbok.",
    "rules.FILE-UNREADABLE.old-xls":
      "Filen är i det gamla .xls-formatet; spara den i .xlsx-format i Excel.",
    "rules.FILE-UNREADABLE.encrypted": "Filen är skyddad med lösenord; spara den utan lösenord.",
    "rules.FILE-UNREADABLE.corrupt":
      "Filen är skadad. Öppna filen i Excel och spara den på nytt, eller be avsändaren om en ny fil.",
    "rules.FILE-UNREADABLE.parse-failed":
      "Arbetsboken kunde inte läsas. Öppna filen i Excel och spara den på nytt.",
    "rules.FILE-UNREADABLE.io":
      "Filen kan inte öppnas. Kontrollera att filen finns och att du har rätt att läsa den.",
    "rules.FILE-UNREADABLE.sheet-too-large":
      "Bladet {sheet} är för stort ({cells} celler; högst {limit}). Ta bort överflödiga rader och kolumner i Excel och spara filen på nytt.",
    "rules.FILE-UNREADABLE.crc-mismatch":
      "Filen är skadad (kontrollsumman stämmer inte). Be avsändaren om en ny fil, eller öppna filen i Excel och spara den på nytt.",
    "rules.FILE-UNREADABLE.entry-size-mismatch":
      "Filen är skadad (storleken på en del stämmer inte). Be avsändaren om en ny fil, eller öppna filen i Excel och spara den på nytt.",
    "rules.FILE-UNREADABLE.timed-out":
      "Det tog för lång tid att läsa filen (över {limit} s). Öppna filen i Excel, ta bort överflödigt innehåll och spara den på nytt.",
    "rules.SETTINGS-DUPLICATE":
      "Omgången har två inställningsblad: {first} och {second}. Inget av dem används, så kontrollerna av fördelningen görs inte. Ge inställningarna som en fil (--settings).",
    "rules.SETTINGS-IN-PROPOSAL":
      "Inställningsbladet {sheet} används inte som omgångens inställningar eftersom det finns i ett landskaps förslagsfil. Ge omgångens inställningar som en egen fil.",
    "rules.FILE-NO-PROPOSAL":
      "Filen innehåller varken ett landskapsförslag eller omgångens inställningar.",
    "rules.skipped.noSettings":
      "Omgångens inställningar hittades inte: standardvärdena används och AKKE-fördelningen kontrolleras inte.",
    "rules.skipped.noBudgetYear":
      "Inställningarna saknar budgetår, så AKKE-åren kontrolleras inte.",
  },
  en: {
    "rules.HDR-DUPLICATE-REGION":
      "{regionName} has another proposal: {otherFile}, sheet {otherSheet}.",
    "rules.FUND-AKKE-OVER-ALLOCATION":
      "The AKKE funding of {regionOf} ({akkeEuros}) exceeds its AKKE allocation by {excessEurosBy}.",
    "rules.FUND-AKKE-UNDER-ALLOCATION":
      "The AKKE funding of {regionOf} ({akkeEuros}) is {remainderEurosBy} below its AKKE allocation ({allocationEuros}).",
    "rules.FUND-AKKE-SHARE":
      "AKKE is {sharePercent} of item {item}'s funding, over the maximum share of {maxSharePercent}.",
    "rules.FUND-AKKE-YEAR":
      "Item {item} has AKKE funding in {year}; the appropriation of budget year {budgetYear} is available until {lastYear}.",
    "rules.FUND-AKKE-NATIONAL": "Item {item} is national only but has AKKE funding.",
    "rules.FUND-AKKE-NOT-ELIGIBLE":
      "{regionName} is not a region under the Regional Development Act; it cannot receive AKKE funding ({akkeEuros}).",
    "rules.ALLOC-REGION-UNKNOWN": "The region of this allocation row is not recognised.",
    "rules.ALLOC-REGION-DUPLICATE": "The AKKE allocation of {regionOf} is already on another row.",
    "rules.ALLOC-NOT-NUMBER": "The AKKE allocation of {regionOf} is not a number.",
    "rules.ALLOC-NOT-NUMBER.field": "{field}: the value is not a number; the default is used.",
    "rules.ALLOC-NEGATIVE": "The AKKE allocation of {regionOf} is negative ({amountEuros}).",
    "rules.ALLOC-CENTS": "The AKKE allocation of {regionOf} ({amountEuros}) is not in whole euros.",
    "rules.ALLOC-OVER-ENVELOPE":
      "The allocations add up to {totalEuros}, over the envelope ({envelopeEuros}) by {excessEurosBy}.",
    "rules.ALLOC-UNDER-ENVELOPE":
      "The allocations add up to {totalEuros}, below the envelope of {envelopeEuros}; {remainderEuros} unallocated.",
    "rules.ALLOC-SHARE-MISMATCH":
      "The share {sharePercent} of {regionOf} does not match its AKKE allocation of the envelope ({expectedPercent}).",
    "rules.ALLOC-REGION-MISSING": "The AKKE allocation of {regionOf} has no row.",
    "rules.FILE-UNREADABLE": "The file cannot be read as an .xlsx workbook.",
    "rules.FILE-UNREADABLE.too-large": "The file is too large ({bytes} bytes; at most {limit}).",
    "rules.FILE-UNREADABLE.too-large-uncompressed":
      "The file is too large uncompressed ({bytes} bytes; at most {limit}).",
    "rules.FILE-UNREADABLE.zip-bomb":
      "Part {entry} of the file is compressed unusually tightly ({ratio}:1); it is not opened.",
    "rules.FILE-UNREADABLE.too-many-cells":
      "The file has too many cells ({cells}; at most {limit}). Delete the unused cells in Excel and save the file again.",
    "rules.FILE-UNREADABLE.not-zip": "The file is not an .xlsx workbook.",
    "rules.FILE-UNREADABLE.old-xls": "The file is an old .xls workbook; save it as .xlsx in Excel.",
    "rules.FILE-UNREADABLE.encrypted":
      "The file is password-protected; save it without a password.",
    "rules.FILE-UNREADABLE.corrupt":
      "The file is damaged. Open the file in Excel and save it again, or ask the sender for a new copy.",
    "rules.FILE-UNREADABLE.parse-failed":
      "The workbook could not be read. Open the file in Excel and save it again.",
    "rules.FILE-UNREADABLE.io":
      "The file cannot be opened. Check that it exists and that you may read it.",
    "rules.FILE-UNREADABLE.sheet-too-large":
      "Sheet {sheet} is too large ({cells} cells; at most {limit}). Delete the unused rows and columns in Excel and save the file again.",
    "rules.FILE-UNREADABLE.crc-mismatch":
      "The file is damaged (a checksum does not match). Ask the sender for a new copy, or open the file in Excel and save it again.",
    "rules.FILE-UNREADABLE.entry-size-mismatch":
      "The file is damaged (the size of a part does not match). Ask the sender for a new copy, or open the file in Excel and save it again.",
    "rules.FILE-UNREADABLE.timed-out":
      "Reading the file took too long (over {limit} s). Open the file in Excel, remove what is not needed and save it again.",
    "rules.SETTINGS-DUPLICATE":
      "The round has two settings sheets: {first} and {second}. Neither is used, so the allocation checks are not run. Give the settings as one file (--settings).",
    "rules.SETTINGS-IN-PROPOSAL":
      "The settings sheet {sheet} is not used as the round's settings because it is in a regional proposal's file. Give the round settings as a file of their own.",
    "rules.FILE-NO-PROPOSAL": "The file holds neither a regional proposal nor round settings.",
    "rules.skipped.noSettings":
      "No round settings found: the defaults apply and the AKKE allocation is not checked.",
    "rules.skipped.noBudgetYear":
      "The settings have no budget year, so AKKE years are not checked.",
  },
});
