// The build's own helpers: what a deployment's manifest and pages will say.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../webpack.config.js") as {
  addinBaseUrl: (value?: string) => string;
  rewriteManifest: (xml: string, baseUrl: string) => string;
  contentSecurityPolicy: (options: { officeJs: boolean; devServerOrigins?: string[] }) => string;
};

describe("ADDIN_BASE_URL", () => {
  it("defaults to the development server and always ends with one slash", () => {
    expect(config.addinBaseUrl(undefined)).toBe("https://localhost:3000/");
    expect(config.addinBaseUrl("")).toBe("https://localhost:3000/");
    expect(config.addinBaseUrl("https://addins.example.fi/ra")).toBe(
      "https://addins.example.fi/ra/",
    );
    expect(config.addinBaseUrl(" https://addins.example.fi/ra/ ")).toBe(
      "https://addins.example.fi/ra/",
    );
  });

  it("replaces every development URL in the manifest", () => {
    const xml =
      '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>' +
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>' +
      "<SupportUrl>https://localhost:3000/assets/support.html</SupportUrl>";
    const out = config.rewriteManifest(xml, "https://addins.example.fi/ra/");
    expect(out).not.toContain("localhost");
    expect(out).toContain('"https://addins.example.fi/ra/taskpane.html"');
    expect(out).toContain('"https://addins.example.fi/ra/assets/icon-32.png"');
    expect(out).toContain(">https://addins.example.fi/ra/assets/support.html<");
  });
});

describe("Content-Security-Policy", () => {
  const directives = (csp: string) =>
    new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.slice(d.indexOf(" ") + 1)]));

  it("lets only Office.js's host in besides the page's own origin, and only on taskpane.html", () => {
    expect(directives(config.contentSecurityPolicy({ officeJs: true })).get("script-src")).toBe(
      "'self' https://appsforoffice.microsoft.com",
    );
    expect(directives(config.contentSecurityPolicy({ officeJs: false })).get("script-src")).toBe(
      "'self'",
    );
  });

  it("allows no other network, plugins, base or form targets", () => {
    const csp = directives(config.contentSecurityPolicy({ officeJs: true }));
    expect(csp.get("default-src")).toBe("'self'");
    expect(csp.get("connect-src")).toBe("'self'");
    expect(csp.get("img-src")).toBe("'self' data:");
    expect(csp.get("style-src")).toBe("'self' 'unsafe-inline'");
    expect(csp.get("object-src")).toBe("'none'");
    expect(csp.get("base-uri")).toBe("'none'");
    expect(csp.get("form-action")).toBe("'none'");
  });
});
