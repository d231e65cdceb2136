/**
 * The self-check: runs, in the user's real Excel, each Office.js behaviour the adapter relies
 * on (docs/excel-decisions.md), on a scratch sheet it deletes again, and reports pass or fail
 * for each with where it ran. Each check is its own batch, so one failure does not hide the
 * others.
 */
import { MAX_ROWS, MAX_COLS } from "../../core/model/address";
import { markerFormula, type WritePlan } from "../../core/model/plan";
import type { PlanCell } from "../../core/model/cell";
import { applyPlan } from "./applyPlan";
import { isPayloadTooLarge } from "./errors";
import { findAreaSeparator, isMarkerFormula, readMarkers } from "./markers";
import type { ExcelRun } from "./officeHost";
import {
  SELF_CHECKS,
  type SelfCheckEnvironment,
  type SelfCheckId,
  type SelfCheckOptions,
  type SelfCheckReport,
  type SelfCheckResult,
} from "../selfCheck";
import { readWorkbook } from "./readWorkbook";
import { sameSheetName, sheetNameKey } from "../../core/model/sheetNames";

export {
  SELF_CHECKS,
  type SelfCheckEnvironment,
  type SelfCheckId,
  type SelfCheckOptions,
  type SelfCheckReport,
  type SelfCheckResult,
};

interface Outcome {
  readonly passed: boolean;
  readonly detail: string;
}

interface CheckContext {
  readonly run: ExcelRun;
  /** The scratch sheet's name. */
  readonly sheet: string;
  readonly eventWaitMs: number;
}

const SCRATCH = "~ra self-check";
const HIDDEN = "~ra self-check hidden";
const NAME = "ra_selfcheck_list";

const text = (value: string): PlanCell => ({ kind: "text", text: value });
const json = (value: unknown): string => JSON.stringify(value);

/** Office's own description of where it runs, where Office.js is loaded. */
function officeDiagnostics(): Pick<
  SelfCheckEnvironment,
  "host" | "platform" | "version" | "displayLanguage"
> {
  if (typeof Office === "undefined")
    return { host: "?", platform: "?", version: "?", displayLanguage: "?" };
  const diagnostics = Office.context.diagnostics as
    { host?: unknown; platform?: unknown; version?: unknown } | undefined;
  return {
    host: String(diagnostics?.host ?? "?"),
    platform: String(diagnostics?.platform ?? "?"),
    version: String(diagnostics?.version ?? "?"),
    displayLanguage: Office.context.displayLanguage || "?",
  };
}

/** Writes raw strings (no `@`) and the adapter's typed cells side by side, and reads both back. */
async function typedWrite(
  ctx: CheckContext,
  row: number,
  raw: string,
  typed: PlanCell,
): Promise<{ raw: { value: unknown; type: string }; typed: { value: unknown; type: string } }> {
  return ctx.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(ctx.sheet);
    const rawCell = sheet.getRangeByIndexes(row, 0, 1, 1);
    rawCell.numberFormat = [["General"]];
    rawCell.values = [[raw]];
    await context.sync();
    await applyPlan(
      context,
      { edits: [{ sheet: ctx.sheet, blocks: [{ topLeft: `B${row + 1}`, cells: [[typed]] }] }] },
      await readWorkbook(context, { onlySheets: [ctx.sheet] }),
    );
    const both = sheet.getRangeByIndexes(row, 0, 1, 2).load("values,valueTypes");
    await context.sync();
    return {
      raw: { value: both.values[0][0], type: String(both.valueTypes[0][0]) },
      typed: { value: both.values[0][1], type: String(both.valueTypes[0][1]) },
    };
  });
}

function typedOutcome(
  seen: Awaited<ReturnType<typeof typedWrite>>,
  rawExpected: { value: unknown; type: string },
  typedExpected: { value: unknown; type: string },
): Outcome {
  const rawOk = seen.raw.value === rawExpected.value && seen.raw.type === rawExpected.type;
  const typedOk =
    seen.typed.value === typedExpected.value && seen.typed.type === typedExpected.type;
  return {
    passed: rawOk && typedOk,
    detail: `without @: ${json(seen.raw.value)} (${seen.raw.type}), expected ${json(rawExpected.value)} (${rawExpected.type}); as the add-in writes text: ${json(seen.typed.value)} (${seen.typed.type}), expected ${json(typedExpected.value)} (${typedExpected.type})`,
  };
}

