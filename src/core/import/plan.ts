/**
 * The one write plan of an import: a normalised regional sheet per proposal, the old sheet
 * of a region already in the workbook kept (renamed, hidden, registered as `backup`, so it
 * is never counted twice), and the import log (a registered `log` sheet) with where each
 * sheet came from. The lists sheet the template's dropdowns need is added when missing.
 */
import { paneImportText } from "../i18n/messages/paneImport";
import { rangeToA1 } from "../model/address";
import type { PlanCell } from "../model/cell";
import type { Lang } from "../model/lang";
import type { SheetSpec, WritePlan } from "../model/plan";
import { hashValues } from "../model/registry";
import type { RegionProposal, RoundSettings } from "../model/round";
import {
  REGISTRY_SCHEMA_VERSION,
  type RegistryRow,
  type WorkbookSnapshot,
} from "../model/snapshot";
import { recogniseWorkbook, type RecognisedProposal } from "../recognise/recognise";
import { validateRound } from "../rules/validateRound";
import { cellText } from "../rules/proposal/cells";
import { firstPerRegion } from "../model/firstPerRegion";
import { columnWidths } from "../templates/columnWidths";
import { LISTS_SHEET_NAME } from "../templates/listsSheet";
import { listsSheetFor, proposalSheetBase } from "../templates/proposal";
import { settingsSheetFrom } from "../templates/settings";
import { templatesMsg } from "../templates/text";
import {
  freeSheetName,
  MAX_SHEET_NAME_LENGTH,
  sameSheetName,
  workbookNameKey,
} from "../model/sheetNames";
import type { RegionCode } from "../vocabulary/regions";
import { normaliseProposal } from "./normalise";
import { importLang } from "./workbookLang";

/** A file picked for import, with its provenance, and the sheet taken from it. */
interface PickedSheet {
  readonly file: string;
  readonly size: number;
  /** Hex SHA-256 of the file's bytes. */
  readonly sha256: string;
  /** ISO time the file was read. */
  readonly time: string;
  readonly snapshot: WorkbookSnapshot;
  /** The proposal or settings sheet in the file. */
  readonly sheet: string;
}

/** One proposal to import, with the provenance of its file. */
export interface ProposalSource extends PickedSheet {
  readonly proposal: RegionProposal & { readonly region: string };
}

/** A round settings file picked with the proposals: written as the workbook's settings sheet. */
export interface SettingsSource extends PickedSheet {
  readonly kind: "settings";
  readonly settings: RoundSettings;
}

/** What an import writes: proposals, and at most one round settings file. */
export type ImportSource = ProposalSource | SettingsSource;

function isSettingsSource(source: ImportSource): source is SettingsSource {
  return "kind" in source && source.kind === "settings";
}

export interface ImportOptions {
  /**
   * The UI language. The sheets are written in the language of the workbook's proposals
   * (`importLang`), in this one only when the workbook has none.
   */
  readonly lang: Lang;
  /** ISO time of the import, for the registry. */
  readonly time: string;
  /** `2026-11-28`, for the backup sheets' names. */
  readonly today: string;
  readonly fallbackYear: number;
}

export interface ImportedSheet {
  readonly file: string;
  /** The region's code; "" for the round settings. */
  readonly region: string;
  /** Set for the round settings sheet; absent for a proposal. */
  readonly kind?: "settings";
  readonly sheet: string;
  /** The old sheet of the region, as renamed; null when the region was new. */
  readonly backup: string | null;
}

export interface ImportPlan {
  readonly plan: WritePlan;
  /** The language the sheets, their headers and the log are written in. */
  readonly lang: Lang;
  readonly imported: readonly ImportedSheet[];
  readonly logSheet: string;
}

const IMPORT_LOG_TABLE = "ra_import_log";
const LOG_COLUMNS = ["file", "size", "sha256", "time", "region", "sheet", "backup"] as const;

/** The proposal sheets of the workbook by region, registered sheets (backups) left out. */
export function proposalsByRegion(workbook: WorkbookSnapshot): Map<string, string> {
  const { proposals } = validateRound([{ file: workbook.file, snapshot: workbook }]);
  const { first } = firstPerRegion(proposals, (proposal) => proposal.region);
  return new Map([...first].map(([region, proposal]) => [region, proposal.sheet]));
}

