#!/usr/bin/env node
// Draws the add-in's icons (app icon and one per ribbon button) as PNG files in assets/.
// Run `node scripts/make-icons.mjs` after changing a glyph; the PNGs are committed, so the
// build needs neither this script nor an image tool. Pure Node: a tiny vector rasteriser with
// 4×4 supersampling (smooth edges at 16 px) and a PNG encoder on top of zlib.
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPaneRegistry } from "./pane-registry.mjs";

const ASSETS = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
// Ribbon sizes required by the manifest (16/32/80) plus 64 for HighResolutionIconUrl.
const SIZES = [16, 32, 64, 80];
const SUPERSAMPLE = 4;

// Fluent palette: brand blue for the app, one calm colour per capability so the buttons are
// told apart at a glance; all pass WCAG contrast with a white glyph.
const ICONS = {
  icon: { background: "#0F6CBD", glyph: sigma },
  controleren: { background: "#107C41", glyph: checkMark },
  verdelen: { background: "#0F6CBD", glyph: pie },
  indexeren: { background: "#8F4E00", glyph: risingLine },
  bezetting: { background: "#5C2E91", glyph: bars },
  vergelijken: { background: "#03787C", glyph: twoWayArrows },
};

// Glyphs: coordinates in the unit square (0..1, y down); each returns a predicate
// (x, y) → covered, built from the primitives below.
function sigma() {
  return stroke(
    [
      [0.7, 0.26],
      [0.32, 0.26],
      [0.54, 0.5],
      [0.32, 0.74],
      [0.7, 0.74],
    ],
    0.1,
  );
}

function checkMark() {
  return stroke(
    [
      [0.24, 0.53],
      [0.43, 0.72],
      [0.77, 0.3],
    ],
    0.12,
  );
}

function pie() {
  // A disc with one slice pulled out: "splitting a total into shares".
  const disc = sector(0.47, 0.53, 0.28, 0.0, 1.5 * Math.PI);
  const slice = sector(0.53, 0.47, 0.28, 1.5 * Math.PI, 2 * Math.PI);
  return (x, y) => disc(x, y) || slice(x, y);
}

function risingLine() {
  const line = stroke(
    [
      [0.2, 0.74],
      [0.4, 0.54],
      [0.54, 0.64],
      [0.74, 0.36],
    ],
    0.09,
  );
  const head = triangle([0.82, 0.22], [0.62, 0.3], [0.8, 0.45]);
  return (x, y) => line(x, y) || head(x, y);
}

function twoWayArrows() {
  // "two versions side by side": an arrow to the right above an arrow to the left
  const top = stroke([[0.2, 0.36], [0.64, 0.36]], 0.09);
  const topHead = triangle([0.84, 0.36], [0.62, 0.2], [0.62, 0.52]);
  const bottom = stroke([[0.36, 0.66], [0.8, 0.66]], 0.09);
  const bottomHead = triangle([0.16, 0.66], [0.38, 0.5], [0.38, 0.82]);
  return (x, y) => top(x, y) || topHead(x, y) || bottom(x, y) || bottomHead(x, y);
}

function bars() {
  const parts = [
    rect(0.2, 0.52, 0.36, 0.78),
    rect(0.42, 0.3, 0.58, 0.78),
    rect(0.64, 0.42, 0.8, 0.78),
  ];
  return (x, y) => parts.some((part) => part(x, y));
}

// Primitives.
function rect(x0, y0, x1, y1) {
  return (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

function roundedSquare(margin, radius) {
  const lo = margin + radius;
  const hi = 1 - margin - radius;
  return (x, y) => {
    const dx = Math.max(lo - x, 0, x - hi);
    const dy = Math.max(lo - y, 0, y - hi);
    return x >= margin && x <= 1 - margin && y >= margin && y <= 1 - margin && dx * dx + dy * dy <= radius * radius;
  };
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (ax + t * vx), y - (ay + t * vy));
}

/** A polyline of the given width with round joins and caps. */
function stroke(points, width) {
  return (x, y) => {
    for (let i = 1; i < points.length; i++) {
      if (distanceToSegment(x, y, points[i - 1], points[i]) <= width / 2) return true;
    }
    return false;
  };
}

function sector(cx, cy, radius, from, to) {
  return (x, y) => {
    const dx = x - cx;
    const dy = y - cy;
    if (dx * dx + dy * dy > radius * radius) return false;
    let angle = Math.atan2(dy, dx);
    if (angle < 0) angle += 2 * Math.PI;
    return angle >= from && angle <= to;
  };
}

function triangle(a, b, c) {
  const side = (p, q, x, y) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  return (x, y) => {
    const s1 = side(a, b, x, y);
    const s2 = side(b, c, x, y);
    const s3 = side(c, a, x, y);
    return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  };
}

// Rasteriser: straight (non-premultiplied) RGBA, glyph white over the coloured tile.
function hexToRgb(hex) {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function render(size, { background, glyph }) {
  const tile = roundedSquare(0.04, 0.18);
  const mark = glyph();
  const [r, g, b] = hexToRgb(background);
  const pixels = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let tileHits = 0;
      let glyphHits = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!tile(x, y)) continue;
          tileHits++;
          if (mark(x, y)) glyphHits++;
        }
      }
      const offset = (py * size + px) * 4;
      const white = tileHits === 0 ? 0 : glyphHits / tileHits;
      pixels[offset] = Math.round(r + (255 - r) * white);
      pixels[offset + 1] = Math.round(g + (255 - g) * white);
      pixels[offset + 2] = Math.round(b + (255 - b) * white);
      pixels[offset + 3] = Math.round((255 * tileHits) / samples);
    }
  }
  return pixels;
}

// PNG encoder (RGBA, 8 bit, filter 0 on every row).
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) pixels.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Every pane in the registry needs a glyph here (its ribbon button's icon).
const withoutGlyph = (await loadPaneRegistry()).filter((pane) => !ICONS[pane.icon]).map((pane) => pane.icon);
if (withoutGlyph.length) {
  console.error(`Geen glyph voor / no glyph for: ${withoutGlyph.join(", ")} (zie ICONS in scripts/make-icons.mjs)`);
  process.exit(1);
}

mkdirSync(ASSETS, { recursive: true });
for (const [name, icon] of Object.entries(ICONS)) {
  for (const size of SIZES) {
    const file = join(ASSETS, `${name}-${size}.png`);
    writeFileSync(file, encodePng(size, render(size, icon)));
  }
}
console.log(`${Object.keys(ICONS).length * SIZES.length} iconen geschreven in assets/ (${SIZES.join(", ")} px)`);
