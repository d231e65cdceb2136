/** @jest-environment jsdom */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ASSETS_DIR, DEV_BASE_URL, MANIFEST_PATH } from "./manifest-files";
import { readPng } from "./png";

const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const OV = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const APP = "http://schemas.microsoft.com/office/appforoffice/1.1";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const OVERRIDE_LOCALES = ["fi-FI", "sv-SE", "sv-FI"];

const doc = new DOMParser().parseFromString(readFileSync(MANIFEST_PATH, "utf8"), "application/xml");

const all = (ns: string, tag: string, root: Document | Element = doc): Element[] =>
  Array.from(root.getElementsByTagNameNS(ns, tag));
const child = (parent: Element, ns: string, tag: string): Element => {
  const found = Array.from(parent.children).find(
    (c) => c.namespaceURI === ns && c.localName === tag,
  );
  if (!found) throw new Error(`<${parent.localName}> has no <${tag}>`);
  return found;
};
const resource = (section: string, id: string): Element => {
  const found = all(BT, section)[0]
    ? Array.from(all(BT, section)[0].children).find((e) => e.getAttribute("id") === id)
    : undefined;
  if (!found) throw new Error(`no ${section} resource "${id}"`);
  return found;
};
const localised = (element: Element): Record<string, string> => {
  const texts: Record<string, string> = { "en-US": element.getAttribute("DefaultValue") ?? "" };
  for (const o of Array.from(element.children).filter((c) => c.localName === "Override")) {
    texts[o.getAttribute("Locale") ?? ""] = o.getAttribute("Value") ?? "";
  }
  return texts;
};
const buttons = (): Element[] =>
  all(OV, "Control").filter((c) => c.getAttributeNS(XSI, "type") === "Button");

test("the manifest parses as XML", () => {
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  expect(doc.documentElement.namespaceURI).toBe(APP);
});

describe("ribbon", () => {
  test("one group on the Home tab, labelled Regional development in en, fi and sv", () => {
    const tabs = all(OV, "OfficeTab");
    expect(tabs.map((t) => t.getAttribute("id"))).toEqual(["TabHome"]);
    const groups = all(OV, "Group", tabs[0]);
    expect(groups).toHaveLength(1);
    const label = resource(
      "ShortStrings",
      child(groups[0], OV, "Label").getAttribute("resid") ?? "",
    );
    expect(localised(label)).toEqual({
      "en-US": "Regional development",
      "fi-FI": "Aluekehittäminen",
      "sv-SE": "Regionutveckling",
      "sv-FI": "Regionutveckling",
    });
  });

  test("three buttons open the same task pane on the templates, validate and consolidate views", () => {
    const actions = buttons().map((b) => child(b, OV, "Action"));
    expect(actions).toHaveLength(3);
    expect(actions.map((a) => a.getAttributeNS(XSI, "type"))).toEqual([
      "ShowTaskpane",
      "ShowTaskpane",
      "ShowTaskpane",
    ]);
    const paneIds = actions.map((a) => child(a, OV, "TaskpaneId").textContent);
    expect(new Set(paneIds).size).toBe(1);
    expect(paneIds[0]).toBeTruthy();
    const urls = actions.map((a) =>
      resource("Urls", child(a, OV, "SourceLocation").getAttribute("resid") ?? "").getAttribute(
        "DefaultValue",
      ),
    );
    expect(urls).toEqual([
      `${DEV_BASE_URL}taskpane.html?view=templates`,
      `${DEV_BASE_URL}taskpane.html?view=validate`,
      `${DEV_BASE_URL}taskpane.html?view=consolidate`,
    ]);
  });

  test("button labels are the agreed words in en, fi and sv", () => {
    const labels = buttons().map((b) =>
      localised(resource("ShortStrings", child(b, OV, "Label").getAttribute("resid") ?? "")),
    );
    expect(labels).toEqual([
      { "en-US": "Templates", "fi-FI": "Pohjat", "sv-SE": "Mallar", "sv-FI": "Mallar" },
      { "en-US": "Validate", "fi-FI": "Tarkistus", "sv-SE": "Granskning", "sv-FI": "Granskning" },
      {
        "en-US": "Consolidate",
        "fi-FI": "Yhteenveto",
        "sv-SE": "Sammanställning",
        "sv-FI": "Sammanställning",
      },
    ]);
  });

  test("no function commands: nothing runs without the pane", () => {
    expect(all(OV, "FunctionFile")).toHaveLength(0);
    expect(
      all(OV, "Action").filter((a) => a.getAttributeNS(XSI, "type") !== "ShowTaskpane"),
    ).toHaveLength(0);
  });

  test("every resid points to a resource of the right kind", () => {
    const kind: Record<string, string> = {
      Label: "ShortStrings",
      Title: "ShortStrings",
      Description: "LongStrings",
    };
    for (const ref of Array.from(doc.querySelectorAll("[resid]"))) {
      const resid = ref.getAttribute("resid") ?? "";
      const section =
        ref.localName === "Image" ? "Images" : ref.localName in kind ? kind[ref.localName] : "Urls";
      expect(() => resource(section, resid)).not.toThrow();
    }
  });
});

