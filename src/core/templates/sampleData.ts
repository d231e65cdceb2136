import type { Lang } from "../model/lang";
import type { FundingSourceCode } from "../vocabulary/fundingSources";
import type { LevelCode } from "../vocabulary/itemValues";
import type { MinistryCode } from "../vocabulary/ministries";
import type { RegionCode } from "../vocabulary/regions";
import type { DefaultThemeCode } from "../vocabulary/themes";

/**
 * The demo round's content: plausible, invented items of five regions. Amounts in euros.
 * Every region's AKKE rows add up to its allocation.
 */

export interface SampleItem {
  readonly id: string;
  readonly theme: DefaultThemeCode;
  readonly objective: string;
  readonly need?: string;
  readonly measure?: string;
  readonly commitment?: string;
  readonly level: LevelCode;
  readonly lead: MinistryCode;
  readonly others?: readonly MinistryCode[];
  readonly actors?: string;
  readonly legislation?: string;
  readonly statute?: string;
  readonly expert?: string;
  readonly investment?: number;
  readonly indicator?: string;
  readonly baseline?: number;
  readonly target?: number;
  readonly targetYear?: number;
  readonly crossCutting?: readonly ("security" | "internationality" | "regional-orientation")[];
}

export interface SampleFunding {
  readonly item: string;
  readonly source: FundingSourceCode;
  /** One amount per year of the period. */
  readonly amounts: readonly number[];
}

export interface SampleRegion {
  readonly region: RegionCode;
  readonly lang: Lang;
  readonly contact: string;
  readonly programme: string;
  readonly items: readonly SampleItem[];
  readonly funding: readonly SampleFunding[];
}

/** AKKE allocations of the demo round: they add up to the 16 000 000 € envelope. */
export const SAMPLE_ALLOCATIONS: Readonly<Record<RegionCode, number>> = {
  MK01: 1_200_000,
  MK02: 900_000,
  MK04: 866_000,
  MK05: 640_000,
  MK06: 980_000,
  MK07: 720_000,
  MK08: 835_000,
  MK09: 790_000,
  MK10: 626_000,
  MK11: 1_010_000,
  MK12: 1_040_000,
  MK13: 1_000_000,
  MK14: 843_000,
  MK15: 780_000,
  MK16: 560_000,
  MK17: 1_150_000,
  MK18: 960_000,
  MK19: 1_100_000,
  MK21: 0,
};

