import { defineMessages } from "../define";

/**
 * Messages of the proposal-level rules (`src/core/rules/proposal/`). The key is
 * `rules.<RULE-ID>`; `rules.<RULE-ID>.<variant>` is a more precise text chosen by the
 * issue's `variant` param. `{value}` is the cell's content, shown in quotation marks (”…” in
 * fi and sv, “…” in en) by `issueMessage`. Swedish to be checked by a fluent speaker.
 */
export const rulesProposal = defineMessages({
  fi: {
    "rules.STRUCT-MISSING-COLUMN": "Taulukosta puuttuu pakollinen sarake {column}.",
    "rules.STRUCT-YEAR-COLUMNS": "Rahoitustaulukosta puuttuu kauden {period} vuoden {year} sarake.",
    "rules.STRUCT-YEAR-COLUMNS.extra":
      "Rahoitustaulukossa on sarake vuodelle {year}, joka ei kuulu kauteen {period}.",
    "rules.STRUCT-YEAR-COLUMNS.repeated":
      "Rahoitustaulukossa on vuodelle {year} useampi sarake (kausi {period}).",
    "rules.FUND-UNIT-UNKNOWN":
      "Sarakkeen {column} yksikkö {unit} on tuntematon; käytä €, 1 000 € tai milj. €.",
    "rules.HDR-REGION": "Maakuntaa {value} ei tunnisteta.",
    "rules.HDR-REGION.missing": "Maakunta puuttuu.",
    "rules.HDR-PERIOD": "Kautta {value} ei voi käyttää; kirjoita esimerkiksi 2026–2028.",
    "rules.HDR-PERIOD.missing": "Kausi puuttuu; kirjoita esimerkiksi 2026–2028.",
    "rules.HDR-PERIOD.unreadable": "Kautta {value} ei voi lukea; kirjoita esimerkiksi 2026–2028.",
    "rules.HDR-PERIOD.endBeforeStart": "Kauden {value} loppuvuosi on ennen alkuvuotta.",
    "rules.HDR-PERIOD.tooLong": "Kausi {value} on yli 10 vuotta pitkä.",
    "rules.HDR-LATE": "Esityksen päivämäärä {date} on kierroksen määräajan {deadline} jälkeen.",
    "rules.CELL-EXCEL-ERROR": "Solussa on Excel-virhe {code}.",
    "rules.CELL-FORMULA-NO-VALUE":
      "Solussa on kaava {formula} ilman laskettua arvoa, joten sitä ei lasketa mukaan. Avaa tiedosto Excelissä ja tallenna se, niin arvo lasketaan.",
    "rules.CELL-FORMULA-NO-VALUE.derived":
      "Solussa on kaava {formula} ilman laskettua arvoa; arvoa ei tarvita, koska se saadaan muista soluista. Avaa tiedosto Excelissä ja tallenna se, niin arvo lasketaan.",
    "rules.CELL-UNREADABLE": "Solun arvoa ei voi lukea, joten sitä ei lasketa mukaan.",
    "rules.CELL-UNREADABLE.missing-shared-string":
      "Solu viittaa tekstiin, jota tiedostossa ei ole, joten sitä ei lueta. Tiedosto voi olla vioittunut: avaa se Excelissä ja tallenna uudelleen.",
    "rules.CELL-UNREADABLE.not-finite":
      "Solussa on luku, joka ei ole äärellinen, joten sitä ei lasketa mukaan. Kirjoita luku uudelleen.",
    "rules.CELL-UNREADABLE.bad-value":
      "Solun arvo on tiedostossa virheellisessä muodossa, joten sitä ei lueta. Kirjoita arvo uudelleen Excelissä.",
    "rules.SHEET-HIDDEN":
      "Piilotettu taulukko {sheet} näyttää maakunnan esitykseltä tai kierroksen asetuksilta, mutta piilotettuja taulukoita ei lueta. Jos se on oikea taulukko, tuo se näkyviin.",
    "rules.STRUCT-TABLE-RANGE":
      "Excel-taulukko {table} päättyy riville {end}, mutta tiedot jatkuvat riville {last} asti; myös taulukon alapuoliset rivit luettiin. Laajenna taulukko kattamaan ne.",
    "rules.STRUCT-SECOND-TABLE":
      "Tästä alkaa toinen samanlainen taulukko; sen rivit luettiin osaksi ensimmäistä taulukkoa. Siirrä rivit yhteen taulukkoon.",
    "rules.STRUCT-SECOND-TABLE.notRead":
      "Tästä alkaa toinen taulukko, jonka sarakkeet ovat eri järjestyksessä kuin ensimmäisen; sen {rows} riviä ei lueta. Siirrä rivit ensimmäiseen taulukkoon.",
    "rules.CELL-NUMBER-AS-TEXT":
      "Sarakkeen {column} luku on tallennettu tekstinä; se luetaan lukuna ja voidaan korjata.",
    "rules.CELL-NUMBER-AS-TEXT.ambiguous":
      "Sarakkeen {column} tekstiä ei voi lukea yksiselitteisesti luvuksi ({ambiguous}); sitä ei käytetä. Kirjoita luku ilman tuhaterotinta.",
    "rules.CELL-WHITESPACE": "Arvon alussa, lopussa tai keskellä on ylimääräisiä välilyöntejä.",
    "rules.ITEM-ID-MISSING": "Kohteen numero puuttuu.",
    "rules.ITEM-ID-DUPLICATE": "Kohteen numero {id} on jo käytössä solussa {first}.",
    "rules.ITEM-ID-DATE":
      "Excel on muuttanut kohteen numeron päivämääräksi; numero on todennäköisesti {id}.",
    "rules.ITEM-THEME-MISSING": "Teema puuttuu.",
    "rules.ITEM-THEME-UNKNOWN": "Teemaa {value} ei ole kierroksen teemaluettelossa.",
    "rules.ITEM-THEME-INACTIVE": "Teema {value} ei ole käytössä tällä kierroksella.",
    "rules.ITEM-OBJECTIVE-MISSING": "Tavoite puuttuu.",
    "rules.ITEM-LEVEL-INVALID":
      "Taso {value} ei kelpaa; valitse kansallinen, alueellinen, ylimaakunnallinen tai kansallinen ja alueellinen.",
    "rules.ITEM-LEVEL-INVALID.missing": "Taso puuttuu.",
    "rules.ITEM-MINISTRY-UNKNOWN": "Vastuuministeriötä {value} ei tunnisteta.",
    "rules.ITEM-MINISTRY-REQUIRED": "Tasolla {level} kohteella on oltava vastuuministeriö.",
    "rules.ITEM-MEASURE-REQUIRED": "Tasolla {level} kohteella on oltava kansallinen toimenpide.",
    "rules.ITEM-OTHER-MINISTRY-UNKNOWN":
      "Muut ministeriöt -sarakkeen merkintää {value} ei tunnisteta.",
    "rules.ITEM-OTHER-MINISTRY-DUPLICATE":
      "Vastuuministeriö {ministry} on mainittu myös Muut ministeriöt -sarakkeessa.",
    "rules.ITEM-VALUE-INVALID": "Sarakkeen {column} arvo {value} ei ole sallittu.",
    "rules.ITEM-AGREED-NO-POSITION":
      "Kohde on sovittu kansallisella tasolla, mutta ministeriön kanta puuttuu.",
    "rules.ITEM-INDICATOR-MISSING": "Seurantamittari puuttuu.",
    "rules.ITEM-TARGET-MISSING": "Seurantamittarilla {indicator} ei ole tavoitetasoa.",
    "rules.ITEM-TARGET-YEAR": "Tavoitevuoden {value} on oltava välillä {start}–{end}.",
    "rules.ITEM-TARGET-YEAR.unreadable": "Tavoitevuosi {value} ei ole vuosiluku.",
    "rules.ITEM-STATUTE-FORM":
      "Säädöstä {value} ei voi yhdistää muiden maakuntien esityksiin: kirjoita säädöksen numero muodossa 380/2023 (pykälän voi lisätä: 380/2023 5 §).",
    "rules.ITEM-STATUTE-FORM.missing":
      "Säädösmuutostarpeelle ei ole nimetty säädöstä: kirjoita Säädös-sarakkeeseen numero muodossa 380/2023 (pykälän voi lisätä).",
    "rules.ITEM-TOO-MANY-THEMES":
      "Maakunnan esityksessä on {count} eri teemaa; kierroksella sallitaan enintään {max}.",
    "rules.ITEM-TEXT-TOO-LONG":
      "Sarakkeen {column} tekstissä on {length} merkkiä; enintään {max} on suositus.",
    "rules.FUND-ITEM-UNKNOWN": "Rahoitusrivin kohdetta {id} ei ole kohdetaulukossa.",
    "rules.FUND-ITEM-UNKNOWN.missing": "Rahoitusriviltä puuttuu kohteen numero.",
    "rules.FUND-SOURCE-INVALID": "Rahoituslähdettä {value} ei tunnisteta.",
    "rules.FUND-SOURCE-INVALID.missing": "Rahoituslähde puuttuu.",
    "rules.FUND-NOT-NUMBER": "Sarakkeen {column} summa ei ole luku.",
    "rules.FUND-NOT-NUMBER.ambiguous":
      "Sarakkeen {column} summaa ei voi lukea yksiselitteisesti ({candidates}), joten sitä ei lasketa mukaan summiin. Kirjoita luku ilman tuhaterotinta.",
    "rules.FUND-NEGATIVE": "Sarakkeen {column} summa on negatiivinen.",
    "rules.FUND-CENTS":
      "Sarakkeen {column} summassa on sentin osia; se pyöristetään summaksi {roundedEuros}.",
    "rules.FUND-TOTAL-MISMATCH":
      "Yhteensä {totalEuros} ei vastaa vuosien summaa {sumEuros}. Korjaus kirjoittaa yhteissummaksi vuosien summan; jos yhteissumma on oikea, jätä se ja korjaa vuodet.",
    "rules.FUND-DUPLICATE-LINE": "Kohteella {id} on rahoituslähde {source} jo rivillä {first}.",
    "rules.FUND-ITEM-UNFUNDED": "Kohteella {id} ei ole rahoitusrivejä.",
  },
  sv: {
    "rules.STRUCT-MISSING-COLUMN": "Tabellen saknar den obligatoriska kolumnen {column}.",
    "rules.STRUCT-YEAR-COLUMNS":
      "Finansieringstabellen saknar en kolumn för året {year} i perioden {period}.",
    "rules.STRUCT-YEAR-COLUMNS.extra":
      "Finansieringstabellen har en kolumn för året {year}, som inte hör till perioden {period}.",
    "rules.STRUCT-YEAR-COLUMNS.repeated":
      "Finansieringstabellen har flera kolumner för året {year} (perioden {period}).",
    "rules.FUND-UNIT-UNKNOWN":
      "Enheten {unit} i kolumnen {column} är okänd; använd €, 1 000 € eller mn €.",
    "rules.HDR-REGION": "Landskapet {value} känns inte igen.",
    "rules.HDR-REGION.missing": "Landskapet saknas.",
    "rules.HDR-PERIOD": "Perioden {value} kan inte användas; skriv till exempel 2026–2028.",
    "rules.HDR-PERIOD.missing": "Perioden saknas; skriv till exempel 2026–2028.",
    "rules.HDR-PERIOD.unreadable": "Perioden {value} kan inte läsas; skriv till exempel 2026–2028.",
    "rules.HDR-PERIOD.endBeforeStart": "Periodens {value} slutår är före startåret.",
    "rules.HDR-PERIOD.tooLong": "Perioden {value} är längre än 10 år.",
    "rules.HDR-LATE": "Förslagets datum {date} är efter omgångens tidsfrist {deadline}.",
    "rules.CELL-EXCEL-ERROR": "Cellen innehåller Excel-felet {code}.",
    "rules.CELL-FORMULA-NO-VALUE":
      "Cellen innehåller formeln {formula} utan beräknat värde, så den räknas inte med. Öppna filen i Excel och spara den så att värdet beräknas.",
    "rules.CELL-FORMULA-NO-VALUE.derived":
      "Cellen innehåller formeln {formula} utan beräknat värde; värdet behövs inte eftersom det följer av de andra cellerna. Öppna filen i Excel och spara den så att värdet beräknas.",
    "rules.CELL-UNREADABLE": "Cellens värde kan inte läsas, så det räknas inte med.",
    "rules.CELL-UNREADABLE.missing-shared-string":
      "Cellen hänvisar till en text som saknas i filen, så den läses inte. Filen kan vara skadad: öppna den i Excel och spara den på nytt.",
    "rules.CELL-UNREADABLE.not-finite":
      "Cellen innehåller ett tal som inte är ändligt, så det räknas inte med. Skriv talet på nytt.",
    "rules.CELL-UNREADABLE.bad-value":
      "Cellens värde har fel form i filen, så det läses inte. Skriv värdet på nytt i Excel.",
    "rules.SHEET-HIDDEN":
      "Det dolda bladet {sheet} ser ut som ett landskaps förslag eller omgångens inställningar, men dolda blad läses inte. Om det är rätt blad, visa det.",
    "rules.STRUCT-TABLE-RANGE":
      "Excel-tabellen {table} slutar på rad {end}, men uppgifterna fortsätter till rad {last}; också raderna under tabellen lästes. Utvidga tabellen så att den täcker dem.",
    "rules.STRUCT-SECOND-TABLE":
      "Här börjar en andra likadan tabell; dess rader lästes som en del av den första tabellen. Flytta raderna till en tabell.",
    "rules.STRUCT-SECOND-TABLE.notRead":
      "Här börjar en andra tabell vars kolumner står i en annan ordning än i den första; dess {rows} rader läses inte. Flytta raderna till den första tabellen.",
    "rules.CELL-NUMBER-AS-TEXT":
      "Talet i kolumnen {column} är lagrat som text; det läses som tal och kan korrigeras.",
    "rules.CELL-NUMBER-AS-TEXT.ambiguous":
      "Texten i kolumnen {column} kan inte entydigt läsas som tal ({ambiguous}); den används inte. Skriv talet utan tusentalsavgränsare.",
    "rules.CELL-WHITESPACE": "Värdet har extra mellanslag i början, i slutet eller i mitten.",
    "rules.ITEM-ID-MISSING": "Objektets nummer saknas.",
    "rules.ITEM-ID-DUPLICATE": "Objektnumret {id} används redan i cellen {first}.",
    "rules.ITEM-ID-DATE":
      "Excel har gjort om objektnumret till ett datum; numret är troligen {id}.",
    "rules.ITEM-THEME-MISSING": "Temat saknas.",
    "rules.ITEM-THEME-UNKNOWN": "Temat {value} finns inte i omgångens temalista.",
    "rules.ITEM-THEME-INACTIVE": "Temat {value} används inte i denna omgång.",
    "rules.ITEM-OBJECTIVE-MISSING": "Målet saknas.",
    "rules.ITEM-LEVEL-INVALID":
      "Nivån {value} är ogiltig; välj nationell, regional, landskapsöverskridande eller nationell och regional.",
    "rules.ITEM-LEVEL-INVALID.missing": "Nivån saknas.",
    "rules.ITEM-MINISTRY-UNKNOWN": "Det ansvariga ministeriet {value} känns inte igen.",
    "rules.ITEM-MINISTRY-REQUIRED": "På nivån {level} måste objektet ha ett ansvarigt ministerium.",
    "rules.ITEM-MEASURE-REQUIRED": "På nivån {level} måste objektet ha en nationell åtgärd.",
    "rules.ITEM-OTHER-MINISTRY-UNKNOWN":
      "Uppgiften {value} i kolumnen Övriga ministerier känns inte igen.",
    "rules.ITEM-OTHER-MINISTRY-DUPLICATE":
      "Det ansvariga ministeriet {ministry} nämns också i kolumnen Övriga ministerier.",
    "rules.ITEM-VALUE-INVALID": "Värdet {value} är inte tillåtet i kolumnen {column}.",
    "rules.ITEM-AGREED-NO-POSITION":
      "Objektet är överenskommet på nationell nivå, men ministeriets ståndpunkt saknas.",
    "rules.ITEM-INDICATOR-MISSING": "Uppföljningsindikatorn saknas.",
    "rules.ITEM-TARGET-MISSING": "Uppföljningsindikatorn {indicator} har ingen målnivå.",
    "rules.ITEM-TARGET-YEAR": "Målåret {value} ska vara mellan {start} och {end}.",
    "rules.ITEM-TARGET-YEAR.unreadable": "Målåret {value} är inte ett årtal.",
    "rules.ITEM-STATUTE-FORM":
      "Författningen {value} kan inte föras samman med andra landskaps förslag: skriv författningens nummer i formen 380/2023 (paragrafen kan läggas till: 380/2023 5 §).",
    "rules.ITEM-STATUTE-FORM.missing":
      "Behovet av författningsändring anger ingen författning: skriv numret i kolumnen Författning i formen 380/2023 (paragrafen kan läggas till).",
    "rules.ITEM-TOO-MANY-THEMES":
      "Landskapets förslag har {count} olika teman; omgången tillåter högst {max}.",
    "rules.ITEM-TEXT-TOO-LONG":
      "Texten i kolumnen {column} har {length} tecken; högst {max} rekommenderas.",
    "rules.FUND-ITEM-UNKNOWN": "Objektet {id} på finansieringsraden finns inte i objekttabellen.",
    "rules.FUND-ITEM-UNKNOWN.missing": "Finansieringsraden saknar objektnummer.",
    "rules.FUND-SOURCE-INVALID": "Finansieringskällan {value} känns inte igen.",
    "rules.FUND-SOURCE-INVALID.missing": "Finansieringskällan saknas.",
    "rules.FUND-NOT-NUMBER": "Beloppet i kolumnen {column} är inte ett tal.",
    "rules.FUND-NOT-NUMBER.ambiguous":
      "Beloppet i kolumnen {column} kan inte läsas entydigt ({candidates}) och räknas därför inte med i summorna. Skriv talet utan tusentalsavgränsare.",
    "rules.FUND-NEGATIVE": "Beloppet i kolumnen {column} är negativt.",
    "rules.FUND-CENTS":
      "Beloppet i kolumnen {column} har delar av cent; det avrundas till {roundedEuros}.",
    "rules.FUND-TOTAL-MISMATCH":
      "Totalt {totalEuros} motsvarar inte årens summa {sumEuros}. Korrigeringen skriver årens summa som totalt; om totalen är rätt, lämna den och rätta åren.",
    "rules.FUND-DUPLICATE-LINE":
      "Objektet {id} har finansieringskällan {source} redan på raden {first}.",
    "rules.FUND-ITEM-UNFUNDED": "Objektet {id} har inga finansieringsrader.",
  },
  en: {
    "rules.STRUCT-MISSING-COLUMN": "The table lacks the required column {column}.",
    "rules.STRUCT-YEAR-COLUMNS":
      "The funding table has no column for the year {year} of the period {period}.",
    "rules.STRUCT-YEAR-COLUMNS.extra":
      "The funding table has a column for the year {year}, outside the period {period}.",
    "rules.STRUCT-YEAR-COLUMNS.repeated":
      "The funding table has more than one column for the year {year} (period {period}).",
    "rules.FUND-UNIT-UNKNOWN":
      "The unit {unit} of the column {column} is unknown; use €, 1 000 € or M€.",
    "rules.HDR-REGION": "The region {value} is not recognised.",
    "rules.HDR-REGION.missing": "The region is missing.",
    "rules.HDR-PERIOD": "The period {value} cannot be used; write for example 2026–2028.",
    "rules.HDR-PERIOD.missing": "The period is missing; write for example 2026–2028.",
    "rules.HDR-PERIOD.unreadable":
      "The period {value} cannot be read; write for example 2026–2028.",
    "rules.HDR-PERIOD.endBeforeStart": "The period {value} ends before it starts.",
    "rules.HDR-PERIOD.tooLong": "The period {value} is longer than 10 years.",
    "rules.HDR-LATE": "The proposal's date {date} is after the round's deadline {deadline}.",
    "rules.CELL-EXCEL-ERROR": "The cell holds the Excel error {code}.",
    "rules.CELL-FORMULA-NO-VALUE":
      "The cell holds the formula {formula} without a computed value, so it is not counted. Open and save the file in Excel so that the value is computed.",
    "rules.CELL-FORMULA-NO-VALUE.derived":
      "The cell holds the formula {formula} without a computed value; the value is not needed, since it follows from the other cells (for a total, the sum of the years). Open and save the file in Excel so that the value is computed.",
    "rules.CELL-UNREADABLE": "The cell's value cannot be read, so it is not counted.",
    "rules.CELL-UNREADABLE.missing-shared-string":
      "The cell refers to a text the file does not contain, so it is not read. The file may be damaged: open and save it in Excel.",
    "rules.CELL-UNREADABLE.not-finite":
      "The cell holds a number that is not finite, so it is not counted. Type the number again.",
    "rules.CELL-UNREADABLE.bad-value":
      "The cell's value is malformed in the file, so it is not read. Type the value again in Excel.",
    "rules.SHEET-HIDDEN":
      "The hidden sheet {sheet} looks like a regional proposal or round settings, but hidden sheets are not read. If it is the sheet that counts, unhide it.",
    "rules.STRUCT-TABLE-RANGE":
      "The Excel table {table} ends at row {end}, but its data continues to row {last}; the rows below the table were read too. Extend the table to cover them.",
    "rules.STRUCT-SECOND-TABLE":
      "A second table of the same kind starts here; its rows were read as part of the first table. Move the rows into one table.",
    "rules.STRUCT-SECOND-TABLE.notRead":
      "A second table starts here with its columns in another order than the first; its {rows} rows are not read. Move the rows into the first table.",
    "rules.CELL-NUMBER-AS-TEXT":
      "The number in the column {column} is stored as text; it is read as a number and can be fixed.",
    "rules.CELL-NUMBER-AS-TEXT.ambiguous":
      "The text in the column {column} cannot be read as one number ({ambiguous}); it is not used. Write the number without a thousands separator.",
    "rules.CELL-WHITESPACE": "The value has extra spaces at its start, its end or inside.",
    "rules.ITEM-ID-MISSING": "The item number is missing.",
    "rules.ITEM-ID-DUPLICATE": "The item number {id} is already used in cell {first}.",
    "rules.ITEM-ID-DATE": "Excel turned the item number into a date; the number was probably {id}.",
    "rules.ITEM-THEME-MISSING": "The theme is missing.",
    "rules.ITEM-THEME-UNKNOWN": "The theme {value} is not in the round's theme list.",
    "rules.ITEM-THEME-INACTIVE": "The theme {value} is not in use in this round.",
    "rules.ITEM-OBJECTIVE-MISSING": "The objective is missing.",
    "rules.ITEM-LEVEL-INVALID":
      "The level {value} is not valid; choose national, regional, interregional, or national and regional.",
    "rules.ITEM-LEVEL-INVALID.missing": "The level is missing.",
    "rules.ITEM-MINISTRY-UNKNOWN": "The lead ministry {value} is not recognised.",
    "rules.ITEM-MINISTRY-REQUIRED": "At the level {level} the item needs a lead ministry.",
    "rules.ITEM-MEASURE-REQUIRED": "At the level {level} the item needs a national measure.",
    "rules.ITEM-OTHER-MINISTRY-UNKNOWN":
      "The entry {value} in the Other ministries column is not recognised.",
    "rules.ITEM-OTHER-MINISTRY-DUPLICATE":
      "The lead ministry {ministry} is also listed in the Other ministries column.",
    "rules.ITEM-VALUE-INVALID": "The value {value} is not allowed in the column {column}.",
    "rules.ITEM-AGREED-NO-POSITION":
      "The item is agreed at national level, but the ministry's position is missing.",
    "rules.ITEM-INDICATOR-MISSING": "The monitoring indicator is missing.",
    "rules.ITEM-TARGET-MISSING": "The monitoring indicator {indicator} has no target.",
    "rules.ITEM-TARGET-YEAR": "The target year {value} must be between {start} and {end}.",
    "rules.ITEM-TARGET-YEAR.unreadable": "The target year {value} is not a year.",
    "rules.ITEM-STATUTE-FORM":
      "The statute {value} cannot be grouped with other regions' requests: write its number as 380/2023 (a section may follow: 380/2023 5 §).",
    "rules.ITEM-STATUTE-FORM.missing":
      "The legislative change need names no statute: write its number in the Statute column as 380/2023 (a section may follow).",
    "rules.ITEM-TOO-MANY-THEMES":
      "The region's proposal has {count} distinct themes; the round allows at most {max}.",
    "rules.ITEM-TEXT-TOO-LONG":
      "The text in the column {column} has {length} characters; at most {max} are recommended.",
    "rules.FUND-ITEM-UNKNOWN": "The funding row's item {id} is not in the items table.",
    "rules.FUND-ITEM-UNKNOWN.missing": "The funding row has no item number.",
    "rules.FUND-SOURCE-INVALID": "The funding source {value} is not recognised.",
    "rules.FUND-SOURCE-INVALID.missing": "The funding source is missing.",
    "rules.FUND-NOT-NUMBER": "The amount in the column {column} is not a number.",
    "rules.FUND-NOT-NUMBER.ambiguous":
      "The amount in the column {column} cannot be read as one number ({candidates}), so it is left out of the totals. Write the number without a thousands separator.",
    "rules.FUND-NEGATIVE": "The amount in the column {column} is negative.",
    "rules.FUND-CENTS":
      "The amount in the column {column} has fractions of a cent; it is rounded to {roundedEuros}.",
    "rules.FUND-TOTAL-MISMATCH":
      "The total {totalEuros} differs from the sum of the years {sumEuros}. The fix writes the years' sum as the total; if the total is right, leave it and correct the years.",
    "rules.FUND-DUPLICATE-LINE":
      "The item {id} already has the funding source {source} on the row at {first}.",
    "rules.FUND-ITEM-UNFUNDED": "The item {id} has no funding rows.",
  },
});
