import type { Page } from '@playwright/test';
import { contacts, leads } from '../support/truth';
import { expect, test } from './fixtures';
import { openView } from './navigation';

// More leads than one page of results holds.
test.use({ orgOptions: { dataset: 'tiny', scale: { leads: 320 } } });

type Row = Record<string, unknown>;

/** Words as the search index cuts them: letters and digits, folded, accents off. */
const words = (value: unknown) =>
  typeof value === 'string'
    ? value
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
    : [];

/** The records with a word starting with `prefix` in a field search looks in. */
const matching = (rows: Row[], fields: string[], prefix: string) =>
  rows.filter((r) => fields.some((f) => words(r[f]).some((w) => w.startsWith(prefix)))).length;

const palette = (app: Page) => app.getByRole('dialog', { name: 'Search' });

test('Show all results lists every match per kind, opens a hit and gives focus back', async ({
  synced: app,
  fakeOrg,
}) => {
  const leadFields = ['Name', 'Company', 'City', 'Email', 'Phone', 'MobilePhone'];
  const contactFields = ['Name', 'Title', 'MailingCity', 'Email', 'Phone', 'MobilePhone'];
  const leadCount = matching(leads(fakeOrg), leadFields, 'a');
  const contactCount = matching(contacts(fakeOrg), contactFields, 'a');
  expect(leadCount).toBeGreaterThan(50);

  await openView(app, 'Leads');
  const grid = app.getByRole('grid', { name: 'Leads' });
  await expect(grid.getByRole('row').nth(1)).not.toContainText('…');
  await grid.focus();
  await app.keyboard.press('Control+k');
  await palette(app).getByRole('combobox', { name: 'Search records' }).fill('a');
  await palette(app).getByRole('button', { name: 'Show all results' }).click();

  await expect(app.getByRole('heading', { level: 1, name: 'Search results' })).toBeVisible();
  const found = app.getByRole('region', { name: 'Leads' });
  await expect(found.getByRole('heading', { name: `Leads ${leadCount}` })).toBeVisible();
  await expect(
    app
      .getByRole('region', { name: 'Contacts' })
      .getByRole('heading', { name: `Contacts ${contactCount}` }),
  ).toBeVisible();
  const hits = found.getByRole('listitem');
  await expect(hits).toHaveCount(50);
  for (let shown = 50; shown < leadCount; shown += 50) {
    await expect(found.getByText(`${shown} of ${leadCount} shown`)).toBeVisible();
    await found.getByRole('button', { name: /^Show \d+ more leads$/ }).click();
    await expect(hits).toHaveCount(Math.min(shown + 50, leadCount));
  }
  await expect(found.getByRole('button', { name: /more leads/ })).toHaveCount(0);

  // The keyboard moves between hits; a lead opens beside the list and gives focus back.
  const hit = found.getByRole('button').nth(3);
  const name = (await hit.locator('.result-name').textContent())!;
  await found.getByRole('button').nth(2).focus();
  await app.keyboard.press('ArrowDown');
  await expect(hit).toBeFocused();
  await app.keyboard.press('Enter');
  const panel = app.getByRole('complementary', { name: 'Lead details' });
  await expect(panel.getByRole('heading', { name })).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(hit).toBeFocused();

  // "?" lists this page's keys, and gives the focus back to the hit.
  await app.keyboard.press('?');
  const shortcuts = app
    .getByRole('dialog', { name: 'Keyboard shortcuts' })
    .getByRole('region', { name: 'All search results' });
  await expect(shortcuts.getByRole('term')).toHaveText(['J↓', 'K↑', 'Enter', 'Esc']);
  await expect(shortcuts.getByRole('definition')).toHaveText([
    'Next result',
    'Previous result',
    'Open the result',
    'Back to the view you searched from',
  ]);
  await app.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();
  await expect(hit).toBeFocused();

  await app.keyboard.press('Escape');
  await expect(app.getByRole('heading', { level: 1, name: 'Leads' })).toBeVisible();
  await expect(grid).toBeFocused();
});

test('leaving the results of a search opened with the focus on nothing gives it to the view’s title', async ({
  synced: app,
}) => {
  await app.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await app.keyboard.press('Control+k');
  await palette(app).getByRole('combobox', { name: 'Search records' }).fill('a');
  await palette(app).getByRole('button', { name: 'Show all results' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Search results' })).toBeVisible();
  await app.getByRole('button', { name: '← Back to Home' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Home' })).toBeFocused();
});
