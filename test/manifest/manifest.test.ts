import { existsSync, readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import type { ManifestInfo } from "office-addin-manifest";
import { DIST_MANIFEST_PATH, MANIFEST_PATH, validateManifest } from "./manifest-files";

// office-addin-manifest pulls in ESM-only packages that jest's CommonJS runtime cannot
// load, so it runs in plain Node, as the sideloading tools run it.
function readWithOfficeAddinManifest(path: string): ManifestInfo {
  const script =
    'require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])' +
    ".then((info) => process.stdout.write(JSON.stringify(info)))";
  return JSON.parse(
    execFileSync(process.execPath, ["-e", script, path], { encoding: "utf8" }),
  ) as ManifestInfo;
}

const manifest = readFileSync(MANIFEST_PATH, "utf8");

describe("manifest.xml against the Office add-in manifest schema", () => {
  test("is valid, so Excel and the admin centre accept it", async () => {
    const result = await validateManifest(manifest);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test("a manifest without <Id> fails the same check", async () => {
    const broken = manifest.replace(/\s*<Id>[^<]*<\/Id>/, "");
    expect(broken).not.toBe(manifest);
    const result = await validateManifest(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toMatch(/Id/);
  });

  test("a ribbon icon with a non-numeric size fails the same check", async () => {
    const broken = manifest.replace('size="16"', 'size="small"');
    const result = await validateManifest(broken);
    expect(result.valid).toBe(false);
  });

  // The production build writes dist/manifest.xml; CI must have built it first.
  if (existsSync(DIST_MANIFEST_PATH) || process.env.CI) {
    test("the built dist/manifest.xml is valid and keeps the add-in's Id", async () => {
      if (!existsSync(DIST_MANIFEST_PATH)) {
        throw new Error("dist/manifest.xml is missing: run `npm run build` before the tests in CI");
      }
      const built = readFileSync(DIST_MANIFEST_PATH, "utf8");
      const result = await validateManifest(built);
      expect(result.errors).toEqual([]);
      expect(result.valid).toBe(true);
      const id = /<Id>([^<]+)<\/Id>/.exec(manifest)?.[1];
      expect(built).toContain(`<Id>${id}</Id>`);
    });
  }
});

describe("manifest.xml read by office-addin-manifest (the sideloading tools' parser)", () => {
  test("is an Excel task pane add-in that opens taskpane.html with read/write access", () => {
    const info = readWithOfficeAddinManifest(MANIFEST_PATH);
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.defaultSettings?.sourceLocation).toBe("https://localhost:3000/taskpane.html");
    expect(info.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(info.version).toBe("1.0.0.0");
    expect(info.defaultLocale).toBe("en-US");
    expect(info.displayName).toBe("Regional Agreements");
  });
});