describe("requirements", () => {
  test("ExcelApi 1.12 in the basic manifest and in the ribbon overrides", () => {
    const sets = [...all(APP, "Set"), ...all(BT, "Set")];
    expect(sets).toHaveLength(2);
    for (const set of sets) {
      expect(set.getAttribute("Name")).toBe("ExcelApi");
      expect(set.getAttribute("MinVersion")).toBe("1.12");
    }
    expect(all(APP, "Host").map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(all(APP, "Permissions")[0].textContent).toBe("ReadWriteDocument");
  });
});

describe("localisation", () => {
  test("every ribbon string has fi-FI, sv-SE and sv-FI texts", () => {
    const strings = [...all(BT, "ShortStrings"), ...all(BT, "LongStrings")].flatMap((s) =>
      Array.from(s.children),
    );
    expect(strings.length).toBeGreaterThanOrEqual(8);
    for (const s of strings) {
      const texts = localised(s);
      const id = s.getAttribute("id");
      for (const locale of OVERRIDE_LOCALES) {
        expect({ id, locale, text: texts[locale] ?? "" }).toEqual({
          id,
          locale,
          text: expect.stringMatching(/\S/),
        });
      }
    }
  });

  test("display name and description have fi-FI, sv-SE and sv-FI texts", () => {
    for (const tag of ["DisplayName", "Description"]) {
      const texts = localised(all(APP, tag)[0]);
      expect(Object.keys(texts).sort()).toEqual(["en-US", ...OVERRIDE_LOCALES].sort());
    }
  });
});

describe("URLs and icons", () => {
  const urlValues = (): string[] =>
    Array.from(doc.querySelectorAll("[DefaultValue]"))
      .filter((e) =>
        /^(IconUrl|HighResolutionIconUrl|SupportUrl|SourceLocation|Image|Url)$/.test(e.localName),
      )
      .map((e) => e.getAttribute("DefaultValue") ?? "");

  test("every URL starts with the development base the production build replaces", () => {
    const urls = urlValues();
    expect(urls.length).toBeGreaterThan(15);
    for (const url of urls) expect(url.startsWith(DEV_BASE_URL)).toBe(true);
  });

  test("every icon URL names a PNG in assets/ of the size its name claims", () => {
    const icons = urlValues().filter((u) => u.endsWith(".png"));
    expect(icons.length).toBeGreaterThanOrEqual(14);
    for (const url of icons) {
      const name = url.slice(`${DEV_BASE_URL}assets/`.length);
      const size = Number(/-(\d+)\.png$/.exec(name)?.[1]);
      const png = readPng(readFileSync(join(ASSETS_DIR, name)));
      expect([name, png.width, png.height]).toEqual([name, size, size]);
    }
  });

  test("each ribbon icon reference asks for the size of the image it points to", () => {
    for (const ref of all(BT, "Image").filter((i) => i.hasAttribute("size"))) {
      const url =
        resource("Images", ref.getAttribute("resid") ?? "").getAttribute("DefaultValue") ?? "";
      expect(url).toMatch(new RegExp(`-${ref.getAttribute("size")}\\.png$`));
    }
  });

  test("the app icons are 32 and 64 px and the support page exists", () => {
    expect(all(APP, "IconUrl")[0].getAttribute("DefaultValue")).toMatch(/-32\.png$/);
    expect(all(APP, "HighResolutionIconUrl")[0].getAttribute("DefaultValue")).toMatch(/-64\.png$/);
    const support = all(APP, "SupportUrl")[0].getAttribute("DefaultValue") ?? "";
    expect(existsSync(join(ASSETS_DIR, support.slice(`${DEV_BASE_URL}assets/`.length)))).toBe(true);
  });
});
