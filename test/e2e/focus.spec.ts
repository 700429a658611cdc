import type { Page } from '@playwright/test';
import { contacts, leads } from '../support/truth';
import { expect, test } from './fixtures';
import { openView } from './navigation';

// Where focus goes back to after each panel, form and dialog the other tests do not cover:
// the board's panel (pipeline.spec), edit in place (layouts.spec), Log a call (tasks.spec),
// New meeting (activity.spec), the shortcuts list (tables.spec) and every menu (menus.spec).
test.use({ orgOptions: { dataset: 'demo' } });

test('a record panel opened from a table gives the focus back to the table as it closes', async ({
  synced: app,
}) => {
  await openView(app, 'Leads');
  const grid = app.getByRole('grid', { name: 'Leads' });
  const panel = app.getByRole('complementary', { name: 'Lead details' });
  const row = grid.getByRole('row').nth(1);
  const name = (await row.getByRole('gridcell').first().textContent())!;

  await row.click();
  await expect(panel.getByRole('heading', { level: 2, name })).toBeFocused();
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toHaveCount(0);
  await expect(grid).toBeFocused();
  await expect(row).toHaveAttribute('aria-selected', 'true');

  await app.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { level: 2, name })).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(grid).toBeFocused();
});

test('search closed with Escape gives the focus back to where it was opened from', async ({
  synced: app,
}) => {
  const searchButton = app.getByRole('button', { name: /^Search/ });
  const palette = app.getByRole('dialog', { name: 'Search' });
  await searchButton.click();
  await expect(palette).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(searchButton).toBeFocused();

  await openView(app, 'Accounts');
  const grid = app.getByRole('grid', { name: 'Accounts' });
  await grid.focus();
  await app.keyboard.press('Control+k');
  await expect(palette).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(grid).toBeFocused();
});

/** Ctrl+K from where the focus is, then Enter on the one record `text` finds. */
async function openFromSearch(app: Page, text: string) {
  await app.keyboard.press('Control+k');
  const palette = app.getByRole('dialog', { name: 'Search' });
  await palette.getByRole('combobox', { name: 'Search records' }).fill(text);
  await expect(palette.getByRole('option')).toHaveCount(1);
  await app.keyboard.press('Enter');
  await expect(palette).toBeHidden();
}

test('a record opened from search gives the focus back, as its panel closes, to where search was opened from', async ({
  synced: app,
  fakeOrg,
}) => {
  const contact = contacts(fakeOrg).find((c) => c['Email'])!;
  const panel = app.getByRole('complementary', { name: 'Contact details' });
  // Opened with the focus on nothing: the view's title takes it, where the rep can go on.
  await app.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await openFromSearch(app, String(contact['Email']));
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('heading', { level: 1, name: 'Home' })).toBeFocused();

  const deal = app.getByRole('list', { name: 'Deals to close' }).getByRole('button').first();
  await deal.focus();
  await openFromSearch(app, String(contact['Email']));
  await expect(
    panel.getByRole('heading', { level: 2, name: String(contact['Name']) }),
  ).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(deal).toBeFocused();

  await openView(app, 'Accounts');
  const grid = app.getByRole('grid', { name: 'Accounts' });
  await grid.focus();
  await openFromSearch(app, String(contact['Email']));
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toHaveCount(0);
  await expect(grid).toBeFocused();

  // A lead opens in Leads: the view search was opened from is gone, the leads take the focus.
  const lead = leads(fakeOrg).find((l) => l['Email'] && !l['IsConverted'])!;
  await openView(app, 'Home');
  await deal.focus();
  await openFromSearch(app, String(lead['Email']));
  const leadPanel = app.getByRole('complementary', { name: 'Lead details' });
  await expect(
    leadPanel.getByRole('heading', { level: 2, name: String(lead['Name']) }),
  ).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(leadPanel).toHaveCount(0);
  await expect(app.getByRole('grid', { name: 'Leads' })).toBeFocused();
});

test('New lead: Cancel gives the focus back to the New lead button', async ({ synced: app }) => {
  await openView(app, 'Leads');
  await app.getByRole('button', { name: 'New lead' }).click();
  const form = app.getByRole('form', { name: 'New lead' });
  await expect(form).toBeVisible();
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toHaveCount(0);
  await expect(app.getByRole('button', { name: 'New lead' })).toBeFocused();
});

test('Log a call: Cancel gives the focus back to the Log a call button', async ({
  synced: app,
}) => {
  await openView(app, 'Contacts');
  await app.getByRole('search').getByLabel('Owner').selectOption('all');
  await app.getByRole('grid', { name: 'Contacts' }).getByRole('row').nth(1).click();
  const panel = app.getByRole('complementary', { name: 'Contact details' });
  await panel.getByRole('button', { name: 'Log a call' }).click();
  const form = panel.getByRole('form', { name: 'Log a call' });
  await expect(form).toBeVisible();
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Log a call' })).toBeFocused();
});

test('a panel opened from Home or from a task gives the focus back to what opened it', async ({
  synced: app,
}) => {
  const deal = app.getByRole('list', { name: 'Deals to close' }).getByRole('button').first();
  await deal.click();
  const dealPanel = app.getByRole('complementary', { name: 'Opportunity details' });
  await expect(dealPanel.getByRole('heading', { level: 2 })).toBeFocused();
  await dealPanel.getByRole('button', { name: 'Close' }).click();
  await expect(dealPanel).toHaveCount(0);
  await expect(deal).toBeFocused();

  await openView(app, 'Tasks');
  const about = app
    .getByRole('list', { name: 'Overdue' })
    .getByRole('button', { name: /^Contact / })
    .first();
  await about.click();
  const contactPanel = app.getByRole('complementary', { name: 'Contact details' });
  await expect(contactPanel.getByRole('heading', { level: 2 })).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(contactPanel).toHaveCount(0);
  await expect(about).toBeFocused();
});

test('the Disconnect dialog gives the focus back to its button on Keep connected and on Escape', async ({
  synced: app,
}) => {
  await openView(app, 'Settings');
  const disconnect = app.getByRole('button', { name: 'Disconnect Roadbook Fake Org' });
  const dialog = app.getByRole('dialog', { name: 'Disconnect Roadbook Fake Org?' });
  await disconnect.click();
  await dialog.getByRole('button', { name: 'Keep connected' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(disconnect).toBeFocused();
  await disconnect.press('Enter');
  await expect(dialog).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(disconnect).toBeFocused();
});

test('an account page takes the focus on its name, and “All accounts” gives it back to the table', async ({
  synced: app,
}) => {
  await openView(app, 'Accounts');
  const grid = app.getByRole('grid', { name: 'Accounts' });
  const row = grid.getByRole('row').nth(1);
  const name = (await row.getByRole('gridcell').first().textContent())!;
  await row.click();
  const title = app.getByRole('article').getByRole('heading', { level: 2, name });
  await expect(title).toBeFocused();
  await app.getByRole('button', { name: '← All accounts' }).click();
  await expect(grid).toBeFocused();

  // Opened from search: the palette's opener went with the list, the page's name has the focus.
  await app.keyboard.press('Control+k');
  const palette = app.getByRole('dialog', { name: 'Search' });
  await palette.getByRole('combobox', { name: 'Search records' }).fill(name);
  await palette
    .getByRole('group', { name: 'Accounts' })
    .getByRole('option', { name })
    .first()
    .click();
  await expect(title).toBeFocused();
});
