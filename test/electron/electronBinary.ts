import fs from 'node:fs';
import path from 'node:path';

const electronDir = path.resolve('node_modules/electron');
const pathFile = path.join(electronDir, 'path.txt');
const candidate = fs.existsSync(pathFile)
  ? path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8'))
  : undefined;

/** The downloaded Electron binary (npm run dev fetches it, with internet), or undefined. */
export const electronBinary = candidate && fs.existsSync(candidate) ? candidate : undefined;
