import type { Page } from '@playwright/test';
import type { FakeOrg } from '../fake-org';
import { myMeetingsOnUtcDay } from '../support/truth';
import { expect, test } from './fixtures';

// The rep's day is UTC here, so the fake org's truth and the app's day agree.
test.use({ orgOptions: { dataset: 'demo' }, timezoneId: 'UTC' });

const today = () => new Date().toISOString().slice(0, 10);

/** An account of the rep's with contacts and deals, opened from the search palette. */
async function openAccountWithPeople(app: Page, fakeOrg: FakeOrg) {
  const has = (object: string, id: string) =>
    fakeOrg.control.all(object).some((r) => r['AccountId'] === id && !r['IsDeleted']);
  const account = fakeOrg.control
    .all('Account')
    .find(
      (a) => a['OwnerId'] === fakeOrg.userId && has('Contact', a.Id) && has('Opportunity', a.Id),
    )!;
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
  return account;
}

test('Home lists today’s meetings as in Salesforce, and one opens what it is about', async ({
  synced: app,
  fakeOrg,
}) => {
  const contact = fakeOrg.control.all('Contact').find((c) => c['AccountId'] && c['Phone'])!;
  const hour = new Date().getUTCHours();
  fakeOrg.control.create(
    'Event',
    {
      Subject: 'Quarterly review at the depot',
      StartDateTime: `${today()}T${String(hour).padStart(2, '0')}:00:00Z`,
      DurationInMinutes: 30,
      WhoId: contact.Id,
      WhatId: contact['AccountId'],
    },
    fakeOrg.userId,
  );
  await app.getByRole('button', { name: 'Sync now' }).click();
  const truth = myMeetingsOnUtcDay(fakeOrg, today());
  const meetings = app.getByRole('list', { name: 'Today’s meetings' });
  await expect(meetings.getByRole('listitem')).toHaveCount(truth.length);

  const ours = meetings.getByRole('listitem').filter({ hasText: 'Quarterly review at the depot' });
  await expect(ours).toContainText(String(contact['Name']));
  await expect(ours.getByRole('link', { name: String(contact['Phone']) })).toBeVisible();
  await ours.getByRole('button', { name: /Quarterly review at the depot/ }).click();
  const panel = app.getByRole('complementary', { name: 'Contact details' });
  await expect(
    panel.getByRole('heading', { level: 2, name: String(contact['Name']) }),
  ).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Activity' })).toContainText(
    'Quarterly review at the depot',
  );
});

test('a call logged on an account shows at once', async ({ synced: app, fakeOrg }) => {
  test.setTimeout(60_000);
  await openAccountWithPeople(app, fakeOrg);
  const activity = app.getByRole('region', { name: 'Activity' });
  await activity.getByRole('button', { name: 'Log a call' }).click();
  await app
    .getByRole('form', { name: 'Log a call' })
    .getByLabel('Subject')
    .fill('Call about cranes');
  await app.getByRole('button', { name: 'Log call' }).click();
  await expect(activity.getByRole('status').filter({ hasText: /^Call logged/ })).toHaveText(
    'Call logged',
  );
  const days = activity.getByRole('list', { name: 'Activity' });
  await expect(days).toContainText('Call about cranes');
  await expect(days).not.toContainText('updated');
});

test('a deal lists its contact roles, the primary first; a contact its deals with its role', async ({
  synced: app,
  fakeOrg,
}) => {
  const roles = fakeOrg.control.all('OpportunityContactRole').filter((r) => !r['IsDeleted']);
  const deals = fakeOrg.control.all('Opportunity');
  const named = (name: unknown) => deals.filter((d) => d['Name'] === name).length === 1;
  const deal = deals.find(
    (d) => named(d['Name']) && roles.filter((r) => r['OpportunityId'] === d.Id).length >= 2,
  )!;
  const own = roles.filter((r) => r['OpportunityId'] === deal.Id);
  const primary = own.find((r) => r['IsPrimary'] === true)!;
  const other = own.find((r) => r['IsPrimary'] !== true)!;
  const nameOf = (role: typeof primary) =>
    String(fakeOrg.control.get('Contact', String(role['ContactId']))!['Name']);
  const dealName = String(deal['Name']);

  await app.keyboard.press('Control+k');
  const palette = app.getByRole('dialog', { name: 'Search' });
  await palette.getByRole('combobox').fill(dealName);
  await palette
    .getByRole('option')
    .filter({ has: app.getByText(dealName, { exact: true }) })
    .first()
    .click();
  const dealPanel = app.getByRole('complementary', { name: 'Opportunity details' });
  await expect(dealPanel.getByRole('heading', { level: 2, name: dealName })).toBeVisible();
  const list = dealPanel.getByRole('region', { name: 'Contact roles' });
  await expect(list.getByRole('listitem')).toHaveCount(own.length);
  const first = list.getByRole('listitem').first();
  await expect(first.getByRole('button')).toHaveText(nameOf(primary));
  await expect(first).toContainText(`${String(primary['Role'])} · Primary`);

  await list
    .getByRole('button', { name: nameOf(other), exact: true })
    .first()
    .click();
  const contactPanel = app.getByRole('complementary', { name: 'Contact details' });
  await expect(contactPanel.getByRole('heading', { level: 2, name: nameOf(other) })).toBeVisible();
  await expect(
    contactPanel
      .getByRole('region', { name: 'Deals' })
      .getByRole('listitem')
      .filter({ hasText: dealName }),
  ).toContainText(String(other['Role']));
});

