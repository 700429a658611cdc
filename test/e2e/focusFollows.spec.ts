import type { Page } from '@playwright/test';
import { boardPageCards } from '../../src/shared/ipc/views';
import { isoDay } from '../../src/shared/periods';
import type { FakeOrg } from '../fake-org';
import { leads, myOpenTasks, openOpportunities } from '../support/truth';
import { expect, test } from './fixtures';
import { openView } from './navigation';

// An edit that moves what it edited (another day, group or column, or off the list) must not
// leave the focus on nothing: it follows the line, or stays on the list it left with a word why.
// The rep's day is UTC here, so the fake org's days and the app's agree.
test.use({ orgOptions: { dataset: 'demo' }, timezoneId: 'UTC' });

const dayAfter = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** An account of the rep's that no other account shares a name with. */
function uniqueAccount(fakeOrg: FakeOrg) {
  const all = fakeOrg.control.all('Account');
  return all.find(
    (a) =>
      a['OwnerId'] === fakeOrg.userId &&
      !a['IsDeleted'] &&
      all.filter((o) => o['Name'] === a['Name']).length === 1,
  )!;
}

/** The account, opened from the search palette. */
async function openAccount(app: Page, account: { Id: string } & Record<string, unknown>) {
  const name = String(account['Name']);
  await app.keyboard.press('Control+k');
  const palette = app.getByRole('dialog', { name: 'Search' });
  await palette.getByRole('combobox').fill(name);
  await palette
    .getByRole('group', { name: 'Accounts' })
    .getByRole('option')
    .filter({ has: app.getByText(name, { exact: true }) })
    .first()
    .click();
  await expect(app.getByRole('article', { name: `Account ${name}` })).toBeVisible();
}

test('a meeting moved to another day keeps the focus on its Edit, under its new day', async ({
  synced: app,
  fakeOrg,
}) => {
  const today = isoDay(new Date());
  const account = uniqueAccount(fakeOrg);
  fakeOrg.control.create(
    'Event',
    {
      Subject: 'Fleet review',
      StartDateTime: `${today}T10:00:00Z`,
      DurationInMinutes: 60,
      WhatId: account.Id,
    },
    fakeOrg.userId,
  );
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(app.getByRole('status', { name: /^Sync: Synced/ })).toBeVisible();
  await openAccount(app, account);
  const activity = app.getByRole('region', { name: 'Activity' });
  const days = activity.getByRole('list', { name: 'Activity' }).locator('> li');
  const todays = days.filter({ has: app.getByRole('heading', { name: 'Today', exact: true }) });
  await expect(todays).toContainText('Fleet review');

  await activity.getByRole('button', { name: 'Edit meeting Fleet review' }).click();
  const form = app.getByRole('form', { name: 'Edit meeting Fleet review' });
  const later = dayAfter(today, 2);
  await form.getByLabel('Start').fill(`${later}T10:00`);
  await form.getByLabel('End').fill(`${later}T11:00`);
  await form.getByRole('button', { name: 'Save' }).click();

  await expect(activity.getByRole('status').filter({ hasText: /^Meeting/ })).toHaveText(
    'Meeting saved',
  );
  const edit = activity.getByRole('button', { name: 'Edit meeting Fleet review' });
  await expect(edit).toBeFocused();
  await expect(todays.filter({ hasText: 'Fleet review' })).toHaveCount(0);
  const dayOf = days.filter({
    has: app.getByRole('button', { name: 'Edit meeting Fleet review' }),
  });
  await expect(dayOf.getByRole('heading')).not.toHaveText('Today');
});

test('Tasks: a task rescheduled into Today, or checked off, keeps the focus where it lands', async ({
  synced: app,
  fakeOrg,
}) => {
  const today = isoDay(new Date());
  // Subjects of their own ("Call" and "Email" repeat), first in their groups by date and name.
  for (const [Subject, ActivityDate] of [
    ['Agree the fleet quote', dayAfter(today, 1)],
    ['Agree the old order', '2020-01-02'],
  ])
    fakeOrg.control.create(
      'Task',
      { Subject, ActivityDate, Status: 'Not Started', Priority: 'Normal' },
      fakeOrg.userId,
    );
  await app.getByRole('button', { name: 'Sync now' }).click();
  await openView(app, 'Tasks');
  const due = app
    .getByRole('list', { name: 'Upcoming' })
    .getByLabel('Due date of Agree the fleet quote');
  await due.fill(today);
  const moved = app
    .getByRole('list', { name: 'Today' })
    .getByLabel('Due date of Agree the fleet quote');
  await expect(moved).toBeFocused();
  await expect(moved).toHaveValue(today);

  await app
    .getByRole('list', { name: 'Overdue' })
    .getByRole('checkbox', { name: 'Complete Agree the old order' })
    .check();
  const completed = app
    .getByRole('list', { name: 'Completed recently' })
    .getByRole('checkbox', { name: 'Agree the old order, completed' });
  await expect(completed).toBeFocused();
  await expect(completed).toBeChecked();
  await expect(app.getByRole('status').filter({ hasText: /^Completed:/ })).toHaveText(
    'Completed: Agree the old order',
  );
});

