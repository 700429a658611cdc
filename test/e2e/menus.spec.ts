import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openView } from './navigation';

test.use({ orgOptions: { dataset: 'demo' }, viewport: { width: 1024, height: 700 } });

/** The menu's box lies wholly inside the window, and nothing in it scrolls sideways. */
async function expectInsideWindow(app: Page, menu: Locator) {
  const box = (await menu.boundingBox())!;
  const window = app.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(window.width);
  expect(box.y + box.height).toBeLessThanOrEqual(window.height);
  const sideways = await menu.evaluate((el) =>
    [el, ...el.querySelectorAll('*')].some((e) => e.scrollWidth > e.clientWidth + 1),
  );
  expect(sideways).toBe(false);
}

type Menu = { view: string; button: RegExp; name: string | RegExp; checkboxes?: boolean };

const tableMenus: Menu[] = [
  { view: 'Leads', button: /^Status: /, name: 'Status', checkboxes: true },
  { view: 'Leads', button: /^Rating: /, name: 'Rating', checkboxes: true },
  { view: 'Leads', button: /^Source: /, name: 'Source', checkboxes: true },
  { view: 'Leads', button: /^Columns$/, name: 'Columns shown in Leads', checkboxes: true },
  { view: 'Leads', button: /^Views$/, name: 'Saved views of Leads' },
  { view: 'Leads', button: /^More filters$/, name: 'Filter by any field' },
  { view: 'Accounts', button: /^Industry: /, name: 'Industry', checkboxes: true },
  { view: 'Accounts', button: /^Type: /, name: 'Type', checkboxes: true },
  { view: 'Accounts', button: /^Columns$/, name: 'Columns shown in Accounts', checkboxes: true },
  { view: 'Accounts', button: /^Views$/, name: 'Saved views of Accounts' },
  { view: 'Accounts', button: /^More filters$/, name: 'Filter by any field' },
];

const otherMenus: Menu[] = [
  { view: 'Contacts', button: /^Columns$/, name: 'Columns shown in Contacts', checkboxes: true },
  { view: 'Contacts', button: /^Views$/, name: 'Saved views of Contacts' },
  { view: 'Contacts', button: /^More filters$/, name: 'Filter by any field' },
  { view: 'Opportunities', button: /^Stage: /, name: 'Stage', checkboxes: true },
  { view: 'Opportunities', button: /^Views$/, name: 'Saved views of Opportunities' },
  {
    view: 'Opportunities',
    button: /^Columns$/,
    name: 'Columns shown in Opportunities',
    checkboxes: true,
  },
  { view: 'Opportunities', button: /^More filters$/, name: 'Filter by any field' },
  { view: 'Pipeline', button: /^Move .+ to stage$/, name: /^Move .+ to stage$/ },
];

/** Opens each menu three times: Escape with focus inside, Escape from anywhere, a click outside. */
async function tryMenus(app: Page, menus: Menu[]) {
  for (const menu of menus) {
    await openView(app, menu.view);
    const button = app.getByRole('button', { name: menu.button }).first();
    const box = app.getByRole('dialog', { name: menu.name });

    await button.click();
    await expect(box).toBeVisible();
    await expectInsideWindow(app, box);
    if (menu.checkboxes) {
      const first = box.getByRole('checkbox').first();
      expect((await first.boundingBox())!.width).toBeGreaterThan(8);
    }
    await app.keyboard.press('Escape');
    await expect(box).toBeHidden();
    await expect(button).toBeFocused();

    // Escape closes it wherever focus went meanwhile.
    await button.click();
    await expect(box).toBeVisible();
    await app.getByRole('heading', { level: 1 }).evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
    });
    await app.keyboard.press('Escape');
    await expect(box).toBeHidden();

    await button.click();
    await expect(box).toBeVisible();
    await app.getByRole('heading', { level: 1 }).click();
    await expect(box).toBeHidden();
  }
}

test('every Leads and Accounts menu stays in a 1024×700 window, closes on Escape and outside clicks, and gives focus back', async ({
  synced: app,
}) => {
  await tryMenus(app, tableMenus);
});

test('the Contacts, Opportunities and board menus do the same', async ({ synced: app }) => {
  await tryMenus(app, otherMenus);
});

test.describe('with two sales processes', () => {
  test.use({
    orgOptions: {
      dataset: 'realistic',
      scale: { accounts: 30, contacts: 30, opportunities: 160, leads: 30, tasks: 20, events: 10 },
    },
  });

  test('the Sales process menu does the same', async ({ synced: app }) => {
    await openView(app, 'Pipeline');
    await expect(app.getByRole('button', { name: /^Sales process: / })).toBeVisible();
    await tryMenus(app, [{ view: 'Pipeline', button: /^Sales process: /, name: 'Sales process' }]);
  });
});

test('only one menu is open at a time, from the mouse or the keyboard', async ({ synced: app }) => {
  await openView(app, 'Leads');
  await app.getByRole('button', { name: /^Status: / }).click();
  await expect(app.getByRole('dialog', { name: 'Status' })).toBeVisible();
  await app.getByRole('button', { name: /^Rating: / }).click();
  await expect(app.getByRole('dialog', { name: 'Rating' })).toBeVisible();
  await expect(app.getByRole('dialog', { name: 'Status' })).toBeHidden();

  await app.keyboard.press('Escape');
  await app.getByRole('button', { name: /^Rating: / }).press('Tab');
  await expect(app.getByRole('button', { name: /^Source: / })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('dialog', { name: 'Source' })).toBeVisible();
  await app.getByRole('button', { name: /^Status: / }).focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('dialog', { name: 'Status' })).toBeVisible();
  await expect(app.getByRole('dialog')).toHaveCount(1);
});

test('a long list of values has a search box that narrows it as the rep types', async ({
  synced: app,
}) => {
  await openView(app, 'Leads');
  await app.getByRole('button', { name: 'Columns' }).click();
  const box = app.getByRole('dialog', { name: 'Columns shown in Leads' });
  const search = box.getByRole('searchbox', { name: 'Search Columns' });
  await expect(search).toBeFocused();
  // The view's own columns, then every other field the cache holds.
  await expect(box.getByRole('checkbox', { name: 'Created', exact: true })).toBeVisible();
  await expect(box.getByRole('checkbox', { name: 'Created By', exact: true })).toBeVisible();
  await expect(box.getByRole('checkbox', { name: 'State/Province' })).toBeVisible();
  await search.fill('ci');
  await expect(box.getByRole('checkbox')).toHaveCount(1);
  await box.getByRole('checkbox', { name: 'City' }).check();
  await app.keyboard.press('Escape');
  await expect(
    app.getByRole('grid', { name: 'Leads' }).getByRole('columnheader', { name: 'Sort by City' }),
  ).toBeVisible();
  await app.getByRole('button', { name: 'Columns' }).click();
  await search.fill('no such column');
  await expect(box.getByRole('checkbox')).toHaveCount(0);
  await expect(box).toContainText('Nothing matches');

  // A short list needs none.
  await app.keyboard.press('Escape');
  await app.getByRole('button', { name: /^Rating: / }).click();
  await expect(app.getByRole('dialog', { name: 'Rating' }).getByRole('searchbox')).toHaveCount(0);
});
