// Writes resources/tray/<state>.png (16 px) and <state>@2x.png (32 px): a filled dot per sync state.
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

function png(size, [r, g, b]) {
  const rows = [];
  const centre = (size - 1) / 2;
  const radius = size * 0.42;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x - centre, y - centre);
      const alpha = Math.max(0, Math.min(1, radius - d + 0.5));
      row.set([r, g, b, Math.round(alpha * 255)], 1 + x * 4);
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
}
