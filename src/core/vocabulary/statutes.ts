import type { Labels, Lang } from "../model/lang";
import type { MinistryCode } from "./ministries";

/**
 * The statutes regions commonly name in their legislative change requests, with the
 * ministry that owns each (docs/memo.md lists the sources and which entries to check
 * against Finlex before a release). The memo groups requests by statute and owning
 * ministry; a number missing here is listed under "ministry not identified".
 */
export interface StatuteEntry {
  /** `380/2023`: number / year of the Finnish Statute Book. */
  readonly number: string;
  readonly ministry: MinistryCode;
  /** The title as a list shows it: fi `laki työvoimapalvelujen järjestämisestä`. */
  readonly title: Labels;
  /**
   * The title as "changes to …" needs it: fi illative (`lakiin työvoimapalvelujen
   * järjestämisestä`), sv definite (`lagen om …`), en with its article (`the Act on …`).
   */
  readonly changesTo: Labels;
}

function statute(
  number: string,
  ministry: MinistryCode,
  fi: readonly [string, string],
  sv: readonly [string, string],
  en: readonly [string, string],
): StatuteEntry {
  return {
    number,
    ministry,
    title: { fi: fi[0], sv: sv[0], en: en[0] },
    changesTo: { fi: fi[1], sv: sv[1], en: en[1] },
  };
}

/** `laki X` → `lakiin X`; `…laki` → `…lakiin`. */
function lakiin(title: string): string {
  return title.startsWith("laki ") ? `lakiin ${title.slice(5)}` : `${title}in`;
}

function fi(title: string): readonly [string, string] {
  return [title, lakiin(title)];
}

/** Swedish titles in the form a sentence uses them: `lagen om …`, `utlänningslagen`. */
function sv(title: string, definite: string): readonly [string, string] {
  return [title, definite];
}

/** English titles; the sentence adds "the". */
function en(title: string): readonly [string, string] {
  return [title, `the ${title}`];
}

