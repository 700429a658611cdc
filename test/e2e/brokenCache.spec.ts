import path from 'node:path';
import { pagesOf, zeroPages } from '../support/cacheDamage';
import { expect, test } from './fixtures';
import { openView } from './navigation';

test('a damaged cache says so in the rep’s words, and Rebuild brings the records back', async ({
  synced: app,
  core,
  testCore,
  fakeOrg,
}) => {
  const key = `${fakeOrg.orgId}-${fakeOrg.userId}`;
  const damage = pagesOf(core.caches.open(key), 'sf_account', { keepRoot: true });
  // Closed, damaged on disk, and opened again by the next question the window asks.
  await core.sync.stop();
  zeroPages(path.join(testCore.dataDir, `${key}.sqlite`), damage);

  await openView(app, 'Accounts');
  const problem = app.getByRole('alert').filter({ hasText: 'Your saved records are damaged' });
  await expect(problem).toBeVisible();
  await expect(problem).toContainText('keeps the changes waiting for Salesforce');
  await expect(app.getByRole('status', { name: /Rebuild it/ })).toBeVisible();

  await problem.getByRole('button', { name: 'Rebuild the cache' }).click();
  await expect(app.getByRole('status', { name: /^Sync: Synced/ })).toBeVisible({
    timeout: 30_000,
  });
  await expect(problem).toHaveCount(0);
  await app.getByLabel('Owner').selectOption('all');
  const firstAccount = fakeOrg.control
    .all('Account')
    .map((a) => String(a['Name']))
    .sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))[0]!;
  await expect(app.getByText(firstAccount, { exact: true }).first()).toBeVisible();
});
