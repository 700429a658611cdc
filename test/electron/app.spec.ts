import { _electron as electron, expect, test } from '@playwright/test';
import { invokeChannels } from '../../src/shared/ipc/channels';
import { electronBinary } from './electronBinary';

test('the packaged shell starts sandboxed with exactly the contract as window.api', async () => {
  const app = await electron.launch({
    executablePath: electronBinary!,
    args: ['.'],
  });
  const page = await app.firstWindow();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
    'undefined',
  );
  const namespaces = [...new Set(invokeChannels.map((c) => c.split('.')[0]))];
  expect(await page.evaluate(() => Object.keys(window.api).sort())).toEqual(
    [...namespaces, 'on'].sort(),
  );
  expect(page.url()).toBe('app://roadbook/index.html');
  await app.close();
});
