import fs from 'node:fs';
import path from 'node:path';
import { secretKeyOf } from '../../src/core/auth/connectionRecord';
import { expect, test } from './fixtures';
import { openView } from './navigation';
import { myEventsInWindow } from '../support/truth';

function filesIn(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesIn(full) : [full];
  });
}

test('a rep connects through the system browser and no token ever reaches the renderer', async ({
  app,
  context,
  fakeOrg,
  testCore,
  traffic,
}) => {
  await openView(app, 'Settings');
  await expect(app.getByRole('radio', { name: 'Custom domain' })).toBeChecked();
  await expect(app.getByRole('textbox', { name: 'Your company’s Salesforce address' })).toHaveValue(
    fakeOrg.url,
  );
  // The consumer key is built in: the rep finds it under Advanced, already filled in.
  await expect(app.getByRole('textbox', { name: 'Consumer key' })).toBeHidden();
  await app.getByRole('button', { name: 'Advanced' }).click();
  await expect(app.getByRole('textbox', { name: 'Consumer key' })).toHaveValue(fakeOrg.clientId);

  const browserTab = context.waitForEvent('page');
  await app.getByRole('button', { name: 'Sign in to Salesforce' }).click();
  const signInPage = await browserTab;
  await expect(
    app.getByRole('status', { name: 'Salesforce: Waiting for browser sign-in…' }),
  ).toBeVisible();
  await expect(app.getByText(/Finish signing in in your browser/)).toBeVisible();

  await signInPage.getByRole('button', { name: 'Allow' }).click();

  const user = fakeOrg.control.state().users[0]!;
  await expect(app.getByText(`Connected as ${user.name} at Roadbook Fake Org`)).toBeVisible();
  await expect(
    app.getByRole('status', { name: `Salesforce: Connected as ${user.name}` }),
  ).toBeVisible();
  const records =
    [
      'User',
      'OpportunityStage',
      'Account',
      'Contact',
      'Opportunity',
      'Lead',
      'OpportunityContactRole',
    ]
      .map((o) => fakeOrg.control.all(o).length)
      .reduce((a, b) => a + b, 0) +
    // Tasks: only the rep's own.
    fakeOrg.control.all('Task').filter((t) => t['OwnerId'] === fakeOrg.userId).length +
    // Events: the rep's own, inside the sync window.
    myEventsInWindow(fakeOrg).length;
  await expect(
    app.getByRole('status', {
      name: `Sync: Synced just now · ${records.toLocaleString('en-US')} records`,
    }),
  ).toBeVisible();
  await openView(app, 'Home');
  await expect(app.getByRole('region', { name: 'Your open pipeline' })).toBeVisible();

  const key = `${fakeOrg.orgId}-${fakeOrg.userId}`;
  const refreshToken = await testCore.deps.secrets.get(secretKeyOf(key));
  const accessToken = testCore.core.auth.activeConnection().accessToken;
  expect(refreshToken).toBeTruthy();
  expect(accessToken).toBeTruthy();
  const seen = JSON.stringify(traffic);
  expect(seen).toContain('Roadbook Fake Org');
  // Every code and token the org issued, as is and URL-encoded, in the traffic and every file
  // of the data folder (secrets/ holds only ciphertext, the log only what it should).
  const issued = fakeOrg.control.issuedSecrets();
  expect(issued).toEqual(expect.arrayContaining([refreshToken!, accessToken!]));
  const files = filesIn(testCore.dataDir);
  expect(files.some((f) => f.endsWith('roadbook.log'))).toBe(true);
  expect(files.some((f) => f.includes(`${path.sep}secrets${path.sep}`))).toBe(true);
  for (const token of issued) {
    for (const spelling of new Set([token, encodeURIComponent(token)])) {
      expect(seen).not.toContain(spelling);
      for (const file of files)
        expect(fs.readFileSync(file).toString('latin1'), file).not.toContain(spelling);
    }
  }
});

test('a rep who denies access is told so, and can try again', async ({ app, context }) => {
  await openView(app, 'Settings');
  const browserTab = context.waitForEvent('page');
  await app.getByRole('button', { name: 'Sign in to Salesforce' }).click();
  await (await browserTab).getByRole('button', { name: 'Deny' }).click();
  const alert = app.getByRole('alert');
  await expect(alert).toContainText('You chose not to allow Roadbook in the browser');
  await alert.getByRole('button', { name: 'Show details' }).click();
  await expect(alert.getByText('ACCESS_DENIED')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Sign in to Salesforce' })).toBeEnabled();
});

test('a login host that is not Salesforce is refused before any browser opens', async ({
  app,
  externalOpens,
}) => {
  await openView(app, 'Settings');
  await app
    .getByRole('textbox', { name: 'Your company’s Salesforce address' })
    .fill('https://evil.example');
  await app.getByRole('button', { name: 'Sign in to Salesforce' }).click();
  await expect(app.getByRole('alert')).toContainText(
    'evil.example is not a Salesforce login address',
  );
  expect(externalOpens).toEqual([]);
});

test('a rep can cancel a sign-in, and disconnect keeping or deleting local data', async ({
  app,
  context,
  fakeOrg,
  testCore,
}) => {
  await openView(app, 'Settings');
  let tab = context.waitForEvent('page');
  await app.getByRole('button', { name: 'Sign in to Salesforce' }).click();
  await tab;
  await app.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.getByText(/Finish signing in in your browser/)).toBeHidden();

  tab = context.waitForEvent('page');
  await app.getByRole('button', { name: 'Sign in to Salesforce' }).click();
  await (await tab).getByRole('button', { name: 'Allow' }).click();
  await expect(app.getByText(/^Connected as .* at Roadbook Fake Org$/)).toBeVisible();

  const cache = path.join(testCore.dataDir, `${fakeOrg.orgId}-${fakeOrg.userId}.sqlite`);
  fs.writeFileSync(cache, 'cached records');
  // What the window keeps about an org: records opened lately, filters typed.
  const kept = (org: string) => [`roadbook.org.${org}.recent`, `roadbook.org.${org}.view.leads`];
  const thisOrg = `${fakeOrg.orgId}-${fakeOrg.userId}`;
  const storedKeys = () => app.evaluate(() => Object.keys(localStorage).sort());
  await app.evaluate(
    (keys) => keys.forEach((key) => localStorage.setItem(key, '["Ana Silva"]')),
    [...kept(thisOrg), ...kept('00D000000000002-005000000000002')],
  );
  await app.getByRole('button', { name: 'Disconnect Roadbook Fake Org' }).click();
  const dialog = app.getByRole('dialog', { name: 'Disconnect Roadbook Fake Org?' });
  await dialog.getByRole('checkbox', { name: 'Also delete local data for this org' }).check();
  await dialog.getByRole('button', { name: 'Disconnect' }).click();
  await expect(app.getByText('Not connected yet.')).toBeVisible();
  expect(fs.existsSync(cache)).toBe(false);
  expect(await storedKeys()).toEqual(
    expect.not.arrayContaining([expect.stringContaining(thisOrg)]),
  );
  expect(await storedKeys()).toEqual(
    expect.arrayContaining(kept('00D000000000002-005000000000002')),
  );
});
