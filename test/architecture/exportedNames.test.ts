import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const ROOT = join(__dirname, "..", "..");
const SRC = join(ROOT, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

const isExported = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) &&
  (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword) &&
  !(ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);

/** The names a module defines and exports itself (re-exports of another module's names left out). */
function exportedDefinitions(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  const names = new Set<string>();
  for (const statement of source.statements) {
    if (!isExported(statement)) continue;
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations)
        if (ts.isIdentifier(declaration.name)) names.add(declaration.name.text);
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name !== undefined
    ) {
      names.add(statement.name.text);
    }
  }
  return [...names];
}

describe("one home for each exported name", () => {
  it("defines no exported name in two modules of src/", () => {
    const homes = new Map<string, string[]>();
    for (const file of sourceFiles(SRC)) {
      const module = relative(ROOT, file).split("\\").join("/");
      for (const name of exportedDefinitions(file))
        homes.set(name, [...(homes.get(name) ?? []), module]);
    }
    const twice = [...homes]
      .filter(([, modules]) => modules.length > 1)
      .map(([name, modules]) => `${name}: ${modules.join(", ")}`);
    expect(twice).toEqual([]);
  });

  it("finds the exported names of a module, whatever their kind", () => {
    const names = exportedDefinitions(join(SRC, "core", "model", "sheetNames.ts"));
    expect(names).toEqual(expect.arrayContaining(["sameSheetName", "MAX_SHEET_NAME_LENGTH"]));
  });
});
