/**
 * `npm run sample`: writes the demo round into `sample-round/` — the coordinator's settings,
 * five regional proposals (fi, sv, en) and one file with deliberate mistakes — all made
 * from the templates' own write plans.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { sampleRoundFiles } from "../src/core/templates";
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
  return written;
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
