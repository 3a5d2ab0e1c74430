// Draws the app icon (a network signal with a check badge on a blue tile) and writes the PNGs and
// the Windows .ico that electron-builder picks up from build/. Plain Node, no image library:
// shapes are signed distances, anti-aliased over one pixel. Run: node build/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const HERE = dirname(fileURLToPath(import.meta.url));
const TILE = [21, 101, 192];
const WHITE = [255, 255, 255];
const GREEN = [46, 160, 67];

const clamp01 = (v) => Math.min(1, Math.max(0, v));

function roundedRect(x, y, inset, radius) {
  const qx = Math.abs(x - 0.5) - (0.5 - inset - radius);
  const qy = Math.abs(y - 0.5) - (0.5 - inset - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

function segment(x, y, [ax, ay], [bx, by]) {
  const [px, py, dx, dy] = [x - ax, y - ay, bx - ax, by - ay];
  const t = clamp01((px * dx + py * dy) / (dx * dx + dy * dy));
  return Math.hypot(px - t * dx, py - t * dy);
}

/** Signal arcs: rings around the source, cut to 45° either side of straight up. */
function arcs(x, y) {
  const [cx, cy] = [0.44, 0.7];
  const r = Math.hypot(x - cx, y - cy);
  const ring = Math.min(...[0.15, 0.27, 0.39].map((radius) => Math.abs(r - radius) - 0.032));
  const angle = Math.abs(Math.atan2(x - cx, cy - y));
  const wedge = (angle - Math.PI / 4) * r;
  return Math.max(ring, wedge);
}

/** Colour of one point, painting back to front; `aa` is one pixel in unit coordinates. */
function shade(x, y, aa) {
  let colour = [0, 0, 0];
  let alpha = 0;
  const paint = (distance, rgb) => {
    const cover = clamp01(0.5 - distance / aa);
    colour = colour.map((c, i) => c * (1 - cover) + rgb[i] * cover);
    alpha = alpha * (1 - cover) + cover;
  };
  paint(roundedRect(x, y, 0.06, 0.18), TILE);
  paint(arcs(x, y), WHITE);
  paint(Math.hypot(x - 0.44, y - 0.7) - 0.055, WHITE);
  paint(Math.hypot(x - 0.74, y - 0.74) - 0.165, WHITE);
  paint(Math.hypot(x - 0.74, y - 0.74) - 0.14, GREEN);
  const tick = Math.min(
    segment(x, y, [0.675, 0.745], [0.725, 0.795]),
    segment(x, y, [0.725, 0.795], [0.81, 0.69]),
  );
  paint(tick - 0.022, WHITE);
  // Colours were blended over transparent black: undo the premultiplication for PNG.
  return alpha === 0 ? [0, 0, 0, 0] : [...colour.map((c) => c / alpha), alpha * 255];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG (PNG spec, sections 11.2 and 12): filter byte 0 on every row. */
function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    for (let x = 0; x < size; x++) {
      const pixel = shade((x + 0.5) / size, (y + 0.5) / size, 1 / size);
      pixel.forEach((v, i) => (raw[row + 1 + x * 4 + i] = Math.round(v)));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An .ico of PNG entries (accepted since Windows Vista); width 0 in the directory means 256. */
function ico(images) {
  const directory = Buffer.alloc(6 + 16 * images.length);
  directory.writeUInt16LE(1, 2);
  directory.writeUInt16LE(images.length, 4);
  let offset = directory.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    directory.writeUInt8(size % 256, entry);
    directory.writeUInt8(size % 256, entry + 1);
    directory.writeUInt16LE(1, entry + 4);
    directory.writeUInt16LE(32, entry + 6);
    directory.writeUInt32LE(data.length, entry + 8);
    directory.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([directory, ...images.map((image) => image.data)]);
}

const images = new Map([16, 32, 48, 64, 128, 256, 512, 1024].map((size) => [size, png(size)]));
mkdirSync(join(HERE, 'icons'), { recursive: true });
// macOS builds the .icns from the 1024 px icon.png; Linux takes build/icons/<size>x<size>.png.
writeFileSync(join(HERE, 'icon.png'), images.get(1024));
for (const [size, data] of images) writeFileSync(join(HERE, 'icons', `${size}x${size}.png`), data);
writeFileSync(
  join(HERE, 'icon.ico'),
  ico([256, 48, 32, 16].map((size) => ({ size, data: images.get(size) }))),
);
