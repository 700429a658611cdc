import type { Page } from '@playwright/test';
import type { FakeOrg } from '../fake-org';
import { answerInBrowser } from '../support/signInScript';
import type { AppCore } from '../../src/core/app/appCore';
import { deferIndexes, restoreIndexes } from '../../src/core/store/deferredIndexes';
import { accounts } from '../support/truth';
import { expect, test } from './fixtures';
import { openView } from './navigation';

const offlineReason = 'You are offline; this needs the network.';

/** Every query answers slowly, so the first sync is still under way while objects land. */
function slowQueries(fakeOrg: FakeOrg, ms: number) {
  for (const route of ['query', 'queryAll', 'queryMore'])
    fakeOrg.control.addFault({ route, kind: 'latency', ms });
}

const live = (fakeOrg: FakeOrg, object: string) =>
  fakeOrg.control.all(object).filter((r) => !r['IsDeleted']);

async function signIn(core: AppCore, fakeOrg: FakeOrg, externalOpens: string[]) {
  await core.auth.connect({ loginHost: fakeOrg.url, clientId: fakeOrg.clientId });
  await core.handleDeepLink(await answerInBrowser(externalOpens.at(-1)!));
}

/** Disconnects the org from Settings with its local data deleted, as a rep starting over does. */
async function disconnectDeletingData(app: Page) {
  await openView(app, 'Settings');
  await app.getByRole('button', { name: 'Disconnect Roadbook Fake Org' }).click();
  const dialog = app.getByRole('dialog', { name: 'Disconnect Roadbook Fake Org?' });
  await dialog.getByRole('checkbox', { name: 'Also delete local data for this org' }).check();
  await dialog.getByRole('button', { name: 'Disconnect' }).click();
  await expect(app.getByText('Not connected yet.')).toBeVisible();
}

test('the first sync shows each object’s progress, and a list opens as soon as its records land', async ({
  app,
  core,
  fakeOrg,
  externalOpens,
}) => {
  slowQueries(fakeOrg, 1500);
  await signIn(core, fakeOrg, externalOpens);

  const allSet = app.getByRole('region', { name: 'You’re all set' });
  await expect(allSet).toContainText(`signed in to Roadbook Fake Org`);
  const bars = allSet.getByRole('list', { name: 'Your records' });
  await expect(bars.getByRole('progressbar').first()).toBeVisible();
  const sidebar = app.getByRole('navigation', { name: 'Main' });
  await expect(
    sidebar.getByRole('list', { name: 'First sync' }).getByRole('progressbar').first(),
  ).toBeVisible();

  // Each stored object's count and total are the org's own.
  const accountCount = accounts(fakeOrg).length;
  for (const [word, count] of [
    ['Accounts', accountCount],
    ['Users', live(fakeOrg, 'User').length],
  ] as const) {
    const line = `${word} ${count} of ${count}`;
    await expect(bars.getByRole('listitem').filter({ hasText: `${word} ` })).toHaveText(
      `${line} · ready`,
    );
    await expect(bars.getByRole('progressbar', { name: word })).toHaveAttribute(
      'aria-valuetext',
      `${line}, ready`,
    );
  }
  // Slower still once accounts are in: leads stay on their way while the views are looked at.
  fakeOrg.control.clearFaults();
  slowQueries(fakeOrg, 8000);

  await openView(app, 'Leads');
  await expect(app.getByRole('region', { name: 'Leads are on their way' })).toBeVisible();
  // Accounts are listed as soon as they are stored, every one, while the rest still syncs.
  await openView(app, 'Accounts');
  await expect(app.getByRole('grid', { name: 'Accounts' })).toBeVisible();
  const mine = accounts(fakeOrg).filter((a) => a['OwnerId'] === fakeOrg.userId).length;
  await expect(app.getByRole('status').filter({ hasText: / accounts match$/ })).toHaveText(
    `${mine} accounts match`,
  );
  await expect(app.getByRole('status', { name: /^Sync: Syncing/ })).toBeVisible();

  fakeOrg.control.clearFaults();
  await openView(app, 'Leads');
  await expect(app.getByRole('grid', { name: 'Leads' })).toBeVisible();
  await openView(app, 'Home');
  await expect(app.getByRole('region', { name: 'Your open pipeline' })).toBeVisible();
  await expect(allSet).toBeHidden();
  await expect(sidebar.getByRole('progressbar')).toHaveCount(0);
});

test('after deleting local data, signing in again shows the first sync, never $0 beside old counts', async ({
  synced: app,
  core,
  fakeOrg,
  externalOpens,
}) => {
  await disconnectDeletingData(app);

  slowQueries(fakeOrg, 1500);
  await signIn(core, fakeOrg, externalOpens);
  await openView(app, 'Home');
  await expect(app.getByRole('region', { name: 'You’re all set' })).toBeVisible();
  await expect(app.getByRole('status', { name: /^Sync: Syncing/ })).not.toContainText('records');
  await expect(app.getByRole('region', { name: 'Your open pipeline' })).toHaveCount(0);

  fakeOrg.control.clearFaults();
  const pipeline = app.getByRole('region', { name: 'Your open pipeline' });
  await expect(pipeline.locator('.kpi-value')).toHaveText(/^\$[1-9]/);
});