/** `Esitys MK02 (vanha 2026-11-28)`: the old name cut so that the whole fits in 31 characters. */
function backupSheetName(
  name: string,
  oldWord: string,
  today: string,
  taken: readonly string[],
): string {
  const suffix = ` (${oldWord} ${today})`;
  const head = name.slice(0, Math.max(1, MAX_SHEET_NAME_LENGTH - suffix.length)).trimEnd();
  return freeSheetName(`${head}${suffix}`, taken);
}

function text(value: string): PlanCell {
  return { kind: "text", text: value };
}

/** Rows already in an earlier import log (below its header), kept as they are. */
function earlierLogRows(workbook: WorkbookSnapshot, logSheet: string | null): PlanCell[][] {
  if (logSheet === null) return [];
  const sheet = workbook.sheets.find((s) => sameSheetName(s.name, logSheet));
  if (!sheet) return [];
  return sheet.cells
    .slice(1)
    .map((row) =>
      LOG_COLUMNS.map((column, i) =>
        column === "size" && row[i]?.kind === "number"
          ? ({ kind: "number", value: (row[i] as { value: number }).value } as PlanCell)
          : text(cellText(row[i])),
      ),
    )
    .filter((row) => row.some((cell) => (cell.kind === "text" ? cell.text !== "" : true)));
}

function logSheet(
  name: string,
  lang: Lang,
  rows: PlanCell[][],
  mode: "add" | "replace",
): SheetSpec {
  const header = LOG_COLUMNS.map((column) =>
    text(paneImportText(lang, `paneImport.log.${column}`)),
  );
  const cells = [header, ...rows];
  return {
    name,
    mode,
    blocks: [{ topLeft: "A1", cells }],
    tables: [
      {
        name: IMPORT_LOG_TABLE,
        range: rangeToA1({
          top: 0,
          left: 0,
          bottom: Math.max(1, cells.length - 1),
          right: LOG_COLUMNS.length - 1,
        }),
        style: "TableStyleLight9",
        showFilterButton: true,
      },
    ],
    freeze: { rows: 1, cols: 0 },
    columnWidths: columnWidths([32, 12, 66, 22, 10, 30, 30]),
  };
}

function recognisedProposal(source: ImportSource): RecognisedProposal | null {
  const found = recogniseWorkbook(source.snapshot).find(
    (r) => r.kind === "proposal" && sameSheetName(r.sheet, source.sheet),
  );
  return found?.kind === "proposal" ? found : null;
}

/** The spec with each table renamed `name_2`, `name_3` … where a table of the workbook has its name. */
function withFreeTableNames(spec: SheetSpec, taken: Set<string>): SheetSpec {
  const tables = (spec.tables ?? []).map((table) => {
    let name = table.name;
    for (let k = 2; taken.has(workbookNameKey(name)); k += 1) name = `${table.name}_${k}`;
    taken.add(workbookNameKey(name));
    return name === table.name ? table : { ...table, name };
  });
  return { ...spec, tables };
}

/**
 * The plan for `sources` against `workbook`. Of two sources for one region only the first
 * is imported: the caller asks the user which one.
 */
