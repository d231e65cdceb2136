/**
 * The hostile intake corpus: every case read through `readXlsx` (as the command line and
 * the pane's Import and "Open workbook" do) gives exactly its outcome, quickly, and its
 * refusal reads in fi, sv and en as something the user can act on, with no JavaScript
 * error text.
 */
import type { Lang } from "../../../src/core/model/lang";
import { issueMessage } from "../../../src/core/rules/issueMessage";
import { validateRound } from "../../../src/core/rules/validateRound";
import { reasonText } from "../../../src/taskpane/sections/import/importText";
import { XlsxReadError, type XlsxReadReason } from "../../../src/workbook/xlsx/errors";
import { FILE_LIMITS } from "../../../src/workbook/xlsx/fileLimits";
import type { Inflater } from "../../../src/workbook/xlsx/inflate";
import { nodeInflater } from "../../../src/workbook/xlsx/nodeInflater";
import { readXlsx } from "../../../src/workbook/xlsx/readXlsx";
import { HOSTILE_CASES, type HostileCase } from "./corpus";

jest.setTimeout(60_000);

const LANGS: readonly Lang[] = ["fi", "sv", "en"];
const JS_ERROR_TEXT =
  /TypeError|RangeError|SyntaxError|Error:|Cannot read|undefined|null|NaN|\bat \S+ \(|\.ts:\d|\{[a-z]+\}/;

interface Read {
  readonly reason: XlsxReadReason | null;
  readonly ms: number;
}

const outcomes = new Map<string, Promise<Read>>();

/** Each case is built and read once with Node's zlib, as the command line reads it. */
function outcomeOf(hostile: HostileCase): Promise<Read> {
  let read = outcomes.get(hostile.name);
  if (!read) {
    read = readOnce(hostile, nodeInflater);
    outcomes.set(hostile.name, read);
  }
  return read;
}

async function readOnce(hostile: HostileCase, inflate: Inflater): Promise<Read> {
  const started = Date.now();
  try {
    await readXlsx(hostile.bytes(), `${hostile.name}.xlsx`, { inflate, limits: hostile.limits });
    return { reason: null, ms: Date.now() - started };
  } catch (error) {
    if (!(error instanceof XlsxReadError)) throw error;
    return { reason: error.reason, ms: Date.now() - started };
  }
}

function messagesOf(reason: XlsxReadReason): string[] {
  const round = validateRound([{ file: "x.xlsx", snapshot: null, unreadable: reason }]);
  const issue = round.issues.find((i) => i.rule === "FILE-UNREADABLE");
  if (!issue) throw new Error("no FILE-UNREADABLE issue");
  return LANGS.flatMap((lang) => [issueMessage(issue, lang), reasonText(lang, reason.code)]);
}

describe.each(HOSTILE_CASES.map((c) => [c.name, c] as const))("hostile file %s", (_, hostile) => {
  const { outcome } = hostile;

  if (outcome.kind === "read") {
    // Time and memory against the limits are measured in `npm run bench`, not here: a timed
    // assertion fails on a loaded machine, and the reader enforces its own deadline.
    it(`is read: ${hostile.what}`, async () => {
      const snapshot = await readXlsx(hostile.bytes(), `${hostile.name}.xlsx`, {
        inflate: nodeInflater,
        limits: hostile.limits,
      });
      expect(() => outcome.check(snapshot)).not.toThrow();
    });
    return;
  }

  it(`is refused with ${outcome.code}: ${hostile.what}`, async () => {
    const { reason } = await outcomeOf(hostile);
    expect(reason).toMatchObject({ code: outcome.code, ...outcome.reason });
  });

  it("says what to do in fi, sv and en, without JavaScript error text", async () => {
    const { reason } = await outcomeOf(hostile);
    if (!reason) throw new Error("not refused");
    const messages = messagesOf(reason);
    for (const message of messages) expect(message).not.toMatch(JS_ERROR_TEXT);
    // A reason of its own, not the generic fallback.
    expect(new Set(messages).size).toBe(messages.length);
    expect(messages.slice(1)).not.toContain(reasonText("fi", "parse-failed"));
  });
});

describe("zip entries that lie about their size or content", () => {
  const byName = (name: string) => {
    const found = HOSTILE_CASES.find((c) => c.name === name);
    if (!found) throw new Error(name);
    return found;
  };

  it("stops inflating one byte past the declared size", async () => {
    const asked: { maxBytes: number; got: number }[] = [];
    const spy: Inflater = async (data, maxBytes) => {
      const out = await nodeInflater(data, maxBytes);
      asked.push({ maxBytes, got: out.length });
      return out;
    };
    const { reason } = await readOnce(byName("entry-larger-than-declared"), spy);
    expect(reason?.code).toBe("entry-size-mismatch");
    const sheet = asked.find((a) => a.maxBytes === 1001);
    expect(sheet).toEqual({ maxBytes: 1001, got: 1001 });
    for (const a of asked) expect(a.got).toBeLessThanOrEqual(a.maxBytes);
  });

  it.each(["entry-larger-than-declared", "entry-shorter-than-declared", "crc-mismatch"])(
    "gives the same outcome with the browser's DecompressionStream: %s",
    async (name) => {
      const hostile = byName(name);
      const node = await outcomeOf(hostile);
      const started = Date.now();
      const browser = await readXlsx(hostile.bytes(), "b.xlsx").catch(
        (error: unknown) => (error as XlsxReadError).reason,
      );
      expect(browser).toEqual(node.reason);
      expect(Date.now() - started).toBeLessThan(FILE_LIMITS.maxReadMs);
    },
  );
});

describe("the time limit", () => {
  it("refuses a file the reader cannot finish in time, with timed-out", async () => {
    const hostile = HOSTILE_CASES.find((c) => c.name === "validations-50000");
    if (!hostile) throw new Error("no case");
    const { reason } = await readOnce({ ...hostile, limits: { maxReadMs: 0 } }, nodeInflater);
    expect(reason).toMatchObject({ code: "timed-out", limit: 0 });
  });
});
