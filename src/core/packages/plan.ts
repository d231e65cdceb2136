import { dateCell, moneyCell, moneyFormat, textCell, EMPTY_CELL } from "../consolidate/cells";
import { Grid } from "../consolidate/grid";
import { sheetHash, valuesOf } from "../consolidate/hash";
import { msg as consolidateMsg, namer, type Namer } from "../consolidate/text";
import type { ConsolidatedItem, Consolidation } from "../consolidate/types";
import { itemValueName, ministryAbbreviation, ministryName } from "../consolidate/vocab";
import { rangeToA1, toA1 } from "../model/address";
import type { PlanCell } from "../model/cell";
import type { Lang } from "../model/lang";
import type { ColumnWidth, ListValidationSpec, SheetSpec, WritePlan } from "../model/plan";
import type { RoundSettings } from "../model/round";
import { REGISTRY_SCHEMA_VERSION, type RegistryRow } from "../model/snapshot";
import { labelsFor, type LabelKey } from "../recognise/labels";
import { listName, listsSheet, prompt, DEFAULT_TEMPLATE_THEMES } from "../templates";
import { akkeCentsOf } from "../consolidate/money";
import {
  itemContentHash,
  packageContents,
  PACKAGE_PARTS,
  type PackageContents,
  type PackagePart,
  type StatuteOwner,
} from "./contents";
import {
  FILL_KEYS,
  header,
  packagesMsg,
  PACKAGE_INFO_SHEET,
  PACKAGE_KIND,
  PACKAGE_SCHEMA_VERSION,
  type FillKey,
} from "./columns";
import { roundIdentity } from "./identity";

export interface PackageOptions {
  readonly lang: Lang;
  /** ISO 8601 time of the write, for the registry and the package's identity. */
  readonly time: string;
  /** Excel date serial of the day the package is made, shown on the cover. */
  readonly date: number;
  readonly statuteOwner?: StatuteOwner;
}

/** One ministry's package: the file name it is offered under and what it holds. */
export interface MinistryPackage {
  readonly ministry: string;
  readonly fileName: string;
  readonly plan: WritePlan;
  /** Rows per table. */
  readonly rows: Readonly<Record<PackagePart, number>>;
}

const EMPTY_TEXT: PlanCell = { kind: "text", text: "" };

const SHEET_KEYS = {
  lead: "packages.sheet.lead",
  participating: "packages.sheet.participating",
  legislation: "packages.sheet.legislation",
  expert: "packages.sheet.expert",
} as const;

const TABLE_NAMES: Record<PackagePart, string> = {
  lead: "RaPackageLead",
  participating: "RaPackageParticipating",
  legislation: "RaPackageLegislation",
  expert: "RaPackageExpert",
};

function packageSheetName(part: PackagePart, lang: Lang): string {
  return packagesMsg(lang, SHEET_KEYS[part]);
}

/** `TEM-valmistelu.xlsx`, `ANM-beredning.xlsx`, `TEM-preparation.xlsx`. */
export function packageFileName(ministry: string, lang: Lang): string {
  return packagesMsg(lang, "packages.file", { ministry: ministryAbbreviation(ministry, lang) });
}

/** Every package of the round (docs/design.md § 7.1, docs/packages.md), one per ministry it concerns. */
export function packagePlans(
  consolidation: Consolidation,
  settings: RoundSettings,
  options: PackageOptions,
): MinistryPackage[] {
  return packageContents(consolidation, options.statuteOwner).map((contents) =>
    packagePlan(contents, settings, options),
  );
}

interface Column {
  readonly header: string;
  readonly width: number;
  readonly cell: (item: ConsolidatedItem) => PlanCell;
  readonly fill?: FillKey;
}