test('Home: a task checked off leaves Today’s tasks and the focus stays on the list', async ({
  synced: app,
  fakeOrg,
}) => {
  const task = myOpenTasks(fakeOrg, fakeOrg.userId)[0]!;
  const subject = String(task['Subject']);
  const list = app.getByRole('list', { name: 'Today’s tasks' });
  const box = list.getByRole('checkbox', { name: `Complete ${subject}` });
  await expect(box.first()).toBeVisible();
  const before = await box.count();
  await box.first().check();
  await expect(box).toHaveCount(before - 1);
  await expect(app.getByRole('region', { name: 'Today’s tasks' })).toBeFocused();
  await expect(app.getByRole('status').filter({ hasText: /^Completed:/ })).toHaveText(
    `Completed: ${subject}`,
  );
});

test('Pipeline: a deal moved past the cards a column shows leaves the focus in the column it left', async ({
  synced: app,
  fakeOrg,
}) => {
  // A column shows its first page of deals by close date; one closing after the last of a fuller
  // column's first page lands out of sight there.
  const labels = new Map(
    fakeOrg.control.all('OpportunityStage').map((s) => [s['ApiName'], String(s['MasterLabel'])]),
  );
  const byStage = new Map<string, Array<Record<string, unknown>>>();
  for (const deal of openOpportunities(fakeOrg)) {
    const stage = String(deal['StageName']);
    byStage.set(stage, [...(byStage.get(stage) ?? []), deal]);
  }
  const byClose = (rows: Array<Record<string, unknown>>) =>
    [...rows].sort((a, b) => String(a['CloseDate']).localeCompare(String(b['CloseDate'])));
  const [full, fullDeals] = [...byStage].find(([, rows]) => rows.length > boardPageCards)!;
  const last = String(byClose(fullDeals)[boardPageCards - 1]!['CloseDate']);
  const [from, deal] = [...byStage]
    .filter(([stage]) => stage !== full)
    .flatMap(([stage, rows]) =>
      byClose(rows)
        .slice(0, boardPageCards)
        .map((d) => [stage, d] as const),
    )
    .find(([, d]) => String(d['CloseDate']) > last)!;

  await openView(app, 'Pipeline');
  await app.getByLabel('Owner').selectOption('all');
  const board = app.getByRole('list', { name: 'Pipeline board' });
  const column = board.getByRole('listitem', { name: labels.get(from)!, exact: true });
  const card = column.locator(`.card[data-id="${String(deal['Id'])}"]`);
  await card.focus();
  await app.keyboard.press('m');
  const name = String(deal['Name']);
  await app
    .getByRole('dialog', { name: `Move ${name} to stage` })
    .getByRole('button', { name: labels.get(full)!, exact: true })
    .click();
  await expect(card).toHaveCount(0);
  await expect(column.locator('.card[tabindex="0"]')).toBeFocused();
  await expect(app.getByRole('status').filter({ hasText: / moved to / })).toHaveText(
    `${name} moved to ${labels.get(full)!}`,
  );
});

test('Leads: a lead edited out of the filtered list keeps its panel, then the focus goes back to the list', async ({
  synced: app,
  fakeOrg,
}) => {
  await openView(app, 'Leads');
  await app.getByRole('search').getByLabel('Owner').selectOption('all');
  const grid = app.getByRole('grid', { name: 'Leads' });
  const count = app.getByRole('status').filter({ hasText: /match$/ });
  await app.getByRole('button', { name: 'Status: any' }).click();
  await app.getByRole('checkbox', { name: /^Working - Contacted/ }).check();
  await app.keyboard.press('Escape');
  // The filtered list's count, not the one shown until the filter's answer came.
  const before = leads(fakeOrg).filter((l) => l['Status'] === 'Working - Contacted').length;
  await expect(count).toHaveText(`${before.toLocaleString('en-US')} leads match`);
  const row = grid.getByRole('row').nth(1);
  const name = (await row.getByRole('gridcell').first().textContent())!;
  await row.click();
  const panel = app.getByRole('complementary', { name: 'Lead details' });
  const edit = panel.getByRole('button', { name: 'Edit' });
  await edit.click();
  const form = panel.getByRole('form', { name: 'Edit lead' });
  await form.getByLabel('Status').selectOption('Closed - Not Converted');
  await form.getByRole('button', { name: 'Save' }).click();

  await expect(count).toHaveText(`${(before - 1).toLocaleString('en-US')} leads match`);
  await expect(panel.getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(edit).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(grid).toBeFocused();
});
