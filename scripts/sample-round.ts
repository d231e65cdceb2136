/**
 * `npm run sample`: writes the demo round into `sample-round/` — the coordinator's settings,
 * five regional proposals (fi, sv, en) and one file with deliberate mistakes — all made
 * from the templates' own write plans; the previous round's summary in
 * `sample-round/previous/`, to compare with (docs/follow-up.md); and into
 * `sample-round/returned-positions/` two
 * ministry preparation packages as ministries return them (docs/packages.md): TEM's with
 * values written into its fill-in cells, LVM's filled in and re-saved by another program
 * (ExcelJS).
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { consolidate, consolidationPlan } from "../src/core/consolidate";
import { toA1 } from "../src/core/model/address";
import type { PlanCell } from "../src/core/model/cell";
import type { WritePlan } from "../src/core/model/plan";
import type { Item, RegionProposal } from "../src/core/model/round";
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
  written.push(await writePreviousRound(dir));
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

export const PREVIOUS_SUMMARY = join("previous", "Yhteenveto-2025.xlsx");

/**
 * The 2025 round as this round's regions would have sent it: Pohjanmaa and Pohjois-Karjala
 * did not take part, each region's last item is new this round, Satakunta had an item it has
 * since dropped, Etelä-Pohjanmaa numbered its items the other way round, Lappi's tourism
 * item was "in progress" and Etelä-Savo asked 10 % less AKKE. Consolidated by the core and
 * written as the product writes a summary, in Finnish.
 */
async function writePreviousRound(dir: string): Promise<string> {
  const files = [];
  for (const file of sampleRoundFiles())
    files.push({
      file: file.fileName,
      snapshot: await readXlsx((await writeXlsx(file.plan)).bytes, file.fileName),
    });
  const round = validateRound(files);
  const earlier = round.proposals
    .filter((p) => p.region !== "MK15" && p.region !== "MK12")
    .map(earlierProposal);
  const consolidation = consolidate(earlier, round.settings, []);
  const empty = { file: "", sheets: [], registry: [], structureProtected: false };
  const plan = consolidationPlan(consolidation, round.settings, "fi", empty, {
    time: "2025-03-14T12:00:00.000Z",
    date: 45730,
    fileLink: (file) => `../${file}`,
  });
  const path = join(dir, PREVIOUS_SUMMARY);
  await mkdir(join(dir, "previous"), { recursive: true });
  await writeFile(path, (await writeXlsx(plan)).bytes);
  return path;
}

function earlierProposal(p: RegionProposal): RegionProposal {
  const kept = p.items.slice(0, -1);
  const newIds = new Set(p.items.slice(-1).map((i) => i.itemId));
  let items: Item[] = kept.map((item, index) => {
    if (p.region === "MK14") return { ...item, itemId: kept[kept.length - 1 - index].itemId };
    if (p.region === "MK19" && index === 0)
      return { ...item, implementationStatus: "in-progress", progress: "2,1 milj. yöpymistä" };
    return item;
  });
  const renumbered = new Map(kept.map((item, index) => [item.itemId, items[index].itemId]));
  if (p.region === "MK04")
    items = [
      ...items,
      {
        ...kept[0],
        itemId: "9",
        theme: "accessibility",
        objective: "Porin lentoliikenne säilyy",
        implementationStatus: "delayed",
      },
    ];
  const funding = p.funding
    .filter((line) => !newIds.has(line.itemId))
    .map((line) => {
      const years =
        p.region === "MK10" && line.fundingSource === "akke"
          ? line.years.map((y) => ({ ...y, cents: Math.round((y.cents * 9) / 10) }))
          : line.years;
      return {
        ...line,
        itemId: renumbered.get(line.itemId) ?? line.itemId,
        years,
        totalCents: years.reduce((s, y) => s + y.cents, 0),
      };
    });
  return { ...p, items, funding };
}

if (require.main === module) {
  const dir = resolve(process.argv[2] ?? "sample-round");
  writeSampleRound(dir)
    .then(async (paths) => {
      const round = paths.filter((path) => !path.endsWith(PREVIOUS_SUMMARY));
      return [...paths, ...(await writeReturnedPackages(dir, round))];
    })
    .then(
      (paths) => process.stdout.write(`${paths.join("\n")}\n`),
      (error: unknown) => {
        process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 2;
      },
    );
}