function itemColumns(part: PackagePart, n: Namer, money: string): Column[] {
  const lang = n.lang;
  const label = (key: LabelKey): string => labelsFor(key, lang);
  const textOf = (key: LabelKey, get: (ci: ConsolidatedItem) => string, width = 30): Column => ({
    header: label(key),
    width,
    cell: (ci) => textCell(get(ci)),
  });
  const extra: Column[] =
    part === "legislation"
      ? [
          textOf("statute", (ci) => ci.item.statute, 18),
          textOf("legislation", (ci) => ci.item.legislation, 40),
        ]
      : part === "expert"
        ? [textOf("expertSupport", (ci) => ci.item.expertSupport, 40)]
        : [];
  return [
    { header: header("regionCode", lang), width: 8, cell: (ci) => textCell(ci.region) },
    {
      header: label("region"),
      width: 18,
      cell: (ci) => textCell(n.region(ci.region)),
    },
    { header: header("itemId", lang), width: 7, cell: (ci) => textCell(ci.item.itemId) },
    {
      header: label("theme"),
      width: 24,
      cell: (ci) => textCell(ci.item.theme === null ? "" : n.theme(ci.item.theme)),
    },
    textOf("level", (ci) => (ci.item.level ? itemValueName("level", ci.item.level, lang) : ""), 14),
    textOf("objective", (ci) => ci.item.objective, 36),
    textOf("regionalNeed", (ci) => ci.item.regionalNeed, 32),
    textOf("nationalMeasure", (ci) => ci.item.nationalMeasure, 32),
    ...extra,
    textOf("leadMinistry", (ci) => n.ministry(ci.item.leadMinistry), 10),
    textOf("otherMinistries", (ci) => ci.item.otherMinistries.map(n.ministry).join(", "), 14),
    {
      header: consolidateMsg(lang, "consolidate.col.akke"),
      width: 14,
      cell: (ci) => moneyCell(akkeCentsOf(ci), money),
    },
    {
      header: consolidateMsg(lang, "consolidate.col.other"),
      width: 16,
      cell: (ci) => moneyCell(ci.totalCents - akkeCentsOf(ci), money),
    },
    ...FILL_KEYS.map((key): Column => ({
      header: header(key, lang),
      width: key === "reasoning" ? 40 : 20,
      cell: () => (key === "position" || key === "followUp" ? EMPTY_CELL : EMPTY_TEXT),
      fill: key,
    })),
    { header: header("check", lang), width: 10, cell: (ci) => textCell(itemContentHash(ci)) },
  ];
}

function partSheet(part: PackagePart, items: readonly ConsolidatedItem[], n: Namer): SheetSpec {
  const lang = n.lang;
  const money = moneyFormat(items.flatMap((ci) => [akkeCentsOf(ci), ci.totalCents]));
  const columns = itemColumns(part, n, money);
  const g = new Grid();
  g.add(columns.map((c) => textCell(c.header)));
  for (const ci of items) g.add(columns.map((c) => c.cell(ci)));
  // An Excel table needs a data row: an empty table gets one blank row, which has no key.
  if (items.length === 0)
    g.add(
      columns.map((c) =>
        c.fill === "reasoning" || c.fill === "contact" ? EMPTY_TEXT : EMPTY_CELL,
      ),
    );
  const last = g.next - 1;
  const columnRange = (col: number): string =>
    rangeToA1({ top: 1, left: col, bottom: last, right: col });
  const fillColumns = columns.flatMap((c, col) => (c.fill ? [{ key: c.fill, col }] : []));
  const dropdown = (key: FillKey, col: number): ListValidationSpec[] => {
    if (key !== "position" && key !== "followUp") return [];
    const list = key === "position" ? "ministryPosition" : "nationalFollowUp";
    return [
      {
        range: columnRange(col),
        source: { kind: "name", name: listName(lang, list) },
        allowBlank: true,
        prompt: prompt(lang, list),
        errorStyle: "warning",
      },
    ];
  };
  const widths: ColumnWidth[] = columns.map((c, col) => ({ col, width: c.width }));
  const name = packageSheetName(part, lang);
  return {
    name,
    mode: "add",
    blocks: [g.block()],
    tables: [
      {
        name: TABLE_NAMES[part],
        range: rangeToA1({ top: 0, left: 0, bottom: last, right: columns.length - 1 }),
        style: part === "lead" ? "TableStyleMedium2" : "TableStyleMedium4",
        showFilterButton: true,
      },
    ],
    validations: fillColumns.flatMap(({ key, col }) => dropdown(key, col)),
    freeze: { rows: 1, cols: 3 },
    columnWidths: widths,
    protection: { unlocked: fillColumns.map(({ col }) => columnRange(col)) },
  };
}