const CHECKS: Readonly<Record<SelfCheckId, (ctx: CheckContext) => Promise<Outcome>>> = {
  "list-separator": (ctx) =>
    ctx.run(async (context) => {
      const separator = await findAreaSeparator(context, ctx.sheet);
      if (separator === null)
        return { passed: false, detail: "getRanges took neither ',' nor ';' between areas" };
      const formats = context.workbook.worksheets
        .getItem(ctx.sheet)
        .getRanges(`A1:B2${separator}D4`)
        .load("areaCount,address");
      await context.sync();
      return {
        passed: formats.areaCount === 2,
        detail: `areas separated by '${separator}'; address read back: ${formats.address}`,
      };
    }),
  "cell-edit-delay": (ctx) =>
    ctx.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(ctx.sheet).load("name");
      await context.sync();
      return {
        passed: sameSheetName(sheet.name, ctx.sheet),
        detail:
          "a batch run with { delayForCellEdit: true } completed; to see it wait, start typing in a cell before running the check",
      };
    }),
  "cf-ids": (ctx) =>
    ctx.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(ctx.sheet);
      const formats = sheet.getRange("A1:C3").conditionalFormats;
      const user = formats.add("Custom");
      user.custom.rule.formula = "=A1>100";
      user.custom.format.fill.color = "#00FF00";
      const marker = formats.add("Custom");
      marker.custom.rule.formula = markerFormula("error");
      marker.custom.format.fill.color = "#FFC7CE";
      const all = sheet.getRange().conditionalFormats;
      all.load("items/id");
      await context.sync();
      const before = all.items.map((cf) => cf.id);
      const later = formats.add("Custom");
      later.custom.rule.formula = "=A1<-100";
      later.custom.format.fill.color = "#0000FF";
      all.load("items/id");
      await context.sync();
      const after = all.items.map((cf) => cf.id);
      const read = await readMarkers(context, [ctx.sheet]);
      for (const id of read.found.get(ctx.sheet)?.ids ?? [])
        sheet.getRange().conditionalFormats.getItem(id).delete();
      const left = sheet.getRange().conditionalFormats;
      left.load("items/customOrNullObject/rule/formula");
      await context.sync();
      const formulas = left.items.map((cf) =>
        cf.customOrNullObject.isNullObject ? "" : cf.customOrNullObject.rule.formula,
      );
      // Last priority first: deleting one never renumbers another still to go.
      for (const cf of [...left.items].reverse()) cf.delete();
      await context.sync();
      const renumbered = json(before) !== json(after.slice(0, before.length));
      return {
        passed: formulas.length === 2 && formulas.every((f) => f !== "" && !isMarkerFormula(f)),
        detail: `ids ${json(before)}, after adding one ${json(after)} (${renumbered ? "renumbered" : "kept"}); after deleting the marker by its fresh id: ${json(formulas)}`,
      };
    }),
  "null-objects": (ctx) =>
    ctx.run(async (context) => {
      const missing = context.workbook.worksheets
        .getItemOrNullObject("~ra no such sheet")
        .load("name");
      const list = context.workbook.worksheets.load("items/name,items/visibility");
      await context.sync();
      const listed = list.items.some((s) => sameSheetName(s.name, ctx.sheet));
      return {
        passed: missing.isNullObject && listed,
        detail: `getItemOrNullObject of a missing sheet: isNullObject ${missing.isNullObject}; worksheets.load lists ${list.items.length} sheets, the scratch sheet ${listed ? "among them" : "missing"}`,
      };
    }),
  "used-range-limit": (ctx) =>
    ctx.run(async (context) => {
      const far = context.workbook.worksheets
        .getItem(ctx.sheet)
        .getRangeByIndexes(MAX_ROWS - 1, MAX_COLS - 1, 1, 1);
      far.values = [[1]];
      await context.sync();
      let outcome: Outcome;
      try {
        await readWorkbook(context, { onlySheets: [ctx.sheet] });
        outcome = { passed: false, detail: "the sheet was read, not refused" };
      } catch (error) {
        const code = (error as { code?: unknown; range?: unknown }).code;
        const range = (error as { range?: unknown }).range;
        outcome = {
          passed: code === "SheetTooLarge",
          detail: `read refused with ${String(code)}; used range ${String(range)}`,
        };
      }
      far.values = [[""]];
      await context.sync();
      return outcome;
    }),
  "cf-guarded-read": (ctx) =>
    ctx.run(async (context) => {
      const formats = context.workbook.worksheets
        .getItem(ctx.sheet)
        .getRange("A1:A2").conditionalFormats;
      const marker = formats.add("Custom");
      marker.custom.rule.formula = markerFormula("warning");
      marker.custom.format.fill.color = "#FFEB9C";
      await context.sync();
      const read = await readMarkers(context, [ctx.sheet]);
      const found = read.found.get(ctx.sheet);
      for (const id of found?.ids ?? [])
        context.workbook.worksheets
          .getItem(ctx.sheet)
          .getRange()
          .conditionalFormats.getItem(id)
          .delete();
      await context.sync();
      return {
        passed: found?.ids.length === 1,
        detail: `markers found ${found?.ids.length ?? "none (unreadable)"}; sheets unreadable ${json(read.unreadable)}`,
      };
    }),
  "sheet-final-name": (ctx) =>
    ctx.run(async (context) => {
      const list = context.workbook.worksheets.load("items/name");
      await context.sync();
      const found = list.items.some((s) => sameSheetName(s.name, ctx.sheet));
      return {
        passed: found,
        detail: `scratch sheet added as ${json(ctx.sheet)} with no temporary name; Undo after a run shows whether Excel kept the user's undo history`,
      };
    }),
  calculation: (ctx) =>
    ctx.run(async (context) => {
      context.application.load("calculationMode");
      await context.sync();
      const before = context.application.calculationMode;
      const snapshot = await readWorkbook(context, { onlySheets: [ctx.sheet] });
      const plan: WritePlan = {
        edits: [
          {
            sheet: ctx.sheet,
            blocks: [
              {
                topLeft: "H1",
                cells: [
                  [
                    { kind: "number", value: 2 },
                    { kind: "formula", formula: "=H1+1" },
                  ],
                ],
              },
            ],
          },
        ],
      };
      await applyPlan(context, plan, snapshot);
      const result = context.workbook.worksheets.getItem(ctx.sheet).getRange("I1").load("values");
      context.application.load("calculationMode");
      await context.sync();
      const after = context.application.calculationMode;
      return {
        passed: before === after && result.values[0][0] === 3,
        detail: `calculation mode ${before} before, ${after} after; =H1+1 shows ${json(result.values[0][0])}`,
      };
    }),
  events: (ctx) =>
    new Promise<Outcome>((resolve, reject) => {
      let sheetId = "";
      let registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null =
        null;
      let settled = false;
      const finish = (outcome: Outcome): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        const done = registration;
        const removed = done
          ? ctx.run(async (context) => {
              done.remove();
              await context.sync();
            }, done.context)
          : Promise.resolve();
        removed.then(
          () => resolve(outcome),
          () => resolve(outcome),
        );
      };
      const timer = setTimeout(
        () => finish({ passed: false, detail: `no onChanged event within ${ctx.eventWaitMs} ms` }),
        ctx.eventWaitMs,
      );
      ctx
        .run(async (context) => {
          const sheet = context.workbook.worksheets.getItem(ctx.sheet).load("id");
          registration = context.workbook.worksheets.onChanged.add((event) => {
            if (event.worksheetId === sheetId)
              finish({
                passed: true,
                detail: `onChanged for ${event.address} from source ${event.source}`,
              });
            return Promise.resolve();
          });
          await context.sync();
          sheetId = sheet.id;
        })
        .then(() =>
          ctx.run(async (context) => {
            context.workbook.worksheets.getItem(ctx.sheet).getRange("J1").values = [["event"]];
            await context.sync();
          }),
        )
        .catch((error: unknown) => {
          clearTimeout(timer);
          settled = true;
          reject(error instanceof Error ? error : new Error(String(error)));
        });
    }),
  "write-formula": async (ctx) =>
    typedOutcome(
      await typedWrite(ctx, 20, "=1+1", text("=1+1")),
      { value: 2, type: "Double" },
      { value: "=1+1", type: "String" },
    ),
  "write-decimal": async (ctx) =>
    typedOutcome(
      await typedWrite(ctx, 21, "1.1", text("1.1")),
      { value: 1.1, type: "Double" },
      { value: "1.1", type: "String" },
    ),
  "write-boolean": async (ctx) =>
    typedOutcome(
      await typedWrite(ctx, 22, "TRUE", text("TRUE")),
      { value: true, type: "Boolean" },
      { value: "TRUE", type: "String" },
    ),
  "write-leading-zeros": async (ctx) =>
    typedOutcome(
      await typedWrite(ctx, 23, "001", text("001")),
      { value: 1, type: "Double" },
      { value: "001", type: "String" },
    ),
  "write-apostrophe": async (ctx) =>
    typedOutcome(
      await typedWrite(ctx, 24, "'abc", text("'90-luku")),
      { value: "abc", type: "String" },
      { value: "'90-luku", type: "String" },
    ),
  "chunk-reads": (ctx) =>
    ctx.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(ctx.sheet);
      const rows = Array.from({ length: 5 }, (_, r) => [r * 3, r * 3 + 1, r * 3 + 2]);
      sheet.getRangeByIndexes(40, 0, 5, 3).values = rows;
      await context.sync();
      const first = sheet.getRangeByIndexes(40, 0, 2, 3).load("values");
      const second = sheet.getRangeByIndexes(42, 0, 3, 3).load("values");
      await context.sync();
      const read = [...first.values, ...second.values];
      return {
        passed: json(read) === json(rows),
        detail: `two chunks of 2 and 3 rows read back ${json(read)}`,
      };
    }),
  "names-before-validations": (ctx) =>
    ctx.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(ctx.sheet);
      sheet.getRange("L1:L2").values = [["one"], ["two"]];
      context.workbook.names.add(NAME, sheet.getRange("L1:L2"));
      sheet.getRange("M1").dataValidation.rule = {
        list: { inCellDropDown: true, source: `=${NAME}` },
      };
      let outcome: Outcome;
      try {
        await context.sync();
        outcome = { passed: true, detail: `a dropdown naming ${NAME} was set in the same batch` };
      } catch (error) {
        outcome = { passed: false, detail: `refused: ${String((error as Error).message)}` };
      }
      const named = context.workbook.names.getItemOrNullObject(NAME).load("name");
      await context.sync();
      if (!named.isNullObject) {
        named.delete();
        await context.sync();
      }
      return outcome;
    }),
  "very-hidden-sheet": (ctx) =>
    ctx.run(async (context) => {
      const hidden = context.workbook.worksheets.add(HIDDEN);
      hidden.getRange("A1").values = [["registry"]];
      hidden.visibility = "VeryHidden";
      await context.sync();
      const read = context.workbook.worksheets.getItem(HIDDEN).load("visibility");
      const list = context.workbook.worksheets.load("items/name");
      await context.sync();
      const visibility = read.visibility;
      const listed = list.items.some((s) => s.name === HIDDEN);
      context.workbook.worksheets.getItem(HIDDEN).delete();
      await context.sync();
      return {
        passed: visibility === "VeryHidden" && listed,
        detail: `visibility read back ${visibility}; listed by worksheets.load: ${listed}`,
      };
    }),
  hyperlink: (ctx) =>
    ctx.run(async (context) => {
      const quoted = `'${ctx.sheet.replace(/'/g, "''")}'`;
      const cell = context.workbook.worksheets.getItem(ctx.sheet).getRange("N1");
      cell.formulas = [[`=HYPERLINK("#${quoted}!A1","go")`]];
      await context.sync();
      cell.load("values");
      await context.sync();
      return {
        passed: cell.values[0][0] === "go",
        detail: `HYPERLINK to ${quoted}!A1 shows ${json(cell.values[0][0])}`,
      };
    }),
  "payload-too-large": (ctx) =>
    ctx.run(async (context) => {
      const rows = Array.from({ length: 6000 }, () => ["x".repeat(1000)]);
      context.workbook.worksheets.getItem(ctx.sheet).getRangeByIndexes(100, 0, 6000, 1).values =
        rows;
      try {
        await context.sync();
        return {
          passed: true,
          detail: "a 6 MB request was taken: this Excel has no 5 MB limit (desktop)",
        };
      } catch (error) {
        const code = String((error as { code?: unknown }).code);
        return {
          passed: isPayloadTooLarge(error),
          detail: `a 6 MB request was refused with ${code}${isPayloadTooLarge(error) ? ", recognised" : ", NOT recognised as too large"}`,
        };
      }
    }),
};

