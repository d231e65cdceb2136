/**
 * No code path turns text into code or markup: no eval, no Function constructor, no HTML
 * assigned to the DOM, except the memo preview's one container, which shows the memo HTML
 * or a region's page (every workbook value escaped by the memo renderer).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "..", "..");
const SRC = join(ROOT, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs|html)$/.test(entry) ? [path] : [];
  });
}

const FORBIDDEN: readonly { readonly what: string; readonly pattern: RegExp }[] = [
  { what: "eval(", pattern: /(^|[^\w.$])eval\s*\(/ },
  { what: "new Function(", pattern: /\bnew\s+Function\s*\(/ },
  {
    what: "setTimeout/setInterval with a string",
    pattern: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/,
  },
  { what: "innerHTML =", pattern: /\.(?:inner|outer)HTML\s*\+?=(?!=)/ },
  { what: "insertAdjacentHTML", pattern: /\binsertAdjacentHTML\s*\(/ },
  { what: "document.write", pattern: /\bdocument\.write(?:ln)?\s*\(/ },
  { what: "createContextualFragment", pattern: /\bcreateContextualFragment\s*\(/ },
  { what: "dangerouslySetInnerHTML", pattern: /\bdangerouslySetInnerHTML\b/ },
];

/**
 * The memo preview: one container that holds the memo's HTML, or a region's page rendered by
 * the same renderer (`state.shown`), and nothing else.
 */
const MEMO_PREVIEW = "src/taskpane/sections/memo/MemoPanel.tsx";
const MEMO_PREVIEW_HTML = /dangerouslySetInnerHTML=\{\{ __html: state\.shown\.html \}\}/;

/** Line comments and block comments blanked out, so that prose about eval is no finding. */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " "))
    .replace(/(^|[^:])\/\/.*$/gm, "$1");
}

function findings(): string[] {
  const found: string[] = [];
  for (const path of sourceFiles(SRC)) {
    const file = relative(ROOT, path).split("\\").join("/");
    code(readFileSync(path, "utf8"))
      .split("\n")
      .forEach((line, i) => {
        for (const { what, pattern } of FORBIDDEN) {
          if (!pattern.test(line)) continue;
          if (
            file === MEMO_PREVIEW &&
            what === "dangerouslySetInnerHTML" &&
            MEMO_PREVIEW_HTML.test(line)
          )
            continue;
          found.push(`${file}:${i + 1}: ${what}`);
        }
      });
  }
  return found;
}

describe("source hygiene", () => {
  it("finds the source files to scan", () => {
    const files = sourceFiles(SRC).map((p) => relative(ROOT, p));
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.endsWith("MemoPanel.tsx"))).toBe(true);
  });

  it("has no eval, Function constructor or HTML written into the DOM outside the memo preview", () => {
    expect(findings()).toEqual([]);
  });

  it("the scan catches what it forbids", () => {
    const samples = [
      "const x = eval(text);",
      "const f = new Function('a', body);",
      "element.innerHTML = html;",
      "el.outerHTML += more;",
      'setTimeout("alert(1)", 10);',
      "node.insertAdjacentHTML('beforeend', s);",
      "<div dangerouslySetInnerHTML={{ __html: cell }} />",
    ];
    for (const sample of samples)
      expect([sample, FORBIDDEN.some(({ pattern }) => pattern.test(code(sample)))]).toEqual([
        sample,
        true,
      ]);
    expect(FORBIDDEN.some(({ pattern }) => pattern.test("const same = a.innerHTML === b;"))).toBe(
      false,
    );
    expect(FORBIDDEN.some(({ pattern }) => pattern.test("retrieval(x)"))).toBe(false);
  });

  it("the memo preview shows only the memo HTML, whose renderer escapes every value", () => {
    const panel = readFileSync(join(ROOT, MEMO_PREVIEW), "utf8");
    expect(panel.match(/dangerouslySetInnerHTML/g)).toHaveLength(1);
    expect(panel).toMatch(MEMO_PREVIEW_HTML);
  });
});
