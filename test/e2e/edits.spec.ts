import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { openView } from './navigation';

/** Positions of stage columns: the first that has a card, then another one. */
async function withCards(columns: Locator): Promise<number[]> {
  const counts = await columns.evaluateAll((els) =>
    els.map((e) => e.querySelectorAll('.card').length),
  );
  const from = counts.findIndex((n) => n > 0);
  return [from, from === 0 ? 1 : 0];
}

test('drag a deal to another stage offline; it reaches Salesforce after reconnecting', async ({
  synced: app,
  fakeOrg,
}) => {
  test.setTimeout(150_000);
  await openView(app, 'Pipeline');
  const board = app.getByRole('list', { name: 'Pipeline board' });
  const columns = board.getByRole('listitem').filter({ has: app.locator('.stage-header') });
  await columns.first().waitFor();
  const [first, second] = await withCards(columns);
  const from = columns.nth(first!);
  const to = columns.nth(second!);
  const toLabel = (await to.getAttribute('aria-label'))!;
  const card = from.locator('.card').first();
  const name = (await card.locator('.card-name').textContent())!;
  const deal = fakeOrg.control.all('Opportunity').find((o) => o['Name'] === name)!;
  const before = deal['StageName'];

  // The network goes: every request to Salesforce dies without an answer.
  fakeOrg.control.addFault({ route: '*', kind: 'drop' });
  await card.dragTo(to);
  await expect(to.locator('.card-name', { hasText: name })).toBeVisible();
  await expect(from.locator('.card-name', { hasText: name })).toHaveCount(0);
  await expect(app.getByLabel('1 change waiting')).toBeVisible();
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(
    app
      .getByRole('status')
      .filter({ hasText: /Offline/ })
      .first(),
    // jsforce retries a dropped connection for a while before giving up.
  ).toBeVisible({ timeout: 70_000 });
  expect(fakeOrg.control.get('Opportunity', deal.Id)['StageName']).toBe(before);

  fakeOrg.control.clearFaults();
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(app.getByLabel('1 change waiting')).toHaveCount(0);
  const stage = fakeOrg.control
    .all('OpportunityStage')
    .find((s) => s['MasterLabel'] === toLabel || s['ApiName'] === toLabel)!;
  expect(fakeOrg.control.get('Opportunity', deal.Id)['StageName']).toBe(stage['ApiName']);
  await expect(to.locator('.card-name', { hasText: name })).toBeVisible();
});

test('move to stage from the keyboard, edit with checks from describe, see and discard a refused change', async ({
  synced: app,
  fakeOrg,
}) => {
  await openView(app, 'Pipeline');
  const columns = app
    .getByRole('list', { name: 'Pipeline board' })
    .getByRole('listitem')
    .filter({ has: app.locator('.stage-header') });
  await columns.first().waitFor();
  const [first, second] = await withCards(columns);
  const name = (await columns.nth(first!).locator('.card-name').first().textContent())!;
  const target = (await columns.nth(second!).getAttribute('aria-label'))!;
  await columns.nth(first!).locator('.card', { hasText: name }).focus();
  await app.keyboard.press('m');
  await app
    .getByRole('dialog', { name: `Move ${name} to stage` })
    .getByRole('button', { name: target, exact: true })
    .press('Enter');
  await expect(columns.nth(second!).locator('.card-name', { hasText: name })).toBeVisible();

  await columns.nth(second!).locator('.card', { hasText: name }).click();
  const panel = app.getByRole('complementary', { name: 'Opportunity details' });
  await expect(panel.getByText('Waiting to be sent to Salesforce')).toBeVisible();
  await panel.getByRole('button', { name: 'Edit' }).click();
  const form = panel.getByRole('form', { name: 'Edit opportunity' });
  await form.getByLabel('Close Date').fill('');
  await form.getByLabel('Probability (%)').fill('140');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('Close Date is required.')).toBeVisible();
  await expect(form.getByText('Probability (%) must be between 0 and 100.')).toBeVisible();
  // The rep is taken to the form's first problem (this layout puts Probability above Close
  // Date), however long the form.
  await expect(form.getByLabel('Probability (%)')).toBeFocused();

  fakeOrg.control.addValidationRule({
    object: 'Opportunity',
    field: 'NextStep',
    operator: '=',
    value: 'Skip legal',
    message: 'Legal review cannot be skipped',
  });
  await form.getByLabel('Close Date').fill('2027-03-31');
  await form.getByLabel('Probability (%)').fill('40');
  await form.getByLabel('Next Step').fill('Skip legal');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(panel.getByText('Legal review cannot be skipped')).toBeVisible();
  await expect(app.getByLabel('1 change waiting, 1 need you')).toBeVisible();

  await openView(app, 'Changes');
  const change = app.getByRole('group', { name: `${name} change` });
  await expect(change.getByText('Salesforce refused this change')).toBeVisible();
  await change.getByRole('button', { name: `Discard ${name} change` }).click();
  await change.getByRole('button', { name: 'Discard for good' }).click();
  await expect(app.getByText('Everything you changed is in Salesforce.')).toBeVisible();
  const deal = fakeOrg.control.all('Opportunity').find((o) => o['Name'] === name)!;
  expect(deal['NextStep']).not.toBe('Skip legal');
});

test('a converted lead offers no Edit, and says what to change instead', async ({
  synced: app,
  fakeOrg,
}) => {
  const lead = fakeOrg.control
    .all('Lead')
    .find((l) => l['IsConverted'] === true && l['OwnerId'] === fakeOrg.userId && l['Email'])!;
  await openView(app, 'Leads');
  // By email: names repeat.
  await app.getByRole('searchbox', { name: 'Filter leads' }).fill(String(lead['Email']));
  await expect(app.getByRole('grid', { name: 'Leads' }).getByRole('row')).toHaveCount(2);
  await app.getByRole('grid', { name: 'Leads' }).getByRole('row').nth(1).click();
  const panel = app.getByRole('complementary', { name: 'Lead details' });
  await expect(panel.getByRole('heading', { level: 2, name: String(lead['Name']) })).toBeVisible();
  await expect(
    panel.getByText('Converted: Salesforce keeps it as it was. Change its contact, account'),
  ).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Log a call' })).toHaveCount(0);
  await expect(panel.getByRole('heading', { name: 'Activity' })).toBeVisible();
  await app.keyboard.press('e');
  await expect(panel.getByRole('form')).toHaveCount(0);
});
