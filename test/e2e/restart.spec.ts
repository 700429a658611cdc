import { expect, test } from './fixtures';
import { openView, savedViewsMenu } from './navigation';

// Two sales processes, so the board has a choice to remember; small enough to sync fast.
test.use({
  settingsOnDisk: true,
  orgOptions: {
    dataset: 'realistic',
    scale: { accounts: 30, contacts: 30, opportunities: 60, leads: 40, tasks: 10, events: 5 },
  },
});

test('saved views, each table’s filters, sort and columns, and the board’s process survive a restart', async ({
  synced: app,
  restart,
}) => {
  test.setTimeout(90_000);
  await openView(app, 'Leads');
  const owner = app.getByRole('search').getByLabel('Owner');
  const grid = app.getByRole('grid', { name: 'Leads' });
  await owner.selectOption('all');
  await app.getByRole('button', { name: 'Status: any' }).click();
  const choice = app.getByRole('group', { name: 'Status' }).locator('label').first();
  const statusName = (await choice.locator('.choice-text').textContent())!;
  await choice.getByRole('checkbox').check();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('button', { name: `Status: ${statusName}` })).toBeVisible();
  await app.getByRole('button', { name: 'Views' }).click();
  await savedViewsMenu(app)
    .getByRole('textbox', { name: 'View name' })
    .fill('Everyone’s, one status');
  await savedViewsMenu(app).getByRole('button', { name: 'Save view' }).click();
  await app.keyboard.press('Escape');

  // What the table shows at quit differs from the saved view: both must come back.
  await owner.selectOption('me');
  await app.getByRole('button', { name: `Status: ${statusName}` }).click();
  await app.getByRole('button', { name: 'Clear' }).click();
  await app.keyboard.press('Escape');
  await grid.getByRole('button', { name: 'Sort by Company' }).click();
  await app.getByRole('button', { name: 'Columns' }).click();
  await app.getByRole('checkbox', { name: 'City' }).check();
  await app.keyboard.press('Escape');
  await expect(grid.getByRole('columnheader', { name: 'Sort by City' })).toBeVisible();

  await openView(app, 'Contacts');
  await app.getByRole('search').getByLabel('Owner').selectOption('all');
  const contacts = app.getByRole('grid', { name: 'Contacts' });
  await contacts.getByRole('button', { name: 'Sort by Account' }).click();
  await expect(contacts.getByRole('columnheader', { name: 'Sort by Account' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );

  await openView(app, 'Pipeline');
  await app.getByRole('button', { name: 'Sales process: New Business' }).click();
  await app
    .getByRole('dialog', { name: 'Sales process' })
    .getByRole('button', { name: 'Renewal' })
    .click();
  await expect(app.getByRole('button', { name: 'Sales process: Renewal' })).toBeVisible();

  await restart();

  await openView(app, 'Pipeline');
  await expect(app.getByRole('button', { name: 'Sales process: Renewal' })).toBeVisible();

  await openView(app, 'Contacts');
  await expect(app.getByRole('search').getByLabel('Owner')).toHaveValue('all');
  await expect(contacts.getByRole('columnheader', { name: 'Sort by Account' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );

  await openView(app, 'Leads');
  await expect(owner).toHaveValue('me');
  await expect(app.getByRole('button', { name: 'Status: any' })).toBeVisible();
  await expect(grid.getByRole('columnheader', { name: 'Sort by Company' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(grid.getByRole('columnheader', { name: 'Sort by City' })).toBeVisible();

  await app.getByRole('button', { name: 'Views' }).click();
  await savedViewsMenu(app)
    .getByRole('button', { name: 'Everyone’s, one status', exact: true })
    .click();
  await expect(owner).toHaveValue('all');
  await expect(app.getByRole('button', { name: `Status: ${statusName}` })).toBeVisible();
});
