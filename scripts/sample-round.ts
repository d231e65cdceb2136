/**
 * `npm run sample`: writes the demo round into `sample-round/` — the coordinator's settings,
 * five regional proposals (fi, sv, en) and one file with deliberate mistakes — all made
 * from the templates' own write plans; and into `sample-round/returned-positions/` two
 * ministry preparation packages as ministries return them (docs/packages.md): TEM's with
 * values written into its fill-in cells, LVM's filled in and re-saved by another program
 * (ExcelJS).
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { consolidate } from "../src/core/consolidate";
import { toA1 } from "../src/core/model/address";
import type { PlanCell } from "../src/core/model/cell";
import type { WritePlan } from "../src/core/model/plan";
import { packagePlans, type MinistryPackage } from "../src/core/packages";
import { validateRound } from "../src/core/rules/validateRound";
import { sampleRoundFiles } from "../src/core/templates";
import { readXlsx } from "../src/workbook/xlsx/readXlsx";
import { writeXlsx } from "../src/workbook/xlsx/writeXlsx";

/** The folder under the round where the returned packages go: not a round file itself. */
export const RETURNED_DIR = "returned-positions";

/** The sample's "today": the returned packages say when they were made. */
const MADE = new Date(Date.UTC(2026, 3, 2, 9, 0));
const MADE_SERIAL = 46114;

export async function writeSampleRound(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const file of sampleRoundFiles()) {
    const { bytes } = await writeXlsx(file.plan);
    const path = join(dir, file.fileName);
    await writeFile(path, bytes);
    written.push(path);
  }
  return written;
}

/** TEM's and LVM's packages of the sample round, filled in as the ministries return them. */
export async function writeReturnedPackages(
  dir: string,
  roundFiles: readonly string[],
): Promise<string[]> {
  const files = await Promise.all(
    roundFiles.map(async (path) => ({
      file: path,
      snapshot: await readXlsx(new Uint8Array(await readFile(path)), path),
    })),
  );
  const round = validateRound(files);
  const consolidation = consolidate(round.proposals, round.settings, round.issues, round.files);
  const packages = packagePlans(consolidation, round.settings, {
    lang: "fi",
    time: MADE.toISOString(),
    date: MADE_SERIAL,
  });
  const find = (ministry: string): MinistryPackage => {
    const found = packages.find((p) => p.ministry === ministry);
    if (!found) throw new Error(`The sample round has no package for ${ministry}`);
    return found;
  };
  const out = join(dir, RETURNED_DIR);
  await mkdir(out, { recursive: true });

  const tem = find("TEM");
  const temPath = join(out, tem.fileName);
  await writeFile(temPath, (await writeXlsx(withAnswers(tem.plan, TEM_ANSWERS))).bytes);

  const lvm = find("LVM");
  const lvmPath = join(out, lvm.fileName);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeXlsx(lvm.plan)).bytes.slice().buffer);
  const sheet = workbook.getWorksheet("Vastuulla");
  if (!sheet) throw new Error("LVM's package has no lead table");
  const column = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => column.set(String(cell.value), col));
  for (let row = 2; row <= sheet.rowCount; row++) {
    if (typeof sheet.getCell(row, column.get("Koodi") ?? 1).value !== "string") continue;
    sheet.getCell(row, column.get("Ministeriön kanta") ?? 1).value = "Tukee";
    sheet.getCell(row, column.get("Jatkokäsittely") ?? 1).value = "Viedään eteenpäin";
    sheet.getCell(row, column.get("Perustelut") ?? 1).value =
      "Sisältyy liikenne- ja viestintäministeriön hallinnonalan suunnitelmaan.";
    sheet.getCell(row, column.get("Yhteyshenkilö") ?? 1).value = "Liisa Liikenne, LVM";
  }
  await writeFile(lvmPath, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return [temPath, lvmPath];
}

/** What TEM answers, row by row of its lead table; the last row left for later. */
const TEM_ANSWERS: readonly (readonly [string, string, string])[] = [
  ["Tukee", "Viedään eteenpäin", "Työperäisen maahanmuuton sujuvoittaminen on hallitusohjelmassa."],
  [
    "Selvitettävä",
    "Selvitetään",
    "Lupamenettelyjen uudistus on valmisteilla; aikataulu tarkentuu syksyllä.",
  ],
  ["Ei tue", "Ei viedä eteenpäin", "Ei sovi valtakunnallisiin linjauksiin tällä kaudella."],
];

/** The plan with TEM's answers written into the fill-in cells of the lead table, as typed. */
function withAnswers(plan: WritePlan, answers: typeof TEM_ANSWERS): WritePlan {
  const sheet = plan.sheets?.find((s) => s.name === "Vastuulla");
  const cells = sheet?.blocks[0]?.cells ?? [];
  const header = (cells[0] ?? []).map((c) => (c.kind === "text" ? c.text : ""));
  const col = (name: string): number => header.indexOf(name);
  const rows = cells.length - 1;
  const blocks = [];
  for (let r = 1; r < rows; r++) {
    const [position, followUp, reasoning] = answers[(r - 1) % answers.length];
    const typed = (textValue: string): PlanCell => ({ kind: "text", text: textValue });
    for (const [name, value] of [
      ["Ministeriön kanta", position],
      ["Jatkokäsittely", followUp],
      ["Perustelut", reasoning],
      ["Yhteyshenkilö", "Teemu Työ, TEM"],
    ] as const)
      blocks.push({ topLeft: toA1({ row: r, col: col(name) }), cells: [[typed(value)]] });
  }
  return { ...plan, edits: [{ sheet: "Vastuulla", blocks }] };
}

if (require.main === module) {
  const dir = resolve(process.argv[2] ?? "sample-round");
  writeSampleRound(dir)
    .then(async (paths) => [...paths, ...(await writeReturnedPackages(dir, paths))])
    .then(
      (paths) => process.stdout.write(`${paths.join("\n")}\n`),
      (error: unknown) => {
        process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 2;
      },
    );
}
