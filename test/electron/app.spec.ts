import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary } from './electronBinary';

test('the packaged shell starts sandboxed with exactly the contract as window.api', async () => {
  const app = await electron.launch({
    executablePath: electronBinary!,
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
