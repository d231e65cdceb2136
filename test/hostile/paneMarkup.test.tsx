/** @jest-environment jsdom */
/**
 * Markup typed into a workbook is shown by the pane as text: the Validate section lists
 * issues whose values, sheet names and messages carry script and HTML, and no element is
 * made from them; the memo HTML escapes every text field.
 */
import "../taskpane/jsdomGlobals";
import type { Lang } from "../../src/core/model/lang";
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";
import { consolidate } from "../../src/core/consolidate";
import { renderMemo } from "../../src/core/memo";
import { validateRound } from "../../src/core/rules/validateRound";
import { textFor } from "../../src/taskpane/shell/text";
import { useValidateSection } from "../../src/taskpane/sections/validate/useValidateSection";
import { ValidatePanel } from "../../src/taskpane/sections/validate/ValidatePanel";
import { createBrowserHost } from "../../src/workbook/browser";
import type { WorkbookHost } from "../../src/workbook/host";
import { buildProposal } from "../core/recognise/sheetBuilder";
import { mount, type Mounted } from "../taskpane/render";
import { itemWithText, MARKUP, TEXT_KEYS } from "./workbooks";

const SHEET = `<b onmouseover=alert(1)>Esitys</b>`;

/** Items with markup in every text column, and in the theme and ministry (reported with their values). */
function hostileSnapshot(): WorkbookSnapshot {
  const items = MARKUP.map((value, i) => ({
    ...itemWithText(`${i + 1}.1`, value),
    theme: value,
    leadMinistry: value,
    objective: value.repeat(Math.ceil(1_001 / value.length)),
  }));
  const sheet = buildProposal({ region: "Kainuu", name: SHEET, items }).sheet;
  return { file: `<i>round</i>.xlsx`, sheets: [sheet], registry: [], structureProtected: false };
}

function Validate(props: { workbook: WorkbookHost; lang: Lang }) {
  const state = useValidateSection({
    lang: props.lang,
    workbook: props.workbook,
    liveAtStart: true,
  });
  return <ValidatePanel state={state} t={textFor(props.lang)} />;
}

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  delete (window as { alerted?: boolean }).alerted;
});

/** Elements the markup would have made, had it been parsed. */
const injected = (root: ParentNode): Element[] => [
  ...root.querySelectorAll("script, img, b, i, [onerror], [onmouseover]"),
];

describe("markup in workbook values", () => {
  it("is escaped in the memo HTML in every text field, shown verbatim in its text", () => {
    const snapshot = hostileSnapshot();
    const validation = validateRound([{ file: snapshot.file, snapshot }]);
    const memo = renderMemo(
      consolidate(validation.proposals, validation.settings, validation.issues),
      validation.settings,
      { lang: "en", date: "2026-03-15" },
    );
    const doc = new DOMParser().parseFromString(`<body>${memo.html}</body>`, "text/html");
    expect(injected(doc.body)).toEqual([]);
    expect(memo.html).not.toMatch(/<script|<img|<b[ >]|<i>/i);
    for (const value of MARKUP) expect(doc.body.textContent).toContain(value);
    expect(memo.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(memo.html).toContain("&quot;&#39;&amp;");
    // Every text column reached the memo or its tables only as escaped text.
    expect(TEXT_KEYS.length).toBeGreaterThan(5);
  });

  it("is shown as text by the Validate section: no element made from it", async () => {
    window.alert = () => {
      (window as { alerted?: boolean }).alerted = true;
    };
    const workbook = createBrowserHost(hostileSnapshot());
    mounted = await mount(<Validate workbook={workbook} lang="en" />);
    const root = mounted.container;
    const listed = [...root.querySelectorAll<HTMLElement>('[data-testid="issue"]')];
    expect(listed.length).toBeGreaterThan(0);
    const shown = root.textContent ?? "";
    expect(shown).toContain(SHEET);
    expect(shown).toContain("<img src=x onerror=alert(1)>");
    expect(shown).toContain("<script>alert(1)</script>");
    expect(injected(root)).toEqual([]);
    expect((window as { alerted?: boolean }).alerted).toBeUndefined();
  });
});
