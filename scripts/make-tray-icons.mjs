// Writes resources/tray/<state>.png (16 px) and <state>@2x.png (32 px): a coloured dot per sync
// state; and <state>Template.png / <state>Template@2x.png for macOS, whose menu bar wants black
// shapes on transparency (it tints them itself), so there the state shows as a shape.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const colours = {
  synced: [46, 125, 50],
  syncing: [31, 95, 191],
  offline: [120, 128, 140],
  paused: [217, 164, 40],
  attention: [179, 38, 30],
};

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};

const clamp = (v) => Math.max(0, Math.min(1, v));

/** Coverage of pixel (x, y) in a unit square for each shape; u, v in [-1, 1] from the centre. */
const shapes = {
  synced: (u, v, px) => clamp((0.84 - Math.hypot(u, v)) / px + 0.5),
  offline: (u, v, px) => clamp((0.2 - Math.abs(Math.hypot(u, v) - 0.68)) / px + 0.5),
  syncing: (u, v, px) =>
    Math.atan2(v, u) > 0 && Math.atan2(v, u) < Math.PI / 2
      ? 0
      : clamp((0.2 - Math.abs(Math.hypot(u, v) - 0.68)) / px + 0.5),
  paused: (u, v, px) =>
    Math.abs(v) > 0.75 ? 0 : clamp((0.2 - Math.abs(Math.abs(u) - 0.38)) / px + 0.5),
  attention: (u, v, px) =>
    Math.max(
      v < 0.3 && v > -0.85 ? clamp((0.18 - Math.abs(u)) / px + 0.5) : 0,
      clamp((0.2 - Math.hypot(u, v - 0.66)) / px + 0.5),
    ),
};

function png(size, [r, g, b], coverage = shapes.synced) {
  const rows = [];
  const px = 2 / size;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const u = ((x + 0.5) / size) * 2 - 1;
      const v = ((y + 0.5) / size) * 2 - 1;
      row.set([r, g, b, Math.round(coverage(u, v, px) * 255)], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = path.resolve(import.meta.dirname, '../resources/tray');
fs.mkdirSync(dir, { recursive: true });
for (const [state, colour] of Object.entries(colours)) {
  fs.writeFileSync(path.join(dir, `${state}.png`), png(16, colour));
  fs.writeFileSync(path.join(dir, `${state}@2x.png`), png(32, colour));
  fs.writeFileSync(path.join(dir, `${state}Template.png`), png(16, [0, 0, 0], shapes[state]));
  fs.writeFileSync(path.join(dir, `${state}Template@2x.png`), png(32, [0, 0, 0], shapes[state]));
}
