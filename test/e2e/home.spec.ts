import type { Page } from '@playwright/test';
import { isoDay } from '../../src/shared/periods';
import {
  leadsCreatedThisWeek,
  myOpenTasks,
  openOpportunities,
  openTaskCounts,
} from '../support/truth';
import { expect, test } from './fixtures';
import { openView } from './navigation';

test.use({ orgOptions: { dataset: 'demo' } });

const count = (n: number) => n.toLocaleString('en-US');

const figure = (app: Page, label: string) =>
  app.getByRole('region', { name: label }).getByRole('button', { name: label });

test('Home’s figures open their lists, filtered to exactly what they count', async ({
  synced: app,
  fakeOrg,
}) => {
  test.setTimeout(90_000);
  const newLeads = leadsCreatedThisWeek(fakeOrg, fakeOrg.userId);
  await expect(app.getByRole('region', { name: 'New leads this week' })).toContainText(
    count(newLeads),
  );
  await figure(app, 'New leads this week').click();
  await expect(app.getByRole('heading', { level: 1, name: 'Leads' })).toBeVisible();
  await expect(app.getByLabel('Owner')).toHaveValue('me');
  expect(newLeads).toBeGreaterThan(0);
  await expect(app.getByRole('status').filter({ hasText: /match$/ })).toHaveText(
    new RegExp(`^${count(newLeads)} leads? match$`),
  );

  for (const [label, period] of [
    ['Your open pipeline', 'any'],
    ['Closing this month', 'this-month'],
    ['Closing this quarter', 'this-quarter'],
    ['Overdue close dates', 'overdue'],
  ] as const) {
    await openView(app, 'Home');
    const deals = openOpportunities(fakeOrg, { ownerId: fakeOrg.userId, period }).length;
    const noun = deals === 1 ? 'deal' : 'deals';
    await expect(
      app.getByRole('region', { name: label }).getByText(new RegExp(`^${count(deals)} ${noun} ·`)),
    ).toBeVisible();
    await figure(app, label).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Pipeline' })).toBeVisible();
    await expect(app.getByLabel('Owner')).toHaveValue('me');
    // The summary's first figure is the open deals: "Open $1,234 12 deals".
    await expect(app.getByRole('group', { name: 'Pipeline summary' })).toHaveText(
      new RegExp(`^Open [^a-z]*?\\s${count(deals)} ${noun}(?![a-z])`),
    );
  }

  await openView(app, 'Home');
  const tasks = openTaskCounts(fakeOrg, fakeOrg.userId);
  await figure(app, 'Your open tasks').click();
  await expect(app.getByRole('heading', { level: 1, name: 'Tasks' })).toBeVisible();
  for (const [group, n] of [
    ['Overdue', tasks.overdue],
    ['Today', tasks.today],
    ['Upcoming', tasks.upcoming],
  ] as const) {
    await expect(app.getByRole('heading', { level: 2, name: new RegExp(`^${group} `) })).toHaveText(
      `${group} ${count(n)}`,
    );
  }
});

test('a task checked off on Home while offline reaches Salesforce once back online', async ({
  synced: app,
  fakeOrg,
}) => {
  test.setTimeout(120_000);
  const first = myOpenTasks(fakeOrg, fakeOrg.userId)[0]!;
  expect(String(first['ActivityDate']) < isoDay(new Date())).toBe(true);
  const due = app.getByRole('list', { name: 'Today’s tasks' });
  const box = due.getByRole('checkbox', { name: `Complete ${String(first['Subject'])}` }).first();
  const open = Object.values(openTaskCounts(fakeOrg, fakeOrg.userId)).reduce((a, b) => a + b);
  const openTasks = app.getByRole('region', { name: 'Your open tasks' }).locator('.kpi-value');
  await expect(openTasks).toHaveText(count(open));

  fakeOrg.control.addFault({ route: '*', kind: 'drop' });
  await box.check();
  await expect(app.getByLabel('1 change waiting')).toBeVisible();
  await expect(openTasks).toHaveText(count(open - 1));
  expect(fakeOrg.control.get('Task', String(first['Id']))['Status']).not.toBe('Completed');

  fakeOrg.control.clearFaults();
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(app.getByLabel('1 change waiting')).toHaveCount(0, { timeout: 90_000 });
  expect(fakeOrg.control.get('Task', String(first['Id']))['Status']).toBe('Completed');
});

test('a record the rep opened is under Recently viewed on Home and opens from there', async ({
  synced: app,
}) => {
  await expect(app.getByRole('region', { name: 'Recently viewed' })).toContainText(
    'Records you open show up here.',
  );
  const deal = app.getByRole('list', { name: 'Deals to close' }).getByRole('button').first();
  const name = (await deal.locator('.home-row-name').textContent())!;
  await deal.click();
  const panel = app.getByRole('complementary', { name: 'Opportunity details' });
  await expect(panel.getByRole('heading', { level: 2, name })).toBeVisible();
  await openView(app, 'Leads');
  await openView(app, 'Home');
  await app.getByRole('list', { name: 'Recently viewed' }).getByRole('button', { name }).click();
  await expect(panel.getByRole('heading', { level: 2, name })).toBeVisible();
});