export const SAMPLE_REGIONS: readonly SampleRegion[] = [
  {
    region: "MK04",
    lang: "fi",
    contact: "Aluekehitysjohtaja, Satakuntaliitto",
    programme: "Satakunta-ohjelma 2022–2025",
    items: [
      {
        id: "1.1",
        theme: "labour-availability",
        objective: "Kansainvälisten osaajien saatavuus Satakunnan teollisuuteen paranee",
        need: "Teknologiateollisuuden ja meriklusterin yritykset eivät saa riittävästi osaajia",
        measure: "Työperäisen maahanmuuton lupaprosessien nopeuttaminen",
        commitment: "Maakunnallinen osaajien vastaanottopalvelu ja kotoutumisen tuki",
        level: "both",
        lead: "TEM",
        others: ["OKM", "SM"],
        actors: "Satakuntaliitto, kunnat, SAMK, yritykset",
        indicator: "Ulkomaalaistaustaisten työllisten määrä",
        baseline: 2400,
        target: 3500,
        targetYear: 2028,
        crossCutting: ["internationality"],
      },
      {
        id: "1.2",
        theme: "green-transition",
        objective: "Vihreän siirtymän teollisuusinvestoinnit toteutuvat Porin ja Rauman seuduilla",
        need: "Akkuklusterin ja vedyn arvoketjun investoinnit edellyttävät sujuvaa lupakäsittelyä",
        measure: "Ympäristölupamenettelyjen sujuvoittaminen ja yhden luukun palvelu",
        level: "both",
        lead: "TEM",
        others: ["YM"],
        legislation: "Lupamenettelyjen määräaikojen lyhentäminen",
        statute: "527/2014",
        investment: 25_000_000,
        indicator: "Vihreän siirtymän investoinnit (milj. €)",
        baseline: 150,
        target: 600,
        targetYear: 2030,
      },
      {
        id: "1.3",
        theme: "accessibility",
        objective: "Pori–Tampere-yhteyden matka-aika lyhenee",
        measure: "Raideyhteyden parantaminen liikenne-12-suunnitelmassa",
        level: "national",
        lead: "LVM",
        investment: 120_000_000,
        indicator: "Junamatkan kesto Pori–Tampere (min)",
        baseline: 92,
        target: 75,
        targetYear: 2032,
      },
      {
        id: "1.4",
        theme: "labour-availability",
        objective: "Korkeakoulutettujen osuus nousee",
        need: "Maakunnan koulutustaso on maan keskiarvoa matalampi",
        commitment: "Korkeakoulujen yhteinen aloituspaikkahanke",
        level: "regional",
        lead: "OKM",
        indicator: "Korkea-asteen tutkinnon suorittaneet (%)",
        baseline: 29,
        target: 33,
        targetYear: 2030,
      },
    ],
    funding: [
      { item: "1.1", source: "akke", amounts: [120_000, 130_000, 100_000] },
      { item: "1.1", source: "region", amounts: [20_000, 20_000, 10_000] },
      { item: "1.1", source: "municipalities", amounts: [15_000, 15_000, 10_000] },
      { item: "1.2", source: "akke", amounts: [100_000, 110_000, 96_000] },
      { item: "1.2", source: "eu-structural", amounts: [150_000, 150_000, 100_000] },
      { item: "1.4", source: "akke", amounts: [70_000, 70_000, 70_000] },
      { item: "1.4", source: "own", amounts: [30_000, 30_000, 30_000] },
    ],
  },
  {
    region: "MK14",
    lang: "fi",
    contact: "Suunnittelujohtaja, Etelä-Pohjanmaan liitto",
    programme: "Etelä-Pohjanmaan maakuntaohjelma 2022–2025",
    items: [
      {
        id: "1",
        theme: "sustainable-vitality",
        objective: "Ruokaketjun ja elintarviketeollisuuden kasvu ja vienti",
        need: "Elintarvikeyritysten investoinnit ja vienti tarvitsevat tukea",
        measure: "Ruokaviennin edistämisohjelman alueellinen toteutus",
        level: "both",
        lead: "MMM",
        others: ["TEM"],
        actors: "Etelä-Pohjanmaan liitto, Seinäjoen seudun kehittämisyhtiö",
        indicator: "Elintarviketeollisuuden vienti (milj. €)",
        baseline: 210,
        target: 260,
        targetYear: 2028,
      },
      {
        id: "2",
        theme: "sustainable-vitality",
        objective: "Seinäjoen yliopistokeskuksen TKI-kyvykkyys vahvistuu",
        measure: "Yliopistokeskusten perusrahoituksen vahvistaminen",
        level: "both",
        lead: "OKM",
        others: ["TEM"],
        indicator: "TKI-menot (milj. €)",
        baseline: 95,
        target: 130,
        targetYear: 2030,
      },
      {
        id: "3",
        theme: "accessibility",
        objective: "Valtatie 19 parannetaan Seinäjoen ja Lapuan välillä",
        measure: "Hankkeen ottaminen valtion talousarvioon",
        level: "national",
        lead: "LVM",
        investment: 60_000_000,
        indicator: "Liikenneturvallisuus: onnettomuudet vuodessa",
        baseline: 14,
        target: 8,
        targetYear: 2031,
      },
      {
        id: "4",
        theme: "wellbeing",
        objective: "Nuorten syrjäytyminen vähenee",
        commitment: "Ohjaamotoiminnan vahvistaminen seutukunnissa",
        level: "regional",
        lead: "STM",
        others: ["OKM"],
        indicator: "NEET-nuorten osuus (%)",
        baseline: 9.5,
        target: 7,
        targetYear: 2028,
        crossCutting: ["regional-orientation"],
      },
    ],
    funding: [
      { item: "1", source: "akke", amounts: [150_000, 150_000, 100_000] },
      { item: "1", source: "private", amounts: [80_000, 80_000, 40_000] },
      { item: "2", source: "akke", amounts: [100_000, 100_000, 93_000] },
      { item: "2", source: "municipalities", amounts: [40_000, 40_000, 40_000] },
      { item: "4", source: "akke", amounts: [50_000, 50_000, 50_000] },
      { item: "4", source: "state-other", amounts: [25_000, 25_000, 25_000] },
    ],
  },
  {
    region: "MK10",
    lang: "fi",
    contact: "Aluekehitysjohtaja, Etelä-Savon maakuntaliitto",
    programme: "Etelä-Savon maakuntaohjelma 2022–2025",
    items: [
      {
        id: "A1",
        theme: "bio-circular-economy",
        objective: "Metsäbiotalouden arvoketjut pidentyvät maakunnassa",
        measure: "Puurakentamisen ja biotuotteiden kehittämisohjelma",
        level: "both",
        lead: "MMM",
        others: ["TEM", "YM"],
        indicator: "Biotalouden arvonlisäys (milj. €)",
        baseline: 700,
        target: 820,
        targetYear: 2030,
      },
      {
        id: "A2",
        theme: "labour-availability",
        objective: "Sosiaali- ja terveysalan osaajien saatavuus paranee",
        measure: "Hoitajakoulutuksen aloituspaikkojen kohdentaminen Itä-Suomeen",
        level: "both",
        lead: "STM",
        others: ["TEM", "OKM"],
        indicator: "Avoimet sote-alan työpaikat",
        baseline: 850,
        target: 500,
        targetYear: 2028,
      },
      {
        id: "A3",
        theme: "accessibility",
        objective: "Savonradan ja Itä-Suomen raideyhteydet nopeutuvat",
        measure: "Itäradan suunnittelun eteneminen",
        level: "national",
        lead: "LVM",
        investment: 300_000_000,
        expert: "Väylävirasto: yhteysvälin suunnittelu",
        indicator: "Junamatkan kesto Mikkeli–Helsinki (min)",
        baseline: 150,
        target: 120,
        targetYear: 2033,
      },
      {
        id: "A4",
        theme: "accessibility",
        objective: "Haja-asutusalueiden nopeat laajakaistayhteydet",
        measure: "Valtion laajakaistatuen jatkaminen",
        level: "both",
        lead: "LVM",
        indicator: "Kotitaloudet, joilla 100 Mbit/s yhteys (%)",
        baseline: 62,
        target: 85,
        targetYear: 2028,
      },
    ],
    funding: [
      { item: "A1", source: "akke", amounts: [100_000, 100_000, 76_000] },
      { item: "A1", source: "eu-structural", amounts: [120_000, 120_000, 60_000] },
      { item: "A2", source: "akke", amounts: [80_000, 80_000, 70_000] },
      { item: "A2", source: "state-other", amounts: [30_000, 30_000, 20_000] },
      { item: "A4", source: "akke", amounts: [40_000, 40_000, 40_000] },
      { item: "A4", source: "municipalities", amounts: [60_000, 60_000, 60_000] },
    ],
  },
  {
    region: "MK15",
    lang: "sv",
    contact: "Regionutvecklingsdirektör, Österbottens förbund",
    programme: "Landskapsprogrammet för Österbotten 2022–2025",
    items: [
      {
        id: "1.1",
        theme: "green-transition",
        objective: "Energiklustret i Vasaregionen växer",
        need: "Energiteknikföretagen behöver testmiljöer och kompetens",
        measure: "Nationellt stöd för testbäddar för ren energi",
        level: "both",
        lead: "TEM",
        others: ["OKM"],
        actors: "Österbottens förbund, Vasa stad, universiteten i Vasa",
        indicator: "Energiklustrets export (md €)",
        baseline: 5,
        target: 7,
        targetYear: 2030,
        crossCutting: ["internationality"],
      },
      {
        id: "1.2",
        theme: "labour-availability",
        objective: "Internationell rekrytering och integration underlättas",
        measure: "Snabbare uppehållstillstånd på grund av arbete",
        level: "both",
        lead: "TEM",
        others: ["SM", "OKM"],
        indicator: "Sysselsatta med utländsk bakgrund",
        baseline: 6000,
        target: 8000,
        targetYear: 2028,
      },
      {
        id: "1.3",
        theme: "accessibility",
        objective: "Trafiken över Kvarken tryggas",
        measure: "Statligt stöd för färjetrafiken Vasa–Umeå",
        level: "national",
        lead: "LVM",
        indicator: "Passagerare per år",
        baseline: 250_000,
        target: 300_000,
        targetYear: 2028,
      },
      {
        id: "1.4",
        theme: "labour-availability",
        objective: "Svenskspråkig högskoleutbildning stärks",
        level: "regional",
        lead: "OKM",
        indicator: "Nybörjarplatser",
        baseline: 1200,
        target: 1350,
        targetYear: 2028,
      },
    ],
    funding: [
      { item: "1.1", source: "akke", amounts: [150_000, 150_000, 100_000] },
      { item: "1.1", source: "private", amounts: [100_000, 100_000, 100_000] },
      { item: "1.2", source: "akke", amounts: [100_000, 100_000, 80_000] },
      { item: "1.2", source: "municipalities", amounts: [40_000, 40_000, 20_000] },
      { item: "1.3", source: "interreg", amounts: [200_000, 200_000, 200_000] },
      { item: "1.4", source: "akke", amounts: [50_000, 50_000, 0] },
      { item: "1.4", source: "own", amounts: [20_000, 20_000, 0] },
    ],
  },
  {
    region: "MK19",
    lang: "en",
    contact: "Director of Regional Development, Regional Council of Lapland",
    programme: "Lapland Agreement 2022–2025",
    items: [
      {
        id: "L1",
        theme: "sustainable-vitality",
        objective: "Sustainable year-round growth of nature tourism",
        need: "Tourism is seasonal and the infrastructure is under strain",
        measure: "National tourism strategy measures for Arctic destinations",
        level: "both",
        lead: "TEM",
        others: ["YM"],
        indicator: "Overnight stays outside the winter season",
        baseline: 900_000,
        target: 1_300_000,
        targetYear: 2030,
      },
      {
        id: "L2",
        theme: "accessibility",
        objective: "Rail and air connections to Lapland are secured",
        measure:
          "Purchased air services and the electrification of the Laurila–Tornio–Haparanda line",
        level: "national",
        lead: "LVM",
        investment: 80_000_000,
        indicator: "Direct flights per week",
        baseline: 120,
        target: 150,
        targetYear: 2028,
      },
      {
        id: "L3",
        theme: "attractive-environment",
        objective: "Land use reconciles reindeer husbandry, mining and wind power",
        measure: "Guidance on the reconciliation of land uses",
        level: "interregional",
        lead: "YM",
        others: ["MMM", "TEM"],
        legislation: "Clarifying the consideration of reindeer husbandry in land use planning",
        statute: "132/1999",
        indicator: "Regional land use plans updated",
        baseline: 1,
        target: 3,
        targetYear: 2029,
        crossCutting: ["security"],
      },
      {
        id: "L4",
        theme: "sustainable-vitality",
        objective: "Seasonal labour is available to tourism and services",
        measure: "Faster permits for seasonal work",
        level: "both",
        lead: "TEM",
        others: ["SM"],
        indicator: "Seasonal workers recruited",
        baseline: 3000,
        target: 4500,
        targetYear: 2028,
      },
    ],
    funding: [
      { item: "L1", source: "akke", amounts: [200_000, 200_000, 150_000] },
      { item: "L1", source: "private", amounts: [300_000, 300_000, 300_000] },
      { item: "L3", source: "akke", amounts: [100_000, 100_000, 100_000] },
      { item: "L3", source: "region", amounts: [30_000, 30_000, 30_000] },
      { item: "L4", source: "akke", amounts: [100_000, 100_000, 50_000] },
      { item: "L4", source: "eu-other", amounts: [50_000, 50_000, 0] },
    ],
  },
];

