#!/usr/bin/env node
// Draws the add-in's icons as PNG files: node scripts/draw-icons.mjs [--out <dir>]
// A tiny rasteriser with no dependency: every shape is a signed distance field on a
// 16-unit design grid, covered per pixel (anti-aliased) and composited onto RGBA.
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const PALETTE = {
  ink: [11, 79, 92, 255], // deep teal #0B4F5C
  teal: [14, 110, 122, 255], // #0E6E7A, 5.9:1 against white
  mist: [205, 235, 238, 255], // light teal #CDEBEE
  line: [120, 176, 184, 255], // grid lines #78B0B8
  white: [255, 255, 255, 255],
};

// --- signed distances (negative inside), in design units ---

const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const qx = Math.abs(x - (x0 + x1) / 2) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(y - (y0 + y1) / 2) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};

const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;

/** A polyline stroked with round caps and joins, width w. */
const path = (points, w) => (x, y) => {
  let best = Infinity;
  for (let i = 0; i + 1 < points.length; i += 1) {
    const [ax, ay] = points[i];
    const [bx, by] = points[i + 1];
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
  }
  return best - w / 2;
};

/** The outline of a shape, width w centred on its edge. */
const outline = (shape, w) => (x, y) => Math.abs(shape(x, y)) - w / 2;

// --- layers: [shape, colour] painted in order ---

function sheet(x0, y0, x1, y1, fill) {
  const body = roundRect(x0, y0, x1, y1, 1);
  return [
    [body, fill],
    [outline(body, 1), PALETTE.ink],
  ];
}

const ICONS = {
  app: () => [
    [roundRect(0.5, 0.5, 15.5, 15.5, 3), PALETTE.ink],
    [roundRect(3, 3, 13, 13, 0.75), PALETTE.white],
    [roundRect(3, 3, 13, 6, 0.75), PALETTE.teal],
    [roundRect(3, 5, 13, 6, 0), PALETTE.teal],
    [
      path(
        [
          [3, 9.5],
          [13, 9.5],
        ],
        1,
      ),
      PALETTE.line,
    ],
    [
      path(
        [
          [6.5, 6],
          [6.5, 13],
        ],
        1,
      ),
      PALETTE.line,
    ],
    [
      path(
        [
          [9.5, 6],
          [9.5, 13],
        ],
        1,
      ),
      PALETTE.line,
    ],
  ],
  templates: () => [
    ...sheet(1.5, 1.5, 12.5, 14.5, PALETTE.white),
    [roundRect(2, 2, 12, 5, 0.5), PALETTE.mist],
    [
      path(
        [
          [2, 5.5],
          [12, 5.5],
        ],
        1,
      ),
      PALETTE.line,
    ],
    [
      path(
        [
          [2, 9.5],
          [12, 9.5],
        ],
        1,
      ),
      PALETTE.line,
    ],
    [
      path(
        [
          [5.5, 2],
          [5.5, 14],
        ],
        1,
      ),
      PALETTE.line,
    ],
    [circle(11.5, 11.5, 4.5), PALETTE.white],
    [circle(11.5, 11.5, 3.75), PALETTE.teal],
    [
      path(
        [
          [11.5, 9.5],
          [11.5, 13.5],
        ],
        1.25,
      ),
      PALETTE.white,
    ],
    [
      path(
        [
          [9.5, 11.5],
          [13.5, 11.5],
        ],
        1.25,
      ),
      PALETTE.white,
    ],
  ],
  validate: () => [
    [circle(8, 8, 7.25), PALETTE.teal],
    [outline(circle(8, 8, 7.25), 1), PALETTE.ink],
    [
      path(
        [
          [4.5, 8.25],
          [7, 10.75],
          [11.5, 5.5],
        ],
        1.75,
      ),
      PALETTE.white,
    ],
  ],
  consolidate: () => [
    [
      path(
        [
          [2.5, 4],
          [8, 9],
        ],
        1.25,
      ),
      PALETTE.ink,
    ],
    [
      path(
        [
          [8, 4],
          [8, 9],
        ],
        1.25,
      ),
      PALETTE.ink,
    ],
    [
      path(
        [
          [13.5, 4],
          [8, 9],
        ],
        1.25,
      ),
      PALETTE.ink,
    ],
    ...sheet(0.5, 0.5, 4.5, 5, PALETTE.mist),
    ...sheet(6, 0.5, 10, 5, PALETTE.mist),
    ...sheet(11.5, 0.5, 15.5, 5, PALETTE.mist),
    [roundRect(2.5, 8.5, 13.5, 15.5, 1), PALETTE.ink],
    [
      path(
        [
          [4.5, 11.5],
          [11.5, 11.5],
        ],
        1,
      ),
      PALETTE.white,
    ],
    [
      path(
        [
          [4.5, 13.5],
          [9.5, 13.5],
        ],
        1,
      ),
      PALETTE.white,
    ],
  ],
};

const SIZES = {
  app: [16, 32, 64, 80, 128],
  templates: [16, 32, 80],
  validate: [16, 32, 80],
  consolidate: [16, 32, 80],
};

/** Paints the layers onto a transparent size×size RGBA buffer (straight alpha). */
function rasterise(layers, size) {
  const scale = size / 16;
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const x = (px + 0.5) / scale;
      const y = (py + 0.5) / scale;
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (const [shape, colour] of layers) {
        const coverage = Math.max(0, Math.min(1, 0.5 - shape(x, y) * scale));
        const sa = (coverage * colour[3]) / 255;
        if (sa === 0) continue;
        const oa = sa + a * (1 - sa);
        r = (colour[0] * sa + r * a * (1 - sa)) / oa;
        g = (colour[1] * sa + g * a * (1 - sa)) / oa;
        b = (colour[2] * sa + b * a * (1 - sa)) / oa;
        a = oa;
      }
      const i = (py * size + px) * 4;
      rgba[i] = Math.round(r);
      rgba[i + 1] = Math.round(g);
      rgba[i + 2] = Math.round(b);
      rgba[i + 3] = Math.round(a * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** Encodes an RGBA buffer as an 8-bit truecolour-with-alpha PNG. */
function encodePng(rgba, width, height) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter, no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(
      raw,
      y * (width * 4 + 1) + 1,
    );
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const flag = process.argv.indexOf("--out");
  const outDir = resolve(flag >= 0 ? process.argv[flag + 1] : "assets");
  mkdirSync(outDir, { recursive: true });
  for (const [name, sizes] of Object.entries(SIZES)) {
    for (const size of sizes) {
      const file = join(outDir, `icon-${name}-${size}.png`);
      writeFileSync(file, encodePng(rasterise(ICONS[name](), size), size, size));
      console.log(file);
    }
  }
}

main();
