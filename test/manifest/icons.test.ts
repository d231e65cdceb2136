import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ASSETS_DIR, ROOT } from "./manifest-files";
import { readPng } from "./png";

const pngs = readdirSync(ASSETS_DIR).filter((f) => f.endsWith(".png"));

test("the committed icons are exactly what scripts/draw-icons.mjs draws", () => {
  const out = mkdtempSync(join(tmpdir(), "ra-icons-"));
  try {
    execFileSync(process.execPath, [join(ROOT, "scripts", "draw-icons.mjs"), "--out", out], {
      stdio: "pipe",
    });
    const drawn = readdirSync(out).sort();
    expect(pngs.slice().sort()).toEqual(drawn);
    for (const name of drawn) {
      expect([
        name,
        readFileSync(join(out, name)).equals(readFileSync(join(ASSETS_DIR, name))),
      ]).toEqual([name, true]);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test("the app and every button have icons at 16, 32 and 80 px, the app also at 64 and 128", () => {
  for (const name of ["app", "templates", "validate", "consolidate"]) {
    for (const size of [16, 32, 80]) expect(pngs).toContain(`icon-${name}-${size}.png`);
  }
  expect(pngs).toEqual(expect.arrayContaining(["icon-app-64.png", "icon-app-128.png"]));
});

test.each(pngs)("%s is a valid RGBA PNG with a drawn shape on a transparent ground", (name) => {
  const png = readPng(readFileSync(join(ASSETS_DIR, name)));
  const opaque = png.alpha.filter((a) => a === 255).length;
  const transparent = png.alpha.filter((a) => a === 0).length;
  expect(opaque / png.alpha.length).toBeGreaterThan(0.2);
  expect(transparent).toBeGreaterThan(0);
});
