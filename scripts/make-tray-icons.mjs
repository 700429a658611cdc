// Writes resources/tray/<state>.png (16 px) and <state>@2x.png (32 px): a coloured dot per sync
// state; and <state>Template.png / <state>Template@2x.png for macOS, whose menu bar wants black
// shapes on transparency (it tints them itself), so there the state shows as a shape.
import fs from 'node:fs';
import path from 'node:path';
import { clamp, squarePng } from './png.mjs';

const colours = {
  synced: [46, 125, 50],
  syncing: [31, 95, 191],
  offline: [120, 128, 140],
  paused: [217, 164, 40],
  attention: [179, 38, 30],
};

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

const png = (size, [r, g, b], coverage = shapes.synced) =>
  squarePng(size, (u, v, px) => [r, g, b, Math.round(coverage(u, v, px) * 255)]);

const dir = path.resolve(import.meta.dirname, '../resources/tray');
fs.mkdirSync(dir, { recursive: true });
for (const [state, colour] of Object.entries(colours)) {
  fs.writeFileSync(path.join(dir, `${state}.png`), png(16, colour));
  fs.writeFileSync(path.join(dir, `${state}@2x.png`), png(32, colour));
  fs.writeFileSync(path.join(dir, `${state}Template.png`), png(16, [0, 0, 0], shapes[state]));
  fs.writeFileSync(path.join(dir, `${state}Template@2x.png`), png(32, [0, 0, 0], shapes[state]));
}