test('a meeting made offline is checked, shows at once, and reaches Salesforce', async ({
  synced: app,
  fakeOrg,
}) => {
  test.setTimeout(90_000);
  const account = await openAccountWithPeople(app, fakeOrg);

  fakeOrg.control.addFault({ route: '*', kind: 'drop' });
  const activity = app.getByRole('region', { name: 'Activity' });
  await activity.getByRole('button', { name: 'New meeting' }).click();
  const form = app.getByRole('form', { name: 'New meeting' });
  await form.getByRole('button', { name: 'Add meeting' }).click();
  await expect(form.getByText('Subject is required.')).toBeVisible();
  await form.getByLabel('Subject').fill('Site visit with the new team');
  await form.getByLabel('Start').fill(`${today()}T15:00`);
  await form.getByLabel('End').fill(`${today()}T14:00`);
  await form.getByRole('button', { name: 'Add meeting' }).click();
  await expect(form.getByText('End must not be before Start.')).toBeVisible();
  await form.getByLabel('End').fill(`${today()}T16:00`);
  await form.getByRole('button', { name: 'Add meeting' }).click();
  await expect(activity.getByRole('status').filter({ hasText: /^Meeting/ })).toHaveText(
    'Meeting added',
  );
  await expect(activity.getByRole('button', { name: 'New meeting' })).toBeFocused();
  // The innermost line: its day's line holds it too.
  const line = activity
    .getByRole('listitem')
    .filter({ hasText: 'Site visit with the new team' })
    .last();
  await expect(line).toContainText('not in Salesforce yet');
  await expect(app.getByLabel('1 change waiting')).toBeVisible();

  fakeOrg.control.clearFaults();
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(app.getByLabel('1 change waiting')).toHaveCount(0, { timeout: 60_000 });
  const sent = fakeOrg.control
    .all('Event')
    .find((e) => e['Subject'] === 'Site visit with the new team')!;
  expect(sent).toMatchObject({
    WhatId: account.Id,
    OwnerId: fakeOrg.userId,
    StartDateTime: `${today()}T15:00:00.000+0000`,
    EndDateTime: `${today()}T16:00:00.000+0000`,
  });
  await expect(line).not.toContainText('not in Salesforce yet');
});

test('a meeting edited offline keeps the form’s checks and reaches Salesforce', async ({
  synced: app,
  fakeOrg,
}) => {
  test.setTimeout(90_000);
  const account = await openAccountWithPeople(app, fakeOrg);
  const meeting = fakeOrg.control.create(
    'Event',
    {
      Subject: 'Depot walk-through',
      StartDateTime: `${today()}T10:00:00Z`,
      DurationInMinutes: 60,
      WhatId: account.Id,
    },
    fakeOrg.userId,
  );
  await app.getByRole('button', { name: 'Sync now' }).click();
  const activity = app.getByRole('region', { name: 'Activity' });
  const edit = activity.getByRole('button', { name: 'Edit meeting Depot walk-through' });
  await expect(edit).toBeVisible();

  fakeOrg.control.addFault({ route: '*', kind: 'drop' });
  await edit.click();
  const form = app.getByRole('form', { name: 'Edit meeting Depot walk-through' });
  await form.getByLabel('End').fill(`${today()}T09:00`);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('End must not be before Start.')).toBeVisible();
  await form.getByLabel('Subject').fill('Depot walk-through with IT');
  await form.getByLabel('Start').fill(`${today()}T13:00`);
  await form.getByLabel('End').fill(`${today()}T14:30`);
  await form.getByLabel('Location').fill('Gate 3');
  await form.getByRole('button', { name: 'Save' }).click();
  const saved = activity.getByRole('button', { name: 'Edit meeting Depot walk-through with IT' });
  await expect(saved).toBeFocused();
  const line = activity
    .getByRole('listitem')
    .filter({ hasText: 'Depot walk-through with IT' })
    .last();
  await expect(line).toContainText('not in Salesforce yet');

  fakeOrg.control.clearFaults();
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(line).not.toContainText('not in Salesforce yet', { timeout: 60_000 });
  expect(fakeOrg.control.get('Event', meeting.Id)).toMatchObject({
    Subject: 'Depot walk-through with IT',
    Location: 'Gate 3',
    StartDateTime: `${today()}T13:00:00.000+0000`,
    EndDateTime: `${today()}T14:30:00.000+0000`,
  });
});
