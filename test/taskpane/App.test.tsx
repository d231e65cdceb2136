/** @jest-environment jsdom */
import "./jsdomGlobals";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { App } from "../../src/taskpane/App";
import type { HostInfo } from "../../src/taskpane/host";
import type { SectionDefinition } from "../../src/taskpane/sections";
import { SECTION_IDS } from "../../src/taskpane/shell/view";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  container = document.createElement("div");
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

// The shell's own behaviour, with simple sections standing in for the real ones.
const SECTIONS: SectionDefinition[] = SECTION_IDS.map((id) => ({
  id,
  Component: ({ lang, host }) => <p data-testid="section-body">{`${id} ${lang} ${host.kind}`}</p>,
}));

function render(host: HostInfo, search: string): void {
  act(() => root.render(<App host={host} search={search} sections={SECTIONS} />));
}

const excel = (displayLanguage: string, bodyBackgroundColor?: string): HostInfo => ({
  kind: "excel",
  displayLanguage,
  officeTheme: bodyBackgroundColor === undefined ? undefined : { bodyBackgroundColor },
});

describe("the pane shell", () => {
  it("opens in Excel's display language, theme and the ribbon's view", () => {
    render(excel("sv-FI", "#262626"), "?view=memo");
    expect(container.querySelector("[data-theme]")?.getAttribute("data-theme")).toBe("dark");
    expect(container.querySelector("h1")?.textContent).toBe("Regionalt utvecklingssamarbete");
    expect(container.querySelector('[role="tabpanel"] h2')?.textContent).toBe("Promemoria");
    expect(container.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe(
      "Promemoria",
    );
    expect(document.documentElement.lang).toBe("sv");
    expect(container.querySelector('[data-testid="outside-excel"]')).toBeNull();
    expect(container.querySelectorAll('[role="tab"]')).toHaveLength(5);
    expect(container.querySelector('[data-testid="section-body"]')?.textContent).toBe(
      "memo sv excel",
    );
  });

  it("is light in Excel on the web, which gives no theme, and English for other languages", () => {
    render(excel("de-DE"), "");
    expect(container.querySelector("[data-theme]")?.getAttribute("data-theme")).toBe("light");
    expect(container.querySelector("h1")?.textContent).toBe("Regional Agreements");
    expect(container.querySelector('[role="tabpanel"] h2')?.textContent).toBe("Templates");
  });

  it("says so when it runs outside Excel, and renders the registered section", () => {
    const browser: HostInfo = { kind: "browser", displayLanguage: "fi-FI", officeTheme: undefined };
    const sections: SectionDefinition[] = [
      { id: "templates", Component: () => <p>templates body</p> },
      {
        id: "import",
        Component: ({ lang, host }) => (
          <p data-testid="not-yet">{`${lang} ${host.kind}: ei vielä`}</p>
        ),
      },
    ];
    act(() => root.render(<App host={browser} search="?view=import" sections={sections} />));
    expect(container.querySelector('[data-testid="outside-excel"]')?.textContent).toMatch(
      /Excelin ulkopuolella/,
    );
    expect(container.querySelectorAll('[role="tab"]')).toHaveLength(2);
    expect(container.querySelector('[role="tabpanel"] h2')?.textContent).toBe("Tuonti");
    expect(container.querySelector('[role="tabpanel"]')?.textContent).toContain("fi browser");
    expect(container.querySelector('[data-testid="not-yet"]')?.textContent).toBe(
      "fi browser: ei vielä",
    );
  });

  it("turns high contrast when the system forces colours", () => {
    const matchMedia = (query: string) =>
      ({
        matches: query === "(forced-colors: active)",
        media: query,
        addEventListener: () => {},
        removeEventListener: () => {},
      }) as unknown as MediaQueryList;
    Object.defineProperty(window, "matchMedia", { value: matchMedia, configurable: true });
    try {
      render(excel("fi-FI", "#FFFFFF"), "");
      expect(container.querySelector("[data-theme]")?.getAttribute("data-theme")).toBe(
        "highContrast",
      );
    } finally {
      delete (window as { matchMedia?: unknown }).matchMedia;
    }
  });
});
