import { expect, test } from './fixtures';
import { openView } from './navigation';

const views = ['Home', 'Pipeline', 'Leads', 'Accounts', 'Settings'];

test('the shell loads with navigation and an honest connection state', async ({ app }) => {
  const nav = app.getByRole('navigation', { name: 'Main' });
  for (const name of [...views, 'Search']) {
    await expect(nav.getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible();
  }
  await expect(app.getByRole('status', { name: 'Salesforce: Not connected' })).toBeVisible();
  await expect(app.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
});

test('the first run shows the connection screen on Home', async ({ app }) => {
  await expect(app.getByText(/^Welcome to Roadbook/)).toBeVisible();
  await expect(app.getByRole('button', { name: 'Sign in to Salesforce' })).toBeVisible();
});

for (const view of views.filter((v) => v !== 'Settings' && v !== 'Home')) {
  test(`${view} shows the not-connected state and leads to Settings`, async ({ app }) => {
    await openView(app, view);
    await expect(app.getByRole('heading', { level: 1, name: view })).toBeVisible();
    await expect(app.getByRole('button', { name: view, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(app.getByRole('heading', { name: 'Not connected yet' })).toBeVisible();
    await app.getByRole('button', { name: 'Sign in to Salesforce' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  });
}

test('Settings shows the connection and the version from the core', async ({ app }) => {
  await openView(app, 'Settings');
  await expect(app.getByRole('heading', { name: 'Salesforce connection' })).toBeVisible();
  await expect(app.getByText('Not connected yet.')).toBeVisible();
  await expect(app.getByText('Roadbook test')).toBeVisible();
});

test('Settings keeps the close-button choice and says when updates do not apply', async ({
  app,
}) => {
  await openView(app, 'Settings');
  const panel = app.getByRole('region', { name: 'Window and updates' });
  const group = panel.getByRole('group', { name: 'When I close the window' });
  await expect(
    group.getByRole('radio', { name: 'Keep syncing in the tray, if this desktop has one' }),
  ).toBeChecked();
  await group.getByRole('radio', { name: 'Quit Roadbook' }).check();
  await openView(app, 'Home');
  await openView(app, 'Settings');
  await expect(group.getByRole('radio', { name: 'Quit Roadbook' })).toBeChecked();
  // The test bed is no installed package: no update feed, and the button says why it is off.
  await expect(panel.getByRole('button', { name: 'Check for updates' })).toBeDisabled();
  await expect(panel.getByRole('status')).toHaveText(/does not update itself/);
});

for (const shortcut of ['Control+k', 'Meta+k']) {
  test(`${shortcut} opens search with the field focused; Escape closes it`, async ({ app }) => {
    await openView(app, 'Leads');
    await app.keyboard.press(shortcut);
    const dialog = app.getByRole('dialog', { name: 'Search' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: 'Search records' })).toBeFocused();
    await app.keyboard.type('acme');
    await expect(dialog.getByRole('combobox')).toHaveValue('acme');
    await app.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(app.getByRole('heading', { level: 1, name: 'Leads' })).toBeVisible();
  });
}

test('the Search button opens the same palette', async ({ app }) => {
  await app.getByRole('button', { name: /^Search/ }).click();
  await expect(app.getByRole('dialog', { name: 'Search' })).toBeVisible();
});
