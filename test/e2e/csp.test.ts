import { Harness } from "./harness";

jest.setTimeout(120_000);

let harness: Harness;

beforeAll(async () => {
  harness = await Harness.start();
});

afterAll(async () => {
  await harness?.close();
});

/**
 * What the page's Content-Security-Policy lets a hostile string do once it reaches the DOM.
 * (eval is not tried here: code evaluated through the DevTools protocol is exempt from the
 * page's policy; test/hostile/hygiene.test.ts keeps eval out of the source instead.)
 */
async function attempts(page: import("playwright-core").Page) {
  return page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      violations.push(event.violatedDirective),
    );
    const flags = window as unknown as Record<string, unknown>;
    const inline = document.createElement("script");
    inline.textContent = "window.__inlineRan = true;";
    document.body.appendChild(inline);
    const handler = document.createElement("img");
    handler.setAttribute("onerror", "window.__handlerRan = true");
    handler.src = "data:,not-an-image";
    document.body.appendChild(handler);
    const foreign = document.createElement("script");
    foreign.src = "https://example.org/x.js";
    document.body.appendChild(foreign);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return {
      inlineRan: flags.__inlineRan === true,
      handlerRan: flags.__handlerRan === true,
      violations,
    };
  });
}

describe.each(["app.html", "taskpane.html"])("the Content-Security-Policy of %s", (page) => {
  it("blocks inline scripts, inline event handlers and scripts from other hosts", async () => {
    const session = await harness.open(page, 800);
    try {
      const result = await attempts(session.page);
      expect(result.inlineRan).toBe(false);
      expect(result.handlerRan).toBe(false);
      expect(result.violations).toEqual(expect.arrayContaining(["script-src-elem"]));
      expect(session.requests.some((url) => url.startsWith("https://example.org/"))).toBe(false);
    } finally {
      await session.page.context().close();
    }
  });
});
