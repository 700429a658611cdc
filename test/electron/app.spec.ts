import fs from 'node:fs';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const electronDir = path.resolve('node_modules/electron');
const pathFile = path.join(electronDir, 'path.txt');
const binary = fs.existsSync(pathFile)
  ? path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8'))
  : undefined;
const hasBinary = binary !== undefined && fs.existsSync(binary);

// Runs where the Electron binary has been downloaded (npm run dev once, with internet); the
// browser test bed covers the renderer elsewhere.
test.skip(!hasBinary, 'needs the Electron binary, which is not installed here');

test('the packaged shell starts sandboxed with exactly the contract as window.api', async () => {
  const app = await electron.launch({
    executablePath: binary,
    args: ['.'],
    env: { ...process.env, ROADBOOK_E2E: '1' },
  });
  const page = await app.firstWindow();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
    'undefined',
  );
  expect(await page.evaluate(() => Object.keys(window.api).sort())).toContain('auth');
  expect(page.url()).toBe('app://roadbook/index.html');
  await app.close();
});
