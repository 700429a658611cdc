import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openView } from './navigation';

// The realistic org at a small scale: its custom fields, few enough rows to sync quickly.
test.use({
  orgOptions: {
    dataset: 'realistic',
    scale: { accounts: 40, contacts: 60, opportunities: 90, leads: 30, tasks: 10, events: 6 },
  },
});

const count = (n: number) => n.toLocaleString('en-US');

async function openOpportunities(app: Page) {
  await openView(app, 'Opportunities');
  const search = app.getByRole('search');
  await search.getByLabel('Owner').selectOption('all');
  await search.getByLabel('Show').selectOption('all');
}

test('a custom field works as a column, a sort and a filter', async ({ synced: app, fakeOrg }) => {
  const deals = fakeOrg.control.all('Opportunity').filter((d) => !d['IsDeleted']);
  const apac = deals.filter((d) => d['Region__c'] === 'APAC');
  await openOpportunities(app);
  const status = app.getByRole('status').filter({ hasText: /opportunit/ });
  await expect(status).toHaveText(`${count(deals.length)} opportunities`);

  await app.getByRole('button', { name: 'Columns' }).click();
  await app.getByRole('searchbox', { name: 'Search Columns' }).fill('regi');
  await app.getByRole('checkbox', { name: 'Region' }).check();
  await app.keyboard.press('Escape');
  const grid = app.getByRole('grid', { name: 'Opportunities' });
  const region = grid.getByRole('button', { name: 'Sort by Region' });
  await region.click();
  await expect(grid.getByRole('columnheader', { name: 'Sort by Region' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  const firstRow = grid.getByRole('row').nth(1);
  await expect(firstRow).toContainText('AMER');
  await region.click();
  await expect(firstRow).toContainText('EMEA');

  await app.getByRole('button', { name: 'More filters' }).click();
  await app.getByRole('combobox', { name: 'Field' }).selectOption({ label: 'Region' });
  await app.getByRole('checkbox', { name: 'APAC' }).check();
  await app.keyboard.press('Escape');
  await expect(status).toHaveText(
    `${count(apac.length)} ${apac.length === 1 ? 'opportunity' : 'opportunities'} match`,
  );
  await expect(firstRow).toContainText('APAC');
  await expect(app.getByRole('button', { name: 'More filters: 1' })).toBeFocused();

  await app.getByRole('button', { name: 'Remove the Region filter' }).click();
  await expect(status).toHaveText(`${count(deals.length)} opportunities`);
});