/** A free name for the scratch sheet. */
async function createScratch(run: ExcelRun): Promise<{ sheet: string; env: SelfCheckEnvironment }> {
  return run(async (context) => {
    const list = context.workbook.worksheets.load("items/name");
    const culture = context.application.cultureInfo.load("name");
    const decimal = context.application.cultureInfo.numberFormat.load("numberDecimalSeparator");
    await context.sync();
    const taken = new Set(list.items.map((s) => sheetNameKey(s.name)));
    let sheet = SCRATCH;
    for (let n = 2; taken.has(sheetNameKey(sheet)); n++) sheet = `${SCRATCH} ${n}`;
    context.workbook.worksheets.add(sheet);
    await context.sync();
    return {
      sheet,
      env: {
        ...officeDiagnostics(),
        culture: culture.name,
        decimalSeparator: decimal.numberDecimalSeparator,
      },
    };
  });
}

/** Deletes the scratch sheets and the check's name, whatever state the checks left. */
async function cleanUp(run: ExcelRun, sheet: string): Promise<void> {
  await run(async (context) => {
    const found = [sheet, HIDDEN].map((name) =>
      context.workbook.worksheets.getItemOrNullObject(name).load("name"),
    );
    const named = context.workbook.names.getItemOrNullObject(NAME).load("name");
    await context.sync();
    if (!named.isNullObject) named.delete();
    for (const proxy of found) if (!proxy.isNullObject) proxy.delete();
    await context.sync();
  });
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * Runs every check on a scratch sheet created for it and deleted afterwards (as is the
 * workbook name one check makes): the user's sheets are not written. Resolves with the report
 * even when checks fail; rejects only when the scratch sheet cannot be made.
 */
export async function runSelfCheck(
  run: ExcelRun,
  options: SelfCheckOptions = {},
): Promise<SelfCheckReport> {
  const started = Date.now();
  const { sheet, env } = await createScratch(run);
  const ctx: CheckContext = { run, sheet, eventWaitMs: options.eventWaitMs ?? 3000 };
  const results: SelfCheckResult[] = [];
  try {
    for (const { id } of SELF_CHECKS) {
      const from = Date.now();
      let outcome: Outcome;
      try {
        outcome = await withTimeout(CHECKS[id](ctx), options.checkTimeoutMs ?? 15_000);
      } catch (error) {
        const code = (error as { code?: unknown } | null)?.code;
        outcome = {
          passed: false,
          detail: `failed: ${code ? `${String(code)}: ` : ""}${error instanceof Error ? error.message : String(error)}`,
        };
      }
      const result: SelfCheckResult = { id, ...outcome, ms: Date.now() - from };
      results.push(result);
      options.onProgress?.(results.length, SELF_CHECKS.length, result);
    }
  } finally {
    await cleanUp(run, sheet);
  }
  return {
    environment: env,
    results,
    startedAt: new Date(started).toISOString(),
    ms: Date.now() - started,
  };
}

/** The report as plain text for a bug report, in English. */
export function selfCheckReportText(report: SelfCheckReport): string {
  const env = report.environment;
  const passed = report.results.filter((r) => r.passed).length;
  const names = new Map<string, string>(SELF_CHECKS.map((c) => [c.id, c.name]));
  return [
    "Regional Agreements for Excel: self-check",
    `Run: ${report.startedAt}, ${(report.ms / 1000).toFixed(1)} s`,
    `Host: ${env.host}; platform: ${env.platform}; version: ${env.version}`,
    `Display language: ${env.displayLanguage}; Excel culture: ${env.culture} (decimal separator ${json(env.decimalSeparator)})`,
    `Result: ${passed} of ${report.results.length} checks passed`,
    "",
    ...report.results.map(
      (r) =>
        `${r.passed ? "PASS" : "FAIL"} ${r.id}: ${names.get(r.id) ?? r.id}\n     ${r.detail} (${r.ms} ms)`,
    ),
    "",
  ].join("\n");
}