/** The demo file with deliberate mistakes: Pohjois-Karjala, in Finnish. */
export const MESSY_REGION: SampleRegion = {
  region: "MK12",
  lang: "fi",
  contact: "Kehittämispäällikkö, Pohjois-Karjalan maakuntaliitto",
  programme: "POKAT 2025",
  items: [
    {
      id: "1",
      theme: "labour-availability",
      objective: "Työvoiman saatavuus paranee itärajan sulkemisen jälkeen",
      measure: "Itärajan alueiden erityisohjelma",
      level: "both",
      lead: "TEM",
      indicator: "Työllisyysaste (%)",
      baseline: 68,
      target: 72,
      targetYear: 2028,
    },
    {
      id: "2",
      theme: "bio-circular-economy",
      objective: "Metsäbiotalouden uudet tuotteet",
      measure: "Biotalousstrategian alueellinen toimeenpano",
      level: "both",
      lead: "MMM",
      indicator: "Uudet biotuotetehtaat",
      baseline: 0,
      target: 2,
      targetYear: 2029,
    },
    {
      id: "3",
      theme: "rdi",
      objective: "Yritysten TKI-investoinnit kasvavat",
      level: "regional",
      lead: "TEM",
      indicator: "Yritysten TKI-menot (milj. €)",
      baseline: 60,
      target: 80,
      targetYear: 2030,
    },
  ],
  funding: [
    { item: "1", source: "akke", amounts: [150_000, 150_000, 100_000] },
    { item: "2", source: "akke", amounts: [120_000, 100_000, 80_000] },
    { item: "3", source: "akke", amounts: [100_000, 100_000, 140_000] },
    { item: "3", source: "municipalities", amounts: [40_000, 40_000, 40_000] },
    { item: "1", source: "municipalities", amounts: [50_000, 50_000, 25_000] },
    { item: "2", source: "own", amounts: [30_000, 30_000, 30_000] },
  ],
};
