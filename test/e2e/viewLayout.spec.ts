import type { Locator, Page } from '@playwright/test';
import { openStageLabels } from '../support/truth';
import { expect, test } from './fixtures';

const nav = (app: Page, name: string) =>
  app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true });

const box = async (locator: Locator) => {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return found;
};
const middle = async (locator: Locator) => {
  const b = await box(locator);
  return b.y + b.height / 2;
};

test('at 1440×900 the Leads columns fill the table and New lead sits beside the count', async ({
  synced: app,
}) => {
  await app.setViewportSize({ width: 1440, height: 900 });
  await nav(app, 'Leads').click();
  const grid = app.getByRole('grid', { name: 'Leads' });
  await expect(grid.getByRole('row').nth(1)).not.toContainText('…');
  const table = await box(grid);
  const headers = grid.getByRole('columnheader');
  for (const header of await headers.all()) {
    const b = await box(header);
    expect(b.x).toBeGreaterThanOrEqual(table.x);
    expect(b.x + b.width).toBeLessThanOrEqual(table.x + table.width + 0.5);
  }
  // No band of empty table on the right while a column is cut.
  const last = await box(headers.last());
  expect(table.x + table.width - (last.x + last.width)).toBeLessThan(4);
  const email = await box(grid.getByRole('columnheader', { name: 'Sort by Email' }));
  const phone = await box(grid.getByRole('columnheader', { name: 'Sort by Phone' }));
  expect(email.width).toBeGreaterThan(phone.width + 60);

  const count = app.getByRole('status').filter({ hasText: /^\d[\d,]* leads?( match)?$/ });
  expect(
    Math.abs((await middle(app.getByRole('button', { name: 'New lead' }))) - (await middle(count))),
  ).toBeLessThan(6);
});

test('at 1024×700 beside a record panel the filters keep to one line', async ({ synced: app }) => {
  await app.setViewportSize({ width: 1024, height: 700 });
  await nav(app, 'Leads').click();
  const grid = app.getByRole('grid', { name: 'Leads' });
  await grid.getByRole('row').nth(1).click();
  await expect(app.getByRole('complementary', { name: 'Lead details' })).toBeVisible();
  const bar = app.getByRole('search', { name: 'Lead filters' });
  const first = await middle(bar.getByRole('searchbox', { name: 'Filter leads' }));
  expect(Math.abs((await middle(bar.getByRole('button', { name: /^Status: / }))) - first)).toBe(0);
  expect((await box(bar)).height).toBeLessThan(48);
  // A filter off the line's end is reached by scrolling it, and works.
  await bar.getByRole('button', { name: 'More filters' }).click();
  await expect(app.getByRole('dialog', { name: 'Filter by any field' })).toBeVisible();
});

test('an account’s field labels keep to one line and the stage chart names every stage', async ({
  synced: app,
  fakeOrg,
}) => {
  await app.setViewportSize({ width: 1440, height: 900 });
  await nav(app, 'Accounts').click();
  await app.getByRole('grid', { name: 'Accounts' }).getByRole('row').nth(1).click();
  const label = app.getByRole('term').filter({ hasText: /^Billing Zip\/Postal Code$/ });
  const value = label.locator('xpath=following-sibling::dd');
  expect((await box(label)).height).toBeLessThanOrEqual((await box(value)).height);

  await app.setViewportSize({ width: 1024, height: 700 });
  await nav(app, 'Pipeline').click();
  await app.getByRole('tab', { name: 'Charts' }).click();
  const chart = app.getByRole('figure', { name: 'Open pipeline by stage' });
  for (const stage of openStageLabels(fakeOrg))
    await expect(
      chart.getByText(stage.length > 18 ? `${stage.slice(0, 17)}…` : stage, { exact: true }),
    ).toBeVisible();
});

test('a conflict’s Keep these values and Discard share a line', async ({
  synced: app,
  core,
  fakeOrg,
}) => {
  await app.setViewportSize({ width: 1024, height: 700 });
  const deal = fakeOrg.control.all('Opportunity').find((o) => !o['IsClosed'])!;
  fakeOrg.control.advanceClock(60_000);
  await core.handlers['edits.save']({ object: 'Opportunity', id: deal.Id, changes: { Amount: 1 } });
  fakeOrg.control.update('Opportunity', deal.Id, { Amount: 2 });
  fakeOrg.control.advanceClock(60_000);
  await core.sync.syncNow();
  await app
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: /^Changes/ })
    .click();
  const keep = app.getByRole('button', { name: 'Keep these values' });
  await expect(keep).toBeVisible();
  const discard = app.getByRole('button', { name: /^Discard .* change$/ });
  expect(Math.abs((await middle(keep)) - (await middle(discard)))).toBeLessThan(2);
});