function coverSheet(
  contents: PackageContents,
  settings: RoundSettings,
  options: PackageOptions,
): SheetSpec {
  const { lang } = options;
  const g = new Grid();
  const ministry = `${ministryAbbreviation(contents.ministry, lang)} ${ministryName(contents.ministry, lang)}`;
  g.add([textCell(packagesMsg(lang, "packages.title", { ministry }))]);
  g.blank();
  const field = (label: string, value: PlanCell): number => g.add([textCell(label), value]);
  field(labelsFor("round", lang), textCell(settings.round));
  field(labelsFor("referenceNumber", lang), textCell(settings.referenceNumber));
  field(packagesMsg(lang, "packages.cover.ministry"), textCell(ministry));
  const deadlineRow = field(
    packagesMsg(lang, "packages.cover.deadline"),
    dateCell(settings.deadline),
  );
  const contactRow = field(packagesMsg(lang, "packages.cover.contact"), EMPTY_TEXT);
  field(packagesMsg(lang, "packages.cover.prepared"), dateCell(options.date));
  g.blank();
  g.add([textCell(packagesMsg(lang, "packages.cover.whatToFill"))]);
  const names = {
    position: header("position", lang),
    reasoning: header("reasoning", lang),
    followUp: header("followUp", lang),
    contact: header("contact", lang),
  };
  g.add([textCell(`1. ${packagesMsg(lang, "packages.cover.step1", names)}`)]);
  g.add([textCell(`2. ${packagesMsg(lang, "packages.cover.step2")}`)]);
  g.add([textCell(`3. ${packagesMsg(lang, "packages.cover.step3")}`)]);
  g.blank();
  g.add([textCell(packagesMsg(lang, "packages.cover.contents"))]);
  for (const part of PACKAGE_PARTS)
    g.add([
      textCell(
        packagesMsg(lang, "packages.cover.count", {
          sheet: packageSheetName(part, lang),
          n: contents.parts[part].length,
        }),
      ),
    ]);
  return {
    name: packagesMsg(lang, "packages.sheet.cover"),
    mode: "add",
    blocks: [g.block()],
    columnWidths: [
      { col: 0, width: 32 },
      { col: 1, width: 48 },
    ],
    protection: {
      unlocked: [toA1({ row: deadlineRow, col: 1 }), toA1({ row: contactRow, col: 1 })],
    },
  };
}

/** The very hidden sheet that makes a returned workbook known as this round's package of this ministry. */
function infoSheet(
  contents: PackageContents,
  settings: RoundSettings,
  options: PackageOptions,
): SheetSpec {
  const identity = roundIdentity(settings);
  const pairs: [string, PlanCell][] = [
    ["kind", textCell(PACKAGE_KIND)],
    ["schemaVersion", { kind: "number", value: PACKAGE_SCHEMA_VERSION }],
    ["ministry", textCell(contents.ministry)],
    ["round", textCell(identity.round)],
    ["referenceNumber", textCell(identity.referenceNumber)],
    ["roundHash", textCell(identity.hash)],
    ["lang", textCell(options.lang)],
    ["time", textCell(options.time)],
  ];
  return {
    name: PACKAGE_INFO_SHEET,
    mode: "add",
    visibility: "veryHidden",
    blocks: [{ topLeft: "A1", cells: pairs.map(([key, value]) => [textCell(key), value]) }],
  };
}

/**
 * One ministry's package as a write plan for a new workbook: the cover, the four tables
 * (protected but for the fill-in columns), the lists the dropdowns read, the package's
 * identity, and every sheet registered so that it is never read as a regional proposal.
 */
function packagePlan(
  contents: PackageContents,
  settings: RoundSettings,
  options: PackageOptions,
): MinistryPackage {
  const n = namer(settings, options.lang);
  const sheets: SheetSpec[] = [
    coverSheet(contents, settings, options),
    ...PACKAGE_PARTS.map((part) => partSheet(part, contents.parts[part], n)),
    infoSheet(contents, settings, options),
  ];
  const registered = (sheet: SheetSpec): RegistryRow => ({
    sheet: sheet.name,
    role: "generated",
    hash: sheetHash(valuesOf(sheet.blocks)),
    schemaVersion: REGISTRY_SCHEMA_VERSION,
    time: options.time,
  });
  const lists = listsSheet(settings.themes ?? DEFAULT_TEMPLATE_THEMES, { time: options.time });
  return {
    ministry: contents.ministry,
    fileName: packageFileName(contents.ministry, options.lang),
    plan: {
      sheets: [...sheets, lists.sheet],
      registry: [...sheets.map(registered), lists.registry],
      activate: { sheet: sheets[0].name, select: "A1" },
    },
    rows: {
      lead: contents.parts.lead.length,
      participating: contents.parts.participating.length,
      legislation: contents.parts.legislation.length,
      expert: contents.parts.expert.length,
    },
  };
}
