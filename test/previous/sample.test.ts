import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PREVIOUS_SUMMARY, writeSampleRound } from "../../scripts/sample-round";
import { runCli } from "../../src/cli/main";
import type { PreviousJson } from "../../src/core/previous";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ra-sample-previous-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("npm run sample writes last round's summary, and consolidating this round against it shows the change", async () => {
  await writeSampleRound(dir);
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".xlsx"))
    .map((name) => join(dir, name));
  let out = "";
  const code = await runCli(
    [
      "consolidate",
      ...files,
      "--previous",
      join(dir, PREVIOUS_SUMMARY),
      "--out",
      join(dir, "summary.xlsx"),
      "--json",
    ],
    { stdout: { write: (t: string) => (out += t) }, stderr: { write: () => undefined } },
    {},
  );
  expect(code).toBe(1); // Pohjois-Karjala's deliberate mistakes
  const p = (JSON.parse(out) as { previous: PreviousJson }).previous;
  // Each of the four regions of last round has one item more; Pohjanmaa and Pohjois-Karjala are new.
  expect([p.continued, p.new, p.dropped, p.notCompared]).toEqual([12, 4 + 4 + 3, 1, 0]);
  expect(p.matchedByObjective).toBe(2);
  expect(p.items.find((i) => i.change === "dropped")).toMatchObject({
    region: "MK04",
    previousItemId: "9",
  });
  expect(p.themesAdded).toEqual([{ region: "MK14", theme: "wellbeing" }]);
  const mk10 = p.regions.find((r) => r.region === "MK10");
  expect(mk10?.akkePrevious).toBeLessThan(mk10?.akke ?? 0);
});
