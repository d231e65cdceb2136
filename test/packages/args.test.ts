import { parseArgs, UsageError } from "../../src/cli/args";

describe("the packages command and --positions on the command line", () => {
  it("parses packages with its out-dir", () => {
    expect(parseArgs(["packages", "a.xlsx", "b.xlsx", "--out-dir", "out", "--json"], "fi")).toEqual(
      {
        name: "packages",
        files: ["a.xlsx", "b.xlsx"],
        settings: null,
        outDir: "out",
        json: true,
        lang: "fi",
        locale: null,
      },
    );
  });

  it("refuses packages without files or --out-dir, and options of other commands", () => {
    expect(() => parseArgs(["packages", "--out-dir", "out"], "en")).toThrow(UsageError);
    expect(() => parseArgs(["packages", "a.xlsx"], "en")).toThrow("--out-dir");
    expect(() => parseArgs(["packages", "a.xlsx", "--out-dir", "o", "--out", "x"], "en")).toThrow(
      UsageError,
    );
  });

  it("takes every file after --positions up to the next option, repeated or not", () => {
    const command = parseArgs(
      [
        "consolidate",
        "a.xlsx",
        "--positions",
        "p1.xlsx",
        "p2.xlsx",
        "--out",
        "s.xlsx",
        "--positions=p3.xlsx",
      ],
      "en",
    );
    expect(command).toMatchObject({
      name: "consolidate",
      files: ["a.xlsx"],
      out: "s.xlsx",
      positions: ["p1.xlsx", "p2.xlsx", "p3.xlsx"],
    });
    expect(() =>
      parseArgs(["consolidate", "a.xlsx", "--out", "s.xlsx", "--positions"], "en"),
    ).toThrow("--positions needs at least one FILE");
    expect(() => parseArgs(["validate", "a.xlsx", "--positions", "p.xlsx"], "en")).toThrow(
      UsageError,
    );
  });
});
