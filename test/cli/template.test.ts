import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { recogniseWorkbook, readProposal, type RecognisedProposal } from "../../src/core/recognise";
import { sampleSettingsFile } from "../../src/core/templates";
import { readXlsx } from "../../src/workbook/xlsx/readXlsx";
import { writeXlsx } from "../../src/workbook/xlsx/writeXlsx";
import { defaultForm } from "../../src/taskpane/sections/templates/templateForm";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ra-template-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(
    argv,
    {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
    },
    { LANG: "en_GB.UTF-8" },
  );
  return { code, stdout, stderr };
}

async function proposalIn(
  path: string,
): Promise<{ region: string; period: string; sheet: RecognisedProposal }> {
  const snapshot = await readXlsx(new Uint8Array(readFileSync(path)), path);
  const sheet = recogniseWorkbook(snapshot).find(
    (s): s is RecognisedProposal => s.kind === "proposal",
  )!;
  const read = readProposal(
    snapshot.sheets.find((s) => s.name === sheet.sheet)!,
    sheet,
  );
  const text = (v: unknown) => (v && typeof v === "object" && "text" in v ? String(v.text) : "");
  return {
    region: text(read.fields.region?.value),
    period: text(read.fields.period?.value),
    sheet,
  };
}

it("writes one region's proposal template", async () => {
  const out = join(dir, "one.xlsx");
  const result = await run(
    "template",
    "--kind",
    "proposal",
    "--region",
    "2",
    "--period",
    "2026-2028",
    "--lang",
    "fi",
    "--out",
    out,
  );
  expect(result).toMatchObject({ code: 0, stderr: "" });
  expect(result.stdout).toContain(out);
  const proposal = await proposalIn(out);
  expect(proposal.region).toBe("MK02 Varsinais-Suomi");
  expect(proposal.period).toBe("2026\u20132028");
  expect(proposal.sheet.lang).toBe("fi");
});

it("writes the 18 regions' templates from a settings file, with the round's period", async () => {
  const settings = join(dir, "settings.xlsx");
  writeFileSync(settings, (await writeXlsx(sampleSettingsFile().plan)).bytes);
  const outDir = join(dir, "all");
  const result = await run(
    "template",
    "--kind",
    "proposal",
    "--all-regions",
    "--settings",
    settings,
    "--lang",
    "sv",
    "--out-dir",
    outDir,
  );
  expect(result.code).toBe(0);
  const files = readdirSync(outDir).sort();
  expect(files).toHaveLength(18);
  expect(files).toContain("MK15-Österbotten.xlsx");
  const proposal = await proposalIn(join(outDir, "MK15-Österbotten.xlsx"));
  expect(proposal.region).toBe("MK15 Österbotten");
  expect(proposal.period).toBe("2026\u20132028");
  expect(proposal.sheet.lang).toBe("sv");
});

it("gives a proposal without --period the pane's default: three years from the coming one", async () => {
  const out = join(dir, "default-period.xlsx");
  const result = await run("template", "--kind", "proposal", "--out", out);
  expect(result.code).toBe(0);
  const start = new Date().getFullYear() + 1;
  expect(result.stderr).toContain(`${start}-${start + 2}`);
  const form = defaultForm("en", new Date());
  expect([form.start, form.end]).toEqual([String(start), String(start + 2)]);
});

it("writes a settings template that reads back as settings", async () => {
  const outDir = join(dir, "settings-out");
  const result = await run(
    "template",
    "--kind",
    "settings",
    "--period",
    "2027-2029",
    "--lang",
    "en",
    "--out-dir",
    outDir,
  );
  expect(result.code).toBe(0);
  expect(readdirSync(outDir)).toEqual(["Round-settings.xlsx"]);
  const snapshot = await readXlsx(
    new Uint8Array(readFileSync(join(outDir, "Round-settings.xlsx"))),
    "s.xlsx",
  );
  expect(recogniseWorkbook(snapshot).map((s) => s.kind)).toContain("settings");
});

describe("exits with 2 and a clear message", () => {
  it("when --all-regions has neither settings nor a period", async () => {
    const result = await run(
      "template",
      "--kind",
      "proposal",
      "--all-regions",
      "--out-dir",
      join(dir, "x"),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--all-regions needs --settings FILE or --period");
  });

  it("for an unknown region, suggesting the closest", async () => {
    const result = await run(
      "template",
      "--kind",
      "proposal",
      "--region",
      "Pirkanmaaa",
      "--period",
      "2026-2028",
      "--out",
      join(dir, "p.xlsx"),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Did you mean MK06 Pirkanmaa?");
  });

  it("for Åland, which gets no proposal template", async () => {
    const result = await run(
      "template",
      "--kind",
      "proposal",
      "--region",
      "MK21",
      "--period",
      "2026-2028",
      "--out",
      join(dir, "a.xlsx"),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Åland");
  });

  it("for a period that cannot be read", async () => {
    const result = await run(
      "template",
      "--kind",
      "proposal",
      "--period",
      "2028-2026",
      "--out",
      join(dir, "b.xlsx"),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("2028-2026");
  });

  it("when the output cannot be written", async () => {
    const result = await run(
      "template",
      "--kind",
      "settings",
      "--out",
      join(dir, "missing", "dir", "s.xlsx"),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Cannot write the file");
  });

  it("when the settings file is not a settings workbook", async () => {
    const notSettings = join(dir, "not-settings.xlsx");
    writeFileSync(notSettings, "not a zip");
    const result = await run(
      "template",
      "--kind",
      "proposal",
      "--all-regions",
      "--settings",
      notSettings,
      "--out-dir",
      join(dir, "y"),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Cannot read the settings file");
  });

  it("for --out with --all-regions", async () => {
    const result = await run(
      "template",
      "--kind",
      "proposal",
      "--all-regions",
      "--period",
      "2026-2028",
      "--out",
      join(dir, "c.xlsx"),
    );
    expect(result.code).toBe(2);
  });
});
