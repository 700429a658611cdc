import { isoDay } from '../../src/shared/periods';
import { myOpenTasks } from '../support/truth';
import { expect, test } from './fixtures';
import { openView } from './navigation';

test.use({ orgOptions: { dataset: 'demo' } });

const count = (n: number) => n.toLocaleString('en-US');
/** A day as the rest of the app writes it: "Nov 5, 2026". */
const shown = (isoDate: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );

test('Tasks: reschedule into Today offline (Salesforce gets the date), open the contact, log a call there', async ({
  synced: app,
  fakeOrg,
}) => {
  test.setTimeout(60_000);
  await openView(app, 'Tasks');
  const todayHeading = app.getByRole('heading', { level: 2, name: /^Today / });
  const todayCount = Number((await todayHeading.textContent())!.replace(/\D/g, ''));
  const today = isoDay(new Date());
  const moved = myOpenTasks(fakeOrg, fakeOrg.userId).find(
    (t) => String(t['ActivityDate']) > today,
  )!;
  const first = app.getByRole('list', { name: 'Upcoming' }).getByRole('listitem').first();
  const dateInput = first.getByLabel(`Due date of ${String(moved['Subject'])}`);
  await expect(dateInput).toHaveValue(String(moved['ActivityDate']));
  // The field reads as every other date in the app, inside its own box.
  const dateText = dateInput.locator('xpath=..');
  await expect(dateText).toHaveText(shown(String(moved['ActivityDate'])));
  const field = (await dateInput.boundingBox())!;
  const words = (await dateText.getByText(shown(String(moved['ActivityDate']))).boundingBox())!;
  expect(words.x).toBeGreaterThanOrEqual(field.x);
  expect(words.x + words.width).toBeLessThanOrEqual(field.x + field.width);
  fakeOrg.control.addFault({ route: '*', kind: 'drop' });
  await dateInput.fill(today);
  await expect(todayHeading).toHaveText(`Today ${count(todayCount + 1)}`);
  await expect(app.getByLabel('1 change waiting')).toBeVisible();
  expect(fakeOrg.control.get('Task', String(moved['Id']))['ActivityDate']).toBe(
    moved['ActivityDate'],
  );
  fakeOrg.control.clearFaults();
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect
    .poll(() => fakeOrg.control.get('Task', String(moved['Id']))['ActivityDate'])
    .toBe(today);

  const contact = fakeOrg.control.get('Contact', moved['WhoId'] as string);
  await app
    .getByRole('list', { name: 'Today' })
    .getByRole('button', { name: `Contact ${String(contact['Name'])}` })
    .first()
    .click();
  const panel = app.getByRole('complementary', { name: 'Contact details' });
  await expect(panel.getByRole('heading', { name: String(contact['Name']) })).toBeVisible();

  await panel.getByRole('button', { name: 'Log a call' }).click();
  await panel.getByLabel('Subject').fill('Call about pricing');
  await panel.getByRole('button', { name: 'Log call' }).click();
  await expect(panel.getByRole('status').filter({ hasText: /^Call logged/ })).toHaveText(
    'Call logged',
  );
  await expect(panel.getByRole('list', { name: 'Activity' })).toContainText('Call about pricing');
  await expect(panel.getByRole('button', { name: 'Log a call' })).toBeFocused();
});

test('Log a call on an account offline: a confirmation, the call in its activity at once, a follow-up task, both in Salesforce after', async ({
  synced: app,
  fakeOrg,
}) => {
  test.setTimeout(90_000);
  await openView(app, 'Accounts');
  await app.getByRole('grid', { name: 'Accounts' }).getByRole('row').nth(1).click();
  const accountName = (await app.getByRole('article').getAttribute('aria-label'))!.replace(
    /^Account /,
    '',
  );
  fakeOrg.control.addFault({ route: '*', kind: 'drop' });
  await app.getByRole('button', { name: 'Log a call' }).click();
  const form = app.getByRole('form', { name: 'Log a call' });
  await form.getByLabel('Subject').fill('Call about the renewal');
  await form.getByLabel('Call Result').fill('Wants the quote by Friday');
  await form.getByRole('checkbox', { name: 'Add a follow-up task' }).check();
  await form.getByLabel('Follow-up subject').fill('Send the renewal quote');
  await form.getByRole('button', { name: 'Log call' }).click();
  await expect(app.getByRole('status').filter({ hasText: /^Call logged/ })).toHaveText(
    'Call logged, follow-up task added',
  );
  const activity = app.getByRole('region', { name: 'Activity' });
  await expect(activity).toContainText('Call about the renewal');
  await expect(activity).toContainText('Send the renewal quote');
  await expect(app.getByRole('button', { name: 'Log a call' })).toBeFocused();
  await expect(app.getByLabel('2 changes waiting')).toBeVisible();

  fakeOrg.control.clearFaults();
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(app.getByLabel(/changes? waiting/)).toHaveCount(0, { timeout: 60_000 });
  const sent = (subject: string) =>
    fakeOrg.control.all('Task').find((t) => t['Subject'] === subject);
  const account = fakeOrg.control.get(
    'Account',
    String(sent('Call about the renewal')?.['WhatId']),
  );
  expect(account['Name']).toBe(accountName);
  expect(sent('Call about the renewal')).toMatchObject({
    TaskSubtype: 'Call',
    Status: 'Completed',
    CallDisposition: 'Wants the quote by Friday',
  });
  expect(sent('Send the renewal quote')).toMatchObject({
    WhatId: account.Id,
    Status: 'Not Started',
  });
});

