// Writes build/icon.png, the one source image of Roadbook's icon: 1024 px, from which
// electron-builder makes the macOS .icns, the Windows .ico and the Linux icon sizes at build time.
// A road running to the horizon on a blue tile, inset as macOS asks (824 px of 1024).
import fs from 'node:fs';
import path from 'node:path';
import { clamp, squarePng } from './png.mjs';

const top = [43, 111, 214];
const bottom = [24, 74, 154];
const road = [244, 246, 250];
const line = [242, 194, 48];

/** Signed distance to a rounded square of half-side `half` and corner radius `radius`. */
function roundedSquare(u, v, half, radius) {
  const qx = Math.abs(u) - (half - radius);
  const qy = Math.abs(v) - (half - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

const horizon = -0.3;
const near = 0.805;
/** Half-width of the road at height v: wide at the bottom edge, a point at the horizon. */
const roadHalf = (v) => 0.46 * ((v - horizon) / (near - horizon));
const slope = 0.46 / (near - horizon);

function roadDistance(u, v) {
  const side = (Math.abs(u) - roadHalf(v)) / Math.hypot(1, slope);
  return Math.max(side, horizon - v);
}

// Dashes shrink and bunch towards the horizon; [from, to] in v.
const dashes = [
  [0.52, 0.7],
  [0.2, 0.33],
  [-0.02, 0.06],
  [-0.16, -0.12],
];
function dashDistance(u, v) {
  const dash = dashes.find(([from, to]) => v > from - 0.02 && v < to + 0.02);
  if (!dash) return 1;
  const across = Math.abs(u) - 0.1 * roadHalf(v);
  const along = Math.max(dash[0] - v, v - dash[1]);
  return Math.max(across, along);
}

const mix = (a, b, t) => a.map((c, i) => c + (b[i] - c) * t);

function pixel(u, v, px) {
  const tile = clamp(-roundedSquare(u, v, 0.805, 0.37) / px + 0.5);
  if (tile === 0) return [0, 0, 0, 0];
  let colour = mix(top, bottom, (v + 0.805) / 1.61);
  colour = mix(colour, road, clamp(-roadDistance(u, v) / px + 0.5));
  colour = mix(colour, line, clamp(-dashDistance(u, v) / px + 0.5));
  return [...colour.map(Math.round), Math.round(tile * 255)];
}

const file = path.resolve(import.meta.dirname, '../build/icon.png');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, squarePng(1024, pixel));
