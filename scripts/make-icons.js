#!/usr/bin/env node
// Draws the add-in's icons (PNG, RGBA) at every size the manifest declares, with no image library:
// a red rounded tile (readable on light and dark ribbons: dark outline, white glyph) carrying
// a document with a check mark ("Kiểm tra") or, for the pane button, a list. The 16 px icons are
// drawn on the pixel grid (layers16) so they stay crisp on the ribbon.
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const RED = [200, 16, 46];
const OUTLINE = [110, 8, 24];
const WHITE = [255, 255, 255];
const GOLD = [255, 205, 0];

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Shapes in unit coordinates (0..1); each returns true when the point is inside.
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r), cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2;
};

/** 16 px: drawn on the pixel grid (coordinates in pixels) so edges stay crisp instead of blurring. */
function layers16(kind) {
  const px = (f) => (...a) => f(...a.map((v) => v / 16));
  const rect = px(roundRect), line = px(segment);
  const tile = [
    [rect(0, 0, 16, 16, 3), OUTLINE],
    [rect(1, 1, 15, 15, 2.2), RED],
  ];
  if (kind === "check") {
    return tile.concat([
      [rect(3, 2, 10, 14, 0.6), WHITE],
      [rect(4, 4, 9, 5, 0), RED],
      [rect(4, 6, 8, 7, 0), RED],
      // The check mark crosses from the page onto the tile, outlined so it reads on white and on red.
      [line(5, 10, 7.5, 12.5, 3.8), OUTLINE],
      [line(7.5, 12.5, 13, 6.5, 3.8), OUTLINE],
      [line(5, 10, 7.5, 12.5, 2.1), GOLD],
      [line(7.5, 12.5, 13, 6.5, 2.1), GOLD],
    ]);
  }
  return tile.concat(
    [3, 7, 11].flatMap((y) => [
      [rect(3, y, 5, y + 2, 0), WHITE],
      [rect(7, y, 13, y + 2, 0), WHITE],
    ]),
  );
}

/** Layers painted in order; later layers cover earlier ones. */
function layers(kind, size) {
  if (size <= 16) return layers16(kind);
  const stroke = 0.1;
  const tile = [
    [roundRect(0.02, 0.02, 0.98, 0.98, 0.18), OUTLINE],
    [roundRect(0.07, 0.07, 0.93, 0.93, 0.14), RED],
  ];
  if (kind === "check") {
    return tile.concat([
      [roundRect(0.24, 0.16, 0.72, 0.84, 0.04), WHITE],
      [roundRect(0.31, 0.27, 0.65, 0.33, 0.02), RED],
      [roundRect(0.31, 0.40, 0.60, 0.46, 0.02), RED],
      [segment(0.42, 0.62, 0.55, 0.76, stroke * 1.3), OUTLINE],
      [segment(0.55, 0.76, 0.86, 0.40, stroke * 1.3), OUTLINE],
      [segment(0.42, 0.62, 0.55, 0.76, stroke), GOLD],
      [segment(0.55, 0.76, 0.86, 0.40, stroke), GOLD],
    ]);
  }
  const rows = [0.28, 0.5, 0.72];
  return tile.concat(
    rows.flatMap((y) => [
      [roundRect(0.2, y - 0.07, 0.34, y + 0.07, 0.03), WHITE],
      [roundRect(0.42, y - 0.05, 0.82, y + 0.05, 0.03), WHITE],
    ]),
  );
}

function render(kind, size) {
  const ss = 4;
  const rgba = Buffer.alloc(size * size * 4);
  const shapes = layers(kind, size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size, y = (py + (sy + 0.5) / ss) / size;
          let color = null;
          for (const [inside, c] of shapes) if (inside(x, y)) color = c;
          if (color) { r += color[0]; g += color[1]; b += color[2]; a += 1; }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) { rgba[i] = r / a; rgba[i + 1] = g / a; rgba[i + 2] = b / a; rgba[i + 3] = Math.round((255 * a) / (ss * ss)); }
    }
  }
  return encodePng(size, rgba);
}

const out = path.join(__dirname, "..", "assets");
fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) fs.writeFileSync(path.join(out, `icon-${size}.png`), render("check", size));
for (const size of [16, 32, 80]) fs.writeFileSync(path.join(out, `pane-${size}.png`), render("list", size));
console.log("Icons written to", out);
