/**
 * `npm run sample`: writes the demo round into `sample-round/` — the coordinator's settings,
 * five regional proposals (fi, sv, en) and one file with deliberate mistakes — all made
 * from the templates' own write plans; and the previous round's summary in
 * `sample-round/previous/`, to compare with (docs/follow-up.md).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { consolidate, consolidationPlan } from "../src/core/consolidate";
import type { Item, RegionProposal } from "../src/core/model/round";
import { validateRound } from "../src/core/rules/validateRound";
import { sampleRoundFiles } from "../src/core/templates";
import { readXlsx } from "../src/workbook/xlsx/readXlsx";
import { writeXlsx } from "../src/workbook/xlsx/writeXlsx";

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
  writeSampleRound(dir).then(
    (paths) => process.stdout.write(`${paths.join("\n")}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
