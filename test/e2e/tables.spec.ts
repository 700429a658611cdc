import { startTestBed } from '../web/testBed';
import { expect, test } from './fixtures';
import { openView, savedViewsMenu } from './navigation';

test('a saved view brings back its filters, sort and columns, in any window of the app', async ({
  synced: app,
  browser,
  core,
}) => {
  await openView(app, 'Leads');
  const owner = app.getByRole('search').getByLabel('Owner');
  await owner.selectOption('all');
  await app.getByRole('button', { name: 'Rating: any' }).click();
  await app.getByRole('checkbox', { name: /^Hot/ }).check();
  await app.keyboard.press('Escape');
  const grid = app.getByRole('grid', { name: 'Leads' });
  await grid.getByRole('button', { name: 'Sort by Company' }).click();
  await app.getByRole('button', { name: 'Columns' }).click();
  await app.getByRole('checkbox', { name: 'City' }).check();
  await app.keyboard.press('Escape');

  await app.getByRole('button', { name: 'Views' }).click();
  await expect(savedViewsMenu(app)).toContainText('No saved views yet');
  await savedViewsMenu(app).getByRole('textbox', { name: 'View name' }).fill('Hot leads');
  await savedViewsMenu(app).getByRole('button', { name: 'Save view' }).click();
  await expect(
    savedViewsMenu(app).getByRole('button', { name: 'Hot leads', exact: true }),
  ).toBeVisible();
  await app.keyboard.press('Escape');

  await owner.selectOption('me');
  await app.getByRole('button', { name: 'Rating: Hot' }).click();
  await app.getByRole('button', { name: 'Clear' }).click();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('button', { name: 'Rating: any' })).toBeVisible();

  await app.getByRole('button', { name: 'Views' }).click();
  await savedViewsMenu(app).getByRole('button', { name: 'Hot leads', exact: true }).click();
  await expect(savedViewsMenu(app)).toBeHidden();
  await expect(owner).toHaveValue('all');
  await expect(app.getByRole('button', { name: 'Rating: Hot' })).toBeVisible();

  // A new window on a fresh browser profile: only the core remembers the view.
  const bed = await startTestBed({ core });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(bed.url);
  await openView(page, 'Leads');
  const fresh = page.getByRole('grid', { name: 'Leads' });
  await expect(fresh.getByRole('columnheader', { name: 'Sort by City' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Views' }).click();
  await savedViewsMenu(page).getByRole('button', { name: 'Hot leads', exact: true }).click();
  await expect(page.getByRole('search').getByLabel('Owner')).toHaveValue('all');
  await expect(page.getByRole('button', { name: 'Rating: Hot' })).toBeVisible();
  await expect(fresh.getByRole('columnheader', { name: 'Sort by Company' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(fresh.getByRole('columnheader', { name: 'Sort by City' })).toBeVisible();

  await page.getByRole('button', { name: 'Views' }).click();
  await savedViewsMenu(page).getByRole('button', { name: 'Rename Hot leads' }).click();
  const rename = savedViewsMenu(page).getByRole('textbox', { name: 'New name for Hot leads' });
  await rename.fill('Hot, everyone’s');
  await rename.press('Enter');
  await expect(
    savedViewsMenu(page).getByRole('button', { name: 'Hot, everyone’s', exact: true }),
  ).toBeVisible();
  await savedViewsMenu(page).getByRole('button', { name: 'Delete Hot, everyone’s' }).click();
  await expect(savedViewsMenu(page)).toContainText('No saved views yet');
  await context.close();
  await bed.close();
});

test('J/K move through a table, Enter opens, E edits, and ? lists every shortcut', async ({
  synced: app,
}) => {
  await openView(app, 'Leads');
  await app.getByRole('search').getByLabel('Owner').selectOption('all');
  // Open leads only: a converted one has nothing E could edit.
  await app.getByRole('button', { name: /^Status: / }).click();
  await app
    .getByRole('dialog', { name: 'Status' })
    .getByRole('checkbox', { name: /^Open - Not Contacted/ })
    .check();
  await app.keyboard.press('Escape');
  const grid = app.getByRole('grid', { name: 'Leads' });
  const rows = grid.getByRole('row');
  await expect(rows.nth(2).getByRole('gridcell').first()).not.toBeEmpty();
  await grid.focus();
  await app.keyboard.press('j');
  await expect(rows.nth(2)).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('j');
  await app.keyboard.press('k');
  await expect(rows.nth(2)).toHaveAttribute('aria-selected', 'true');
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'false');
  const second = (await rows.nth(2).getByRole('gridcell').first().textContent()) ?? '';
  await app.keyboard.press('Enter');
  const panel = app.getByRole('complementary', { name: 'Lead details' });
  await expect(panel.getByRole('heading', { name: second })).toBeVisible();
  await expect(panel.getByRole('form', { name: 'Edit lead' })).toHaveCount(0);

  await grid.focus();
  await app.keyboard.press('k');
  const first = (await rows.nth(1).getByRole('gridcell').first().textContent()) ?? '';
  await app.keyboard.press('e');
  await expect(panel.getByRole('heading', { name: first })).toBeVisible();
  await expect(panel.getByRole('form', { name: 'Edit lead' })).toBeVisible();

  await grid.focus();
  await app.keyboard.press('?');
  const shortcuts = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toBeVisible();
  await expect(shortcuts.getByRole('region', { name: 'Tables' })).toContainText('Edit the record');
  await expect(shortcuts.getByRole('region', { name: 'Pipeline board' })).toContainText(
    'Move the deal to a stage',
  );
  await app.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();
  await expect(grid).toBeFocused();

  // Typed into a text field, the keys are text.
  const filter = app.getByRole('searchbox', { name: 'Filter leads' });
  await filter.pressSequentially('j?e');
  await expect(filter).toHaveValue('j?e');
  await expect(shortcuts).toBeHidden();
  await expect(panel.getByRole('heading', { name: first })).toBeVisible();
});

test('on the board, J moves to the next deal and E opens it to edit', async ({ synced: app }) => {
  await openView(app, 'Pipeline');
  await app.getByLabel('Owner').selectOption('all');
  const board = app.getByRole('list', { name: 'Pipeline board' });
  const column = board.locator('.stage').filter({ has: app.locator('.card-item + .card-item') });
  const cards = column.first().locator('.card');
  await cards.first().focus();
  await app.keyboard.press('j');
  await expect(cards.nth(1)).toBeFocused();
  const name = (await cards.nth(1).locator('.card-name').textContent()) ?? '';
  await app.keyboard.press('e');
  const panel = app.getByRole('complementary', { name: 'Opportunity details' });
  await expect(panel.getByRole('heading', { name })).toBeVisible();
  await expect(panel.getByRole('form', { name: 'Edit opportunity' })).toBeVisible();
});