export const STATUTES: readonly StatuteEntry[] = [
  statute(
    "756/2021",
    "TEM",
    fi(
      "laki alueiden kehittämisestä ja Euroopan unionin alue- ja rakennepolitiikan toimeenpanosta",
    ),
    sv(
      "lag om utveckling av regionerna och genomförande av Europeiska unionens regional- och strukturpolitik",
      "lagen om utveckling av regionerna och genomförande av Europeiska unionens regional- och strukturpolitik",
    ),
    en(
      "Act on Regional Development and the Implementation of the European Union's Regional and Structural Policy",
    ),
  ),
  statute(
    "757/2021",
    "TEM",
    fi(
      "laki alueiden kehittämisen ja Euroopan unionin alue- ja rakennepolitiikan hankkeiden rahoittamisesta",
    ),
    sv(
      "lag om finansiering av regionutveckling och av projekt inom Europeiska unionens regional- och strukturpolitik",
      "lagen om finansiering av regionutveckling och av projekt inom Europeiska unionens regional- och strukturpolitik",
    ),
    en(
      "Act on the Financing of Regional Development and Projects under the European Union's Regional and Structural Policy",
    ),
  ),
  statute(
    "380/2023",
    "TEM",
    fi("laki työvoimapalvelujen järjestämisestä"),
    sv("lag om ordnande av arbetskraftsservice", "lagen om ordnande av arbetskraftsservice"),
    en("Act on the Organisation of Employment Services"),
  ),
  statute(
    "681/2023",
    "TEM",
    fi("laki kotoutumisen edistämisestä"),
    sv("lag om främjande av integration", "lagen om främjande av integration"),
    en("Act on the Promotion of Integration"),
  ),
  statute(
    "1397/2016",
    "TEM",
    fi("laki julkisista hankinnoista ja käyttöoikeussopimuksista"),
    sv(
      "lag om offentlig upphandling och koncession",
      "lagen om offentlig upphandling och koncession",
    ),
    en("Act on Public Procurement and Concession Contracts"),
  ),
  statute(
    "301/2004",
    "SM",
    fi("ulkomaalaislaki"),
    sv("utlänningslag", "utlänningslagen"),
    en("Aliens Act"),
  ),
  statute(
    "410/2015",
    "VM",
    fi("kuntalaki"),
    sv("kommunallag", "kommunallagen"),
    en("Local Government Act"),
  ),
  statute(
    "688/2001",
    "VM",
    fi("valtionavustuslaki"),
    sv("statsunderstödslag", "statsunderstödslagen"),
    en("Act on Discretionary Government Transfers"),
  ),
  statute(
    "531/2017",
    "OKM",
    fi("laki ammatillisesta koulutuksesta"),
    sv("lag om yrkesutbildning", "lagen om yrkesutbildning"),
    en("Act on Vocational Education and Training"),
  ),
  statute(
    "558/2009",
    "OKM",
    fi("yliopistolaki"),
    sv("universitetslag", "universitetslagen"),
    en("Universities Act"),
  ),
  statute(
    "932/2014",
    "OKM",
    fi("ammattikorkeakoululaki"),
    sv("yrkeshögskolelag", "yrkeshögskolelagen"),
    en("Universities of Applied Sciences Act"),
  ),
  statute("587/2011", "MMM", fi("vesilaki"), sv("vattenlag", "vattenlagen"), en("Water Act")),
  statute(
    "503/2005",
    "LVM",
    fi("laki liikennejärjestelmästä ja maanteistä"),
    sv("lag om trafiksystem och landsvägar", "lagen om trafiksystem och landsvägar"),
    en("Act on the Transport System and Highways"),
  ),
  statute("110/2007", "LVM", fi("ratalaki"), sv("banlag", "banlagen"), en("Railway Act")),
  statute(
    "320/2017",
    "LVM",
    fi("laki liikenteen palveluista"),
    sv("lag om transportservice", "lagen om transportservice"),
    en("Act on Transport Services"),
  ),
  statute(
    "917/2014",
    "LVM",
    fi("laki sähköisen viestinnän palveluista"),
    sv(
      "lag om tjänster inom elektronisk kommunikation",
      "lagen om tjänster inom elektronisk kommunikation",
    ),
    en("Act on Electronic Communications Services"),
  ),
  statute(
    "1290/2002",
    "STM",
    fi("työttömyysturvalaki"),
    sv("lag om utkomstskydd för arbetslösa", "lagen om utkomstskydd för arbetslösa"),
    en("Unemployment Security Act"),
  ),
  statute(
    "612/2021",
    "STM",
    fi("laki sosiaali- ja terveydenhuollon järjestämisestä"),
    sv("lag om ordnande av social- och hälsovård", "lagen om ordnande av social- och hälsovård"),
    en("Act on Organising Social Welfare and Health Care"),
  ),
  statute(
    "527/2014",
    "YM",
    fi("ympäristönsuojelulaki"),
    sv("miljöskyddslag", "miljöskyddslagen"),
    en("Environmental Protection Act"),
  ),
  statute("751/2023", "YM", fi("rakentamislaki"), sv("bygglag", "bygglagen"), en("Building Act")),
];

const BY_NUMBER = new Map<string, StatuteEntry>(STATUTES.map((s) => [s.number, s]));

/**
 * The statute number a cell names, as `380/2023`: the first `number/year` in the text, with
 * section marks, `§`, `L`, `laki` and spaces around the slash ignored; null without one.
 */
export function statuteNumber(text: string): string | null {
  const match = /(?:^|[^\d/])0*(\d{1,4})\s*\/\s*((?:19|20)\d\d)(?!\d)/.exec(text);
  return match === null ? null : `${match[1]}/${match[2]}`;
}

/** The table's entry for a statute number (`380/2023`), or undefined when it is not listed. */
export function findStatute(number: string): StatuteEntry | undefined {
  return BY_NUMBER.get(number);
}

/** `laki työvoimapalvelujen järjestämisestä (380/2023)` in the language; the number alone when unknown. */
export function statuteTitle(number: string, lang: Lang): string {
  const entry = findStatute(number);
  return entry === undefined ? number : `${entry.title[lang]} (${number})`;
}
