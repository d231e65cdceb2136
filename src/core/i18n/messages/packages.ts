import { defineMessages } from "../define";

/**
 * Ministry preparation packages (docs/packages.md): the workbook each ministry fills in with
 * its positions, and what the command line says about them. Swedish to be checked by a
 * fluent speaker.
 */
export const packages = defineMessages({
  fi: {
    "packages.file": "{ministry}-valmistelu.xlsx",
    "packages.sheet.cover": "Ohje",
    "packages.sheet.lead": "Vastuulla",
    "packages.sheet.participating": "Mukana",
    "packages.sheet.legislation": "Säädösmuutokset",
    "packages.sheet.expert": "Asiantuntijatuki",
    "packages.title": "{ministry}: valmisteluaineisto aluekehittämiskeskusteluihin",
    "packages.cover.ministry": "Ministeriö",
    "packages.cover.deadline": "Kantojen määräaika",
    "packages.cover.contact": "Yhteyshenkilö (koordinaattori)",
    "packages.cover.prepared": "Laadittu",
    "packages.cover.whatToFill": "Mitä täytetään",
    "packages.cover.step1":
      "Täytä kunkin taulukon sarakkeet {position} (valitse luettelosta), {reasoning}, {followUp} (valitse luettelosta) ja {contact}.",
    "packages.cover.step2":
      "Muut solut on suojattu ilman salasanaa. Älä muuta maakunnan, kohteen numeron tai tarkisteen soluja: niiden avulla kannat yhdistetään oikeisiin kohteisiin.",
    "packages.cover.step3":
      "Palauta työkirja kierroksen koordinaattorille määräaikaan mennessä. Tiedoston nimen voi muuttaa.",
    "packages.cover.contents": "Sisältö",
    "packages.cover.count": "{sheet}: {n} riviä",
    "packages.col.reasoning": "Perustelut",
    "packages.col.check": "Tarkiste",
    "packages.cli.written": "{count} valmistelupakettia kirjoitettu kansioon {dir}: {files}",
    "packages.cli.none":
      "Kierroksen kohteilla ei ole vastuu- tai muita ministeriöitä: paketteja ei kirjoitettu.",
    "packages.cli.noFolder": "Kansiota {dir} ei ole: luo se ensin.",
    "packages.cli.answered": "Kannat palauttaneet ministeriöt: {ministries}",
    "packages.cli.missing": "Kantaa odotetaan ministeriöiltä: {ministries}",
    "packages.cli.withoutPosition": "Kohteita ilman ministeriön kantaa: {n}",
    "packages.cli.nobody": "ei yhtään",
  },
  sv: {
    "packages.file": "{ministry}-beredning.xlsx",
    "packages.sheet.cover": "Anvisning",
    "packages.sheet.lead": "Ansvar",
    "packages.sheet.participating": "Deltar",
    "packages.sheet.legislation": "Författningsändringar",
    "packages.sheet.expert": "Sakkunnigstöd",
    "packages.title": "{ministry}: beredningsmaterial för regionutvecklingsdiskussionerna",
    "packages.cover.ministry": "Ministerium",
    "packages.cover.deadline": "Tidsfrist för ståndpunkter",
    "packages.cover.contact": "Kontaktperson (koordinator)",
    "packages.cover.prepared": "Upprättad",
    "packages.cover.whatToFill": "Vad som ska fyllas i",
    "packages.cover.step1":
      "Fyll i kolumnerna {position} (välj i listan), {reasoning}, {followUp} (välj i listan) och {contact} i varje tabell.",
    "packages.cover.step2":
      "Övriga celler är skyddade utan lösenord. Ändra inte cellerna för landskap, objektets nummer eller kontroll: med dem kopplas ståndpunkterna till rätt objekt.",
    "packages.cover.step3":
      "Returnera arbetsboken till omgångens koordinator inom tidsfristen. Filens namn får ändras.",
    "packages.cover.contents": "Innehåll",
    "packages.cover.count": "{sheet}: {n} rader",
    "packages.col.reasoning": "Motivering",
    "packages.col.check": "Kontroll",
    "packages.cli.written": "{count} beredningspaket skrivna i mappen {dir}: {files}",
    "packages.cli.none":
      "Omgångens objekt har inga ansvariga eller övriga ministerier: inga paket skrevs.",
    "packages.cli.noFolder": "Mappen {dir} finns inte: skapa den först.",
    "packages.cli.answered": "Ministerier som returnerat ståndpunkter: {ministries}",
    "packages.cli.missing": "Ståndpunkter väntas från: {ministries}",
    "packages.cli.withoutPosition": "Objekt utan ministeriets ståndpunkt: {n}",
    "packages.cli.nobody": "inga",
  },
  en: {
    "packages.file": "{ministry}-preparation.xlsx",
    "packages.sheet.cover": "Instructions",
    "packages.sheet.lead": "Leads",
    "packages.sheet.participating": "Takes part",
    "packages.sheet.legislation": "Legislation",
    "packages.sheet.expert": "Expert support",
    "packages.title": "{ministry}: preparation package for the regional development discussions",
    "packages.cover.ministry": "Ministry",
    "packages.cover.deadline": "Deadline for positions",
    "packages.cover.contact": "Contact (coordinator)",
    "packages.cover.prepared": "Prepared",
    "packages.cover.whatToFill": "What to fill in",
    "packages.cover.step1":
      "In each table, fill in the columns {position} (pick from the list), {reasoning}, {followUp} (pick from the list) and {contact}.",
    "packages.cover.step2":
      "The other cells are protected without a password. Do not change the region, item number or check cells: they tie each position to its item.",
    "packages.cover.step3":
      "Return the workbook to the round's coordinator by the deadline. The file may be renamed.",
    "packages.cover.contents": "Contents",
    "packages.cover.count": "{sheet}: {n} rows",
    "packages.col.reasoning": "Reasoning",
    "packages.col.check": "Check",
    "packages.cli.written": "{count} preparation packages written to {dir}: {files}",
    "packages.cli.none":
      "No item of the round has a lead or other ministry: no packages were written.",
    "packages.cli.noFolder": "The folder {dir} does not exist: create it first.",
    "packages.cli.answered": "Ministries that returned positions: {ministries}",
    "packages.cli.missing": "Positions awaited from: {ministries}",
    "packages.cli.withoutPosition": "Items without a ministry position: {n}",
    "packages.cli.nobody": "none",
  },
});

export type PackagesMessageKey = keyof (typeof packages)["en"];
