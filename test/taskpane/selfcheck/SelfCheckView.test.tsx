/** @jest-environment jsdom */
import "../jsdomGlobals";
import { act } from "react";
import { App } from "../../../src/taskpane/App";
import { SelfCheckView } from "../../../src/taskpane/selfcheck";
import { SELF_CHECKS } from "../../../src/workbook/office/selfCheckList";
import { buildWorkbook, dumpWorkbook, FI_FI, installFakeExcel } from "../../fake-excel";
import { click, mount, settle } from "../render";

async function until(check: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
  }
}

const button = (root: HTMLElement, name: string): HTMLElement | undefined =>
  [...root.querySelectorAll("button")].find((b) => b.textContent === name);

describe("the self-check view against the fake Excel", () => {
  it("runs every check, lists each by name with pass or fail, and copies the report", async () => {
    const book = buildWorkbook({ sheets: [{ name: "Esitys MK02", rows: [["oma"]] }] });
    book.culture = FI_FI;
    const before = dumpWorkbook(book);
    const uninstall = installFakeExcel(book);
    const copied: string[] = [];
    let back = 0;
    const view = await mount(
      <SelfCheckView
        lang="fi"
        hostKind="excel"
        onBack={() => back++}
        clipboard={{ writeText: (text) => Promise.resolve(void copied.push(text)) }}
      />,
    );
    try {
      const root = view.container;
      const items = [...root.querySelectorAll("[data-check]")];
      expect(items.map((li) => li.getAttribute("data-check"))).toEqual(
        SELF_CHECKS.map((c) => c.id),
      );
      expect(items.every((li) => li.getAttribute("data-result") === "pending")).toBe(true);
      await click(button(root, "Aloita tarkistus"));
      await until(() =>
        /^Valmis/.test(root.querySelector('[data-testid="selfcheck-status"]')?.textContent ?? ""),
      );
      expect(root.querySelector('[data-testid="selfcheck-status"]')?.textContent).toBe(
        `Valmis: ${SELF_CHECKS.length}/${SELF_CHECKS.length} kohtaa onnistui.`,
      );
      const results = [...root.querySelectorAll("[data-check]")].map((li) =>
        li.getAttribute("data-result"),
      );
      expect(results).toEqual(SELF_CHECKS.map(() => "pass"));
      expect(root.querySelector('[data-testid="selfcheck-environment"]')?.textContent).toContain(
        "fi-FI",
      );
      const report = root.querySelector("textarea")?.value ?? "";
      for (const { id } of SELF_CHECKS) expect(report).toContain(`PASS ${id}:`);
      await click(button(root, "Kopioi raportti"));
      expect(copied).toEqual([report]);
      expect(root.querySelector('[data-testid="selfcheck-copy"]')?.textContent).toBe(
        "Raportti kopioitiin leikepöydälle.",
      );
      await click(button(root, "Takaisin apuohjelmaan"));
      expect(back).toBe(1);
      expect(dumpWorkbook(book)).toEqual(before);
    } finally {
      view.unmount();
      uninstall();
    }
  }, 60_000);

  it("selects the report for Ctrl+C where the clipboard is refused", async () => {
    const book = buildWorkbook({ sheets: [{ name: "A" }] });
    const uninstall = installFakeExcel(book);
    const view = await mount(
      <SelfCheckView
        lang="en"
        hostKind="excel"
        onBack={() => undefined}
        runner={() =>
          Promise.resolve({
            report: {
              environment: {
                host: "Excel",
                platform: "PC",
                version: "16",
                displayLanguage: "en-US",
                culture: "en-US",
                decimalSeparator: ".",
              },
              results: [],
              startedAt: "2026-12-06T00:00:00.000Z",
              ms: 1,
            },
            text: "the report",
          })
        }
        clipboard={{ writeText: () => Promise.reject(new Error("refused")) }}
      />,
    );
    try {
      const root = view.container;
      await click(button(root, "Run the self-check"));
      await click(button(root, "Copy the report"));
      await settle();
      const area = root.querySelector("textarea");
      expect(document.activeElement).toBe(area);
      expect([area?.selectionStart, area?.selectionEnd]).toEqual([0, "the report".length]);
      expect(root.querySelector('[data-testid="selfcheck-copy"]')?.textContent).toMatch(
        /^Copying was refused/,
      );
    } finally {
      view.unmount();
      uninstall();
    }
  });

  it("opens from ?view=selfcheck and from the pane's menu in Excel, and says it needs Excel elsewhere", async () => {
    const excel = { kind: "excel" as const, displayLanguage: "en-US", officeTheme: undefined };
    const opened = await mount(<App host={excel} search="?view=selfcheck" />);
    await until(() => opened.container.querySelector('[data-view="selfcheck"]') !== null);
    expect(opened.container.querySelector('[role="tablist"]')).toBeNull();
    await click(button(opened.container, "Back to the add-in"));
    expect(opened.container.querySelector('[role="tablist"]')).not.toBeNull();
    await click(opened.container.querySelector('[data-testid="pane-menu"]'));
    const item = [...document.querySelectorAll('[role="menuitem"]')].find(
      (el) => el.textContent === "Check this Excel",
    );
    await click(item);
    await until(() => opened.container.querySelector('[data-view="selfcheck"]') !== null);
    opened.unmount();

    const browser = { kind: "browser" as const, displayLanguage: "en-US", officeTheme: undefined };
    const outside = await mount(<App host={browser} search="?view=selfcheck" />);
    await until(() => outside.container.querySelector('[data-view="selfcheck"]') !== null);
    expect(outside.container.querySelector('[data-testid="pane-menu"]')).toBeNull();
    expect(
      outside.container.querySelector('[data-testid="selfcheck-needs-excel"]')?.textContent,
    ).toMatch(/^The self-check runs only inside Excel/);
    expect(button(outside.container, "Run the self-check")?.hasAttribute("disabled")).toBe(true);
    outside.unmount();
  });
});
