import { _electron as electron, expect, test } from '@playwright/test';
import { invokeContract } from '../../src/shared/ipc/contract';
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
  // Namespaced methods as "ns.method", so the list compares with the contract's channel names.
  const exposed = await page.evaluate(() =>
    Object.entries(window.api).flatMap(([key, value]) =>
      typeof value === 'function' ? [key] : Object.keys(value as object).map((m) => `${key}.${m}`),
    ),
  );
  expect(exposed.sort()).toEqual([...Object.keys(invokeContract), 'on'].sort());
  expect(page.url()).toBe('app://roadbook/index.html');
  await app.close();
});
