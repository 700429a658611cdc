import type { AppCore } from '../../src/core/app/appCore';
import type { FakeOrg } from '../fake-org';
import { expect, test } from './fixtures';
import { openView } from './navigation';

/** One of the rep's open deals, and one of their leads, as the fake org holds them. */
function mine(fakeOrg: FakeOrg) {
  const deal = fakeOrg.control
    .all('Opportunity')
    .find(
      (o) =>
        o['OwnerId'] === fakeOrg.userId &&
        !o['IsClosed'] &&
        o['StageName'] !== 'Negotiation/Review',
    )!;
  const lead = fakeOrg.control
    .all('Lead')
    .find((l) => l['OwnerId'] === fakeOrg.userId && !l['IsConverted'])!;
  return { deal, lead };
}

const save = (core: AppCore, id: string, changes: Record<string, string | number>) =>
  core.handlers['edits.save']({ object: 'Opportunity', id, changes });

test('a change not yet in Salesforce reads as labels, old → new, when, and names', async ({
  synced: app,
  core,
  fakeOrg,
}) => {
  // Salesforce is unreachable: nothing leaves the outbox while the rep looks at it.
  fakeOrg.control.addFault({ route: '*', kind: 'status', status: 503 });
  const { deal, lead } = mine(fakeOrg);
  await save(core, deal.Id, { StageName: 'Negotiation/Review' });
  await core.handlers['edits.create']({
    object: 'Task',
    fields: { Subject: 'Call back', Status: 'Not Started', WhoId: lead.Id },
  });

  await openView(app, 'Changes');
  const changes = app.getByRole('list', { name: `What changed on ${String(deal['Name'])}` });
  await expect(changes).toContainText(`Stage: ${String(deal['StageName'])} → Negotiation/Review`);
  await expect(app.getByText('just now').first()).toBeVisible();
  await expect(app.getByRole('list', { name: 'What changed on Call back' })).toContainText(
    `Name: ${String(lead['Name'])}`,
  );
  await expect(app.getByText('StageName')).toHaveCount(0);
  // The record's own name heads its change and opens it.
  await app.getByRole('button', { name: String(deal['Name']), exact: true }).click();
  await expect(app.getByRole('complementary', { name: 'Opportunity details' })).toBeVisible();
  fakeOrg.control.clearFaults();
});

test('a conflict says who changed it in Salesforce, and a typed value reaches Salesforce', async ({
  synced: app,
  core,
  fakeOrg,
}) => {
  const { deal } = mine(fakeOrg);
  fakeOrg.control.advanceClock(60_000);
  await save(core, deal.Id, { Amount: 250_000 });
  fakeOrg.control.update('Opportunity', deal.Id, { Amount: 275_000 });
  const server = fakeOrg.control.get('Opportunity', deal.Id);
  const colleague = fakeOrg.control.get('User', String(server['LastModifiedById']));
  fakeOrg.control.advanceClock(60_000);
  await core.sync.syncNow();

  await openView(app, 'Changes');
  const change = app.getByRole('group', { name: `${String(deal['Name'])} change` });
  await expect(change).toContainText(`Changed in Salesforce by ${String(colleague['Name'])} on`);
  const amount = change.getByRole('radiogroup', { name: 'Amount' });
  await expect(amount.getByRole('radio', { name: /^Keep mine: .*250,000/ })).toBeVisible();
  await expect(amount.getByRole('radio', { name: /^Take Salesforce’s: .*275,000/ })).toBeVisible();

  await amount.getByRole('radio', { name: 'Type a new value' }).check();
  await change.getByLabel('New Amount').fill('260000');
  await change.getByRole('button', { name: 'Keep these values' }).click();
  await expect(change.getByText('Waiting to be sent to Salesforce')).toBeVisible();
  // The chooser went with the button that had focus: focus stays in the list, not on the page.
  await expect(app.getByRole('region', { name: 'Changes waiting for Salesforce' })).toBeFocused();
  await core.sync.syncNow();
  await expect(app.getByText('Everything you changed is in Salesforce.')).toBeVisible();
  expect(fakeOrg.control.get('Opportunity', deal.Id)['Amount']).toBe(260_000);
});
