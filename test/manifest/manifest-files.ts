import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { XMLFileInfo } from "xmllint-wasm";
import { validateXML } from "xmllint-wasm";

export const ROOT = join(__dirname, "..", "..");
export const MANIFEST_PATH = join(ROOT, "manifest.xml");
export const DIST_MANIFEST_PATH = join(ROOT, "dist", "manifest.xml");
export const ASSETS_DIR = join(ROOT, "assets");
export const DEV_BASE_URL = "https://localhost:3000/";

const SCHEMA_DIR = join(ROOT, "test", "fixtures", "office-manifest-xsd");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

function schemaFile(fileName: string): XMLFileInfo {
  return { fileName, contents: readFileSync(join(SCHEMA_DIR, fileName), "utf8") };
}

/** Validates manifest text against the Office add-in manifest schemas (offline copy). */
export async function validateManifest(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const others = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".xsd") && f !== MAIN_SCHEMA);
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [schemaFile(MAIN_SCHEMA)],
    preload: others.map(schemaFile),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}
