/**
 * The hostile intake corpus through the command line: every file is reported (read, or
 * FILE-UNREADABLE with its reason), the others go on, the exit code is 1, and nothing
 * reaches stderr: no stack trace, whatever the file.
 */
import { cliJson, tempDir, writeFile } from "../cli";
import { HOSTILE_CASES } from "./corpus";

jest.setTimeout(60_000);

const dir = tempDir("ra-intake-");
afterAll(() => dir.remove());

describe("validate over the hostile corpus", () => {
  it("reports each file's outcome and exits 1, with nothing on stderr", async () => {
    const cases = HOSTILE_CASES.filter((c) => !c.heavy && c.limits === undefined);
    const paths = cases.map((c) => writeFile(dir.path(`${c.name}.xlsx`), c.bytes()));
    const stderr = jest.spyOn(process.stderr, "write");
    const { code, report } = await cliJson(["validate", ...paths]);
    expect(code).toBe(1);
    expect(stderr).not.toHaveBeenCalled();
    stderr.mockRestore();
    expect(report.files.map((f) => f.error)).toEqual(
      cases.map((c) => (c.outcome.kind === "refused" ? c.outcome.code : null)),
    );
    const unreadable = report.issues.filter((i) => i.rule === "FILE-UNREADABLE");
    expect(unreadable).toHaveLength(cases.filter((c) => c.outcome.kind === "refused").length);
    for (const issue of unreadable) expect(issue.message).not.toMatch(/Error|Cannot|undefined/);
  });
});
