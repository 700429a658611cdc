import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openView } from './navigation';

// The realistic org (a Partner lookup on deals, three currencies) at a size that syncs quickly.
test.use({
  orgOptions: {
    dataset: 'realistic',
    scale: { accounts: 30, contacts: 30, opportunities: 80, leads: 20, tasks: 10, events: 6 },
  },
});

type Row = Record<string, unknown> & { Id: string };
type Org = { control: { all(t: string): Row[] } };

/** SQLite's NOCASE: ASCII letters folded, code units compared. */
const folded = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
/** A deal whose name no other deal shares, so search finds it alone. */
const uniqueDeal = (org: Org, test: (d: Row) => boolean) => {
  const deals = org.control.all('Opportunity').filter((d) => !d['IsDeleted']);
  return deals.find((d) => test(d) && deals.filter((o) => o['Name'] === d['Name']).length === 1)!;
};

async function openDeal(app: Page, name: string) {
  await app.keyboard.press('Control+k');
  const palette = app.getByRole('dialog', { name: 'Search' });
  await palette.getByRole('combobox').fill(name);
  await palette
    .getByRole('group', { name: 'Opportunities' })
    .getByRole('option', { name: new RegExp(name) })
    .click();
  return app.getByRole('complementary', { name: 'Opportunity details' });
}

test('a lookup column shows the names of its records, sorts by them and opens them', async ({
  synced: app,
  fakeOrg,
}) => {
  const accounts = new Map(fakeOrg.control.all('Account').map((a) => [a.Id, String(a['Name'])]));
  const partners = fakeOrg.control
    .all('Opportunity')
    .filter((d) => !d['IsDeleted'] && d['Partner__c'])
    .map((d) => accounts.get(String(d['Partner__c']))!);
  const last = partners.reduce((a, b) => (folded(a) >= folded(b) ? a : b));

  await openView(app, 'Opportunities');
  const search = app.getByRole('search');
  await search.getByLabel('Owner').selectOption('all');
  await search.getByLabel('Show').selectOption('all');
  await app.getByRole('button', { name: 'Columns' }).click();
  await app.getByRole('searchbox', { name: 'Search Columns' }).fill('partner');
  await app.getByRole('checkbox', { name: 'Partner' }).check();
  await app.keyboard.press('Escape');
  const grid = app.getByRole('grid', { name: 'Opportunities' });
  const sort = grid.getByRole('button', { name: 'Sort by Partner' });
  await sort.click();
  await sort.click();
  await expect(grid.getByRole('columnheader', { name: 'Sort by Partner' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const firstRow = grid.getByRole('row').nth(1);
  // The partner's name, never its id.
  await expect(firstRow.getByRole('button', { name: last, exact: true })).toBeVisible();
  await firstRow.getByRole('button', { name: last, exact: true }).click();
  await expect(app.getByRole('article', { name: `Account ${last}` })).toBeVisible();
});

test('a lookup is edited through its picker, from the keyboard, and reaches Salesforce', async ({
  synced: app,
  fakeOrg,
}) => {
  const type = fakeOrg.control
    .all('RecordType')
    .find((t) => t['DeveloperName'] === 'New_Business')!;
  const deal = uniqueDeal(fakeOrg, (d) => d['RecordTypeId'] === type.Id);
  const names = fakeOrg.control.all('Account').map((a) => String(a['Name']));
  // An account whose name no other account's holds: typed whole, it is the one match.
  const partner = fakeOrg.control
    .all('Account')
    .find(
      (a) =>
        a.Id !== deal['Partner__c'] &&
        names.filter((n) => folded(n).includes(folded(String(a['Name'])))).length === 1,
    )!;
  const panel = await openDeal(app, String(deal['Name']));
  await panel.getByRole('button', { name: 'Edit' }).click();
  const form = panel.getByRole('form', { name: 'Edit opportunity' });
  const picker = form.getByRole('combobox', { name: 'Partner' });
  await picker.fill(String(partner['Name']));
  await expect(
    form.getByRole('option', { name: new RegExp(`^${String(partner['Name'])}`) }),
  ).toBeVisible();
  await picker.press('Enter');
  await expect(picker).toHaveValue(String(partner['Name']));
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
  await expect(panel.getByRole('region', { name: 'Next steps' })).toContainText(
    String(partner['Name']),
  );

  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect
    .poll(() => fakeOrg.control.get('Opportunity', deal.Id)['Partner__c'])
    .toBe(partner.Id);
});

test('a euro deal’s conflict offers each amount in euros', async ({
  synced: app,
  core,
  fakeOrg,
}) => {
  const deal = uniqueDeal(fakeOrg, (d) => d['CurrencyIsoCode'] === 'EUR');
  fakeOrg.control.advanceClock(60_000);
  await core.handlers['edits.save']({
    object: 'Opportunity',
    id: deal.Id,
    changes: { Amount: 250_000 },
  });
  fakeOrg.control.update('Opportunity', deal.Id, { Amount: 275_000 });
  fakeOrg.control.advanceClock(60_000);
  await core.sync.syncNow();

  await openView(app, 'Changes');
  const amount = app
    .getByRole('group', { name: `${String(deal['Name'])} change` })
    .getByRole('radiogroup', { name: 'Amount' });
  await expect(amount.getByRole('radio', { name: 'Keep mine: €250,000' })).toBeVisible();
  await expect(amount.getByRole('radio', { name: 'Take Salesforce’s: €275,000' })).toBeVisible();
  await amount.getByRole('radio', { name: 'Type a new value' }).check();
  await expect(app.getByLabel('New Amount')).toBeVisible();
  await expect(amount.getByText('EUR', { exact: true })).toBeVisible();
});
