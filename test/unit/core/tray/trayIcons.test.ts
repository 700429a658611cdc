import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { trayIcons } from '../../../../src/core/tray/trayModel';

/** Width, height and RGBA pixels of one of our own PNGs (8-bit RGBA, no filtering). */
function readPng(file: string) {
  const data = fs.readFileSync(file);
  expect(data.subarray(1, 4).toString('ascii')).toBe('PNG');
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < data.length;) {
    const length = data.readUInt32BE(at);
    if (data.toString('ascii', at + 4, at + 8) === 'IDAT')
      idat.push(data.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const pixels = Array.from({ length: width * height }, (_, i) => {
    const row = Math.floor(i / width);
    const offset = row * (1 + width * 4) + 1 + (i % width) * 4;
    return [...raw.subarray(offset, offset + 4)] as [number, number, number, number];
  });
  return { width, height, pixels };
}

const dir = path.resolve('resources/tray');

describe('tray icons', () => {
  it.each(trayIcons)('%s has 16 and 32 px images, and black template images for macOS', (icon) => {
    for (const [suffix, size] of [
      ['', 16],
      ['@2x', 32],
    ] as const) {
      const colour = readPng(path.join(dir, `${icon}${suffix}.png`));
      expect([colour.width, colour.height]).toEqual([size, size]);
      const template = readPng(path.join(dir, `${icon}Template${suffix}.png`));
      expect([template.width, template.height]).toEqual([size, size]);
      expect(template.pixels.every(([r, g, b]) => r + g + b === 0)).toBe(true);
      expect(template.pixels.some(([, , , a]) => a === 255)).toBe(true);
    }
  });

  it('tells the states apart by shape where colour is gone', () => {
    const masks = trayIcons.map((icon) =>
      readPng(path.join(dir, `${icon}Template@2x.png`))
        .pixels.map(([, , , a]) => (a > 127 ? 1 : 0))
        .join(''),
    );
    expect(new Set(masks).size).toBe(trayIcons.length);
  });
});