test('a task checked off in Tasks while offline leaves Overdue and reaches Salesforce', async ({
  synced: app,
  fakeOrg,
}) => {
  test.setTimeout(120_000);
  await openView(app, 'Tasks');
  const overdue = app.getByRole('heading', { level: 2, name: /^Overdue / });
  const overdueCount = Number((await overdue.textContent())!.replace(/\D/g, ''));
  const task = myOpenTasks(fakeOrg, fakeOrg.userId)[0]!;
  const subject = String(task['Subject']);
  expect(String(task['ActivityDate']) < isoDay(new Date())).toBe(true);

  fakeOrg.control.addFault({ route: '*', kind: 'drop' });
  await app
    .getByRole('list', { name: 'Overdue' })
    .getByRole('checkbox', { name: `Complete ${subject}` })
    .first()
    .check();
  await expect(app.getByLabel('1 change waiting')).toBeVisible();
  await expect(overdue).toHaveText(`Overdue ${count(overdueCount - 1)}`);
  expect(fakeOrg.control.get('Task', String(task['Id']))['Status']).not.toBe('Completed');

  fakeOrg.control.clearFaults();
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(app.getByLabel('1 change waiting')).toHaveCount(0, { timeout: 90_000 });
  expect(fakeOrg.control.get('Task', String(task['Id']))['Status']).toBe('Completed');
});

test('Tasks: a date typed over another is kept once, as the field is left, and Escape puts it back', async ({
  synced: app,
  core,
  fakeOrg,
}) => {
  const saves: unknown[] = [];
  app.on('request', (request) => {
    const body = request.url().endsWith('/__bridge/invoke')
      ? (request.postDataJSON() as { channel: string; input: unknown })
      : undefined;
    if (body?.channel === 'edits.save') saves.push(body.input);
  });
  fakeOrg.control.addFault({ route: '*', kind: 'drop' });
  await openView(app, 'Tasks');
  const today = isoDay(new Date());
  const [upcoming, next] = myOpenTasks(fakeOrg, fakeOrg.userId).filter(
    (t) => String(t['ActivityDate']) > today,
  );
  const lines = app.getByRole('list', { name: 'Upcoming' }).getByRole('listitem');
  const label = (task: Record<string, unknown>) => `Due date of ${String(task['Subject'])}`;

  const other = lines.nth(1).getByLabel(label(next!));
  await other.focus();
  await app.keyboard.type('1');
  await app.keyboard.press('Escape');
  await expect(other).toHaveValue(String(next!['ActivityDate']));

  const todayHeading = app.getByRole('heading', { level: 2, name: /^Today / });
  const todayCount = Number((await todayHeading.textContent())!.replace(/\D/g, ''));
  const due = lines.first().getByLabel(label(upcoming!));
  const [year, month, day] = today.split('-');
  await due.focus();
  // Each digit makes a complete date of its own on the way (12/0 → 12/05 → year 0002 …).
  await app.keyboard.type(`${month}${day}${year}`);
  await expect(due).toHaveValue(today);
  await app.getByRole('heading', { level: 1, name: 'Tasks' }).click();

  await expect(todayHeading).toHaveText(`Today ${count(todayCount + 1)}`);
  await expect(app.getByLabel('1 change waiting')).toBeVisible();
  await expect(
    app
      .getByRole('list', { name: 'Today' })
      .getByRole('listitem')
      .filter({ has: app.getByLabel(label(upcoming!)) })
      .filter({ hasText: shown(today) })
      .first(),
  ).toBeVisible();
  expect(saves).toEqual([
    { object: 'Task', id: upcoming!['Id'], changes: { ActivityDate: today } },
  ]);
  const { changes } = await core.handlers['changes.list']({});
  expect(changes.map((c) => [c.recordId, c.fields])).toEqual([
    [upcoming!['Id'], { ActivityDate: today }],
  ]);
});