test('reloading after deleting local data: a list shows its rows as soon as its object lands, whoever reads the status meanwhile', async ({
  synced: app,
  core,
  fakeOrg,
  externalOpens,
}) => {
  await disconnectDeletingData(app);

  slowQueries(fakeOrg, 1500);
  await signIn(core, fakeOrg, externalOpens);
  await openView(app, 'Accounts');
  await expect(app.getByRole('gridcell').first()).toBeVisible();
  // Leads (two objects later) are held back while the window is reloaded and looked at.
  fakeOrg.control.clearFaults();
  slowQueries(fakeOrg, 8_000);
  // A window that loads reads the status, as the tray does after each change: the users and
  // accounts stored are not a sync finished.
  await app.reload();
  await openView(app, 'Accounts');
  await expect(app.getByRole('gridcell').first()).toBeVisible();
  await openView(app, 'Leads');
  const onTheirWay = app.getByRole('region', { name: 'Leads are on their way' });
  await expect(onTheirWay).toBeVisible();
  await expect(app.getByRole('status', { name: /^Sync: Syncing/ })).toBeVisible();

  fakeOrg.control.clearFaults();
  await expect(
    app.getByRole('grid', { name: 'Leads' }).getByRole('gridcell').first(),
  ).toBeVisible();
});

test('a table whose records are loading again shows their progress, then its rows', async ({
  synced: app,
  core,
}) => {
  // What the sync worker does when it loads leads into an emptied table (a reload, a rebuild).
  const db = core.caches.open(core.auth.activeKey()!);
  deferIndexes(db, 'sf_lead');
  await openView(app, 'Leads');
  await expect(app.getByRole('status').filter({ hasText: 'Loading leads…' })).toBeVisible();
  await expect(app.getByRole('gridcell')).toHaveCount(0);
  // Search says what it cannot find yet.
  await app.keyboard.press('Control+k');
  const search = app.getByRole('dialog', { name: 'Search' });
  await search.getByRole('combobox', { name: 'Search records' }).fill('a');
  await expect(search.getByRole('status').filter({ hasText: 'Loading leads…' })).toBeVisible();
  await app.keyboard.press('Escape');

  await restoreIndexes(db, 'sf_lead');
  await core.sync.syncNow();
  await expect(
    app.getByRole('status').filter({ hasText: /^[\d,]+ leads( match)?$/ }),
  ).toBeVisible();
  await expect(app.getByRole('gridcell').first()).toBeVisible();
});

test('offline: every view has the banner, the dot says offline, and network actions say why they are off', async ({
  synced: app,
  core,
}) => {
  core.sync.setOnline(false);
  await expect(
    app.getByRole('status', { name: /^Salesforce: Offline · signed in as / }),
  ).toBeVisible();
  const syncNow = app.getByRole('button', { name: 'Sync now' });
  await expect(syncNow).toBeDisabled();
  await expect(syncNow).toHaveAccessibleDescription(offlineReason);

  const banner = app.getByRole('status').filter({ hasText: /^Offline · Data from/ });
  for (const view of [
    'Home',
    'Pipeline',
    'Opportunities',
    'Accounts',
    'Contacts',
    'Leads',
    'Changes',
    'Tasks',
    'Settings',
  ]) {
    await openView(app, view);
    await expect(app.getByRole('heading', { level: 1, name: view })).toBeVisible();
    await expect(banner, `${view} says it is offline`).toHaveCount(1);
  }
  const signInButton = app.getByRole('button', { name: 'Sign in to Salesforce' });
  await expect(signInButton).toBeDisabled();
  await expect(signInButton).toHaveAccessibleDescription(offlineReason);
  await openView(app, 'Accounts');
  await app.getByRole('grid', { name: 'Accounts' }).getByRole('row').nth(1).click();
  const openInSalesforce = app.getByRole('button', { name: 'Open in Salesforce' });
  await expect(openInSalesforce).toBeDisabled();
  await expect(openInSalesforce).toHaveAccessibleDescription(offlineReason);
  await openView(app, 'Settings');

  core.sync.setOnline(true);
  await expect(app.getByRole('status', { name: /^Salesforce: Connected as / })).toBeVisible();
  await expect(banner).toHaveCount(0);
  await expect(signInButton).toBeEnabled();
});

test('Sign in offers Production, Sandbox or a custom domain, with the address only for a custom domain', async ({
  app,
  externalOpens,
}) => {
  await openView(app, 'Settings');
  await expect(app.getByRole('heading', { name: 'Sign in to Salesforce' })).toBeVisible();
  const where = app.getByRole('group', { name: 'Where you sign in' });
  const address = app.getByRole('textbox', { name: 'Your company’s Salesforce address' });
  await where.getByRole('radio', { name: 'Production' }).check();
  await expect(address).toBeHidden();
  await where.getByRole('radio', { name: 'Custom domain' }).check();
  await expect(address).toBeVisible();
  await where.getByRole('radio', { name: 'Sandbox' }).check();
  await expect(address).toBeHidden();

  const advanced = app.getByRole('button', { name: 'Advanced' });
  await expect(advanced).toHaveAttribute('aria-expanded', 'false');
  await app.getByRole('button', { name: 'Sign in to Salesforce' }).click();
  await expect
    .poll(() => externalOpens.at(-1))
    .toMatch(/^https:\/\/test\.salesforce\.com\/services\/oauth2\/authorize\?/);
  await app.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.getByRole('status', { name: 'Salesforce: Not connected' })).toBeVisible();
});

test('the Events window is the rep’s to choose in Settings', async ({ synced: app, core }) => {
  await openView(app, 'Settings');
  const events = app.getByRole('group', { name: 'Events on this computer' });
  await expect(events.getByRole('combobox', { name: 'From the past' })).toHaveValue('30');
  await events.getByRole('combobox', { name: 'Up to the next' }).selectOption({ label: '30 days' });
  await expect(app.getByText('Saved. Events sync again now with the new dates.')).toBeVisible();
  expect(core.sync.settings().eventWindow).toEqual({ daysBack: 30, daysAhead: 30 });
});