export function buildImportPlan(
  workbook: WorkbookSnapshot,
  sources: readonly ImportSource[],
  options: ImportOptions,
): ImportPlan {
  const lang = importLang(workbook, options.lang);
  const taken = workbook.sheets.map((s) => s.name);
  // A backup keeps its tables, named after the sheet name the new sheet takes over.
  const tablesTaken = new Set(
    workbook.sheets.flatMap((s) => s.tables.map((t) => workbookNameKey(t.name))),
  );
  const existing = proposalsByRegion(workbook);
  const sheets: SheetSpec[] = [];
  const renames: { from: string; to: string; visibility: "hidden" }[] = [];
  const registry: RegistryRow[] = [];
  const imported: ImportedSheet[] = [];
  const logRows: PlanCell[][] = [];
  const registryRow = (sheet: string, role: RegistryRow["role"], hash = ""): RegistryRow => ({
    sheet,
    role,
    hash,
    schemaVersion: REGISTRY_SCHEMA_VERSION,
    time: options.time,
  });

  const readable = sources.flatMap((source) => {
    if (isSettingsSource(source)) return [];
    const recognised = recognisedProposal(source);
    const sheet = source.snapshot.sheets.find((s) => sameSheetName(s.name, source.sheet));
    return recognised && sheet ? [{ source, recognised, sheet }] : [];
  });
  const { first } = firstPerRegion(readable, ({ source }) => source.proposal.region);
  for (const { source, recognised, sheet } of first.values()) {
    const region = source.proposal.region;

    let backup: string | null = null;
    const old = existing.get(region);
    if (old !== undefined) {
      backup = backupSheetName(
        old,
        paneImportText(lang, "paneImport.sheet.old"),
        options.today,
        taken,
      );
      renames.push({ from: old, to: backup, visibility: "hidden" });
      registry.push(registryRow(backup, "backup"));
      taken.splice(
        taken.findIndex((name) => sameSheetName(name, old)),
        1,
        backup,
      );
    }
    const name = freeSheetName(proposalSheetBase(lang, region as RegionCode), taken);
    taken.push(name);
    sheets.push(
      withFreeTableNames(
        normaliseProposal(sheet, recognised, source.proposal, {
          name,
          lang,
          fallbackYear: options.fallbackYear,
        }),
        tablesTaken,
      ),
    );
    imported.push({ file: source.file, region, sheet: name, backup });
    logRows.push([
      text(source.file),
      { kind: "number", value: source.size, format: "0" },
      text(source.sha256),
      text(source.time),
      text(region),
      text(name),
      text(backup ?? ""),
    ]);
  }

  // The round settings: the first settings source, written as the workbook's settings sheet;
  // a settings sheet already there is kept as a hidden backup, as an old proposal is.
  const settingsSource = sources.find(isSettingsSource);
  if (settingsSource !== undefined) {
    let backup: string | null = null;
    const old = recogniseWorkbook(workbook).find((r) => r.kind === "settings");
    if (old !== undefined) {
      backup = backupSheetName(
        old.sheet,
        paneImportText(lang, "paneImport.sheet.old"),
        options.today,
        taken,
      );
      renames.push({ from: old.sheet, to: backup, visibility: "hidden" });
      registry.push(registryRow(backup, "backup"));
      taken.splice(
        taken.findIndex((name) => sameSheetName(name, old.sheet)),
        1,
        backup,
      );
    }
    const name = freeSheetName(templatesMsg(lang, "templates.sheet.settings"), taken);
    taken.push(name);
    sheets.push(
      withFreeTableNames(settingsSheetFrom(name, settingsSource.settings, lang), tablesTaken),
    );
    imported.push({ file: settingsSource.file, region: "", kind: "settings", sheet: name, backup });
    logRows.push([
      text(settingsSource.file),
      { kind: "number", value: settingsSource.size, format: "0" },
      text(settingsSource.sha256),
      text(settingsSource.time),
      text(""),
      text(name),
      text(backup ?? ""),
    ]);
  }

  const registeredLog = workbook.registry.find(
    (row) => row.role === "log" && workbook.sheets.some((s) => sameSheetName(s.name, row.sheet)),
  );
  const logName =
    registeredLog?.sheet ?? freeSheetName(paneImportText(lang, "paneImport.sheet.log"), taken);
  const allRows = [...earlierLogRows(workbook, registeredLog?.sheet ?? null), ...logRows];
  // The old log keeps its table until the new one replaces it: Excel refuses two of one name.
  const log = withFreeTableNames(
    logSheet(logName, lang, allRows, registeredLog ? "replace" : "add"),
    tablesTaken,
  );
  registry.push(registryRow(logName, "log", hashValues(log.blocks[0].cells)));

  const lists = workbook.sheets.some((s) => sameSheetName(s.name, LISTS_SHEET_NAME))
    ? null
    : listsSheetFor({ listsSheetExists: false, time: options.time });
  if (lists) registry.push(lists.registry);

  if (imported.length === 0) return { plan: {}, lang, imported, logSheet: logName };
  return {
    lang,
    plan: {
      sheets: [...sheets, log, ...(lists ? [lists.sheet] : [])],
      renames,
      registry,
      activate: {
        sheet: (imported.find((i) => i.kind === undefined) ?? imported[0]).sheet,
        select: "B3",
      },
    },
    imported,
    logSheet: logName,
  };
}
