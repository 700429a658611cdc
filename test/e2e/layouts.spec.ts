import type { Page } from '@playwright/test';
import { scales } from '../fake-org/dataset/generate';
import { expect, test } from './fixtures';
import { openView } from './navigation';

// The realistic org's processes, custom fields and layouts, on the tiny org's few records.
test.use({ orgOptions: { dataset: 'realistic', scale: scales.tiny } });

const emea = ['France', 'Germany', 'United Kingdom'];

/** A deal of the record type whose name no other deal shares, opened from search. */
async function openDeal(
  recordType: string,

  app: Page,
  fakeOrg: { control: { all(t: string): Array<Record<string, unknown>> } },
) {
  const type = fakeOrg.control.all('RecordType').find((t) => t['DeveloperName'] === recordType)!;
  const deals = fakeOrg.control.all('Opportunity');
  const deal = deals.find(
    (d) =>
      d['RecordTypeId'] === type['Id'] && deals.filter((o) => o['Name'] === d['Name']).length === 1,
  )!;
  await app.keyboard.press('Control+k');
  const palette = app.getByRole('dialog', { name: 'Search' });
  await palette.getByRole('combobox').fill(String(deal['Name']));
  await palette
    .getByRole('group', { name: 'Opportunities' })
    .getByRole('option', { name: new RegExp(String(deal['Name'])) })
    .click();
  const panel = app.getByRole('complementary', { name: 'Opportunity details' });
  await expect(panel.getByRole('heading', { level: 2, name: String(deal['Name']) })).toBeVisible();
  return { deal, panel };
}

test('a deal’s fields follow its layout; edit in place offers only valid countries, saves and gives focus back', async ({
  synced: app,
  fakeOrg,
}) => {
  const { deal, panel } = await openDeal('New_Business', app, fakeOrg);
  await expect(panel.getByRole('region', { name: 'Deal' }).getByRole('term')).toHaveText([
    'Opportunity Name',
    'Account Name',
    'Stage',
    'Close Date',
    'Amount',
    'Opportunity Currency',
    'Weighted Amount',
    'Region',
    'Country',
  ]);
  await expect(panel.getByRole('region', { name: 'Next steps' }).getByRole('term')).toHaveText([
    'Next Step',
    'Next Step Date',
    'Products',
    'Partner',
  ]);

  const edit = panel.getByRole('button', { name: 'Edit' });
  await edit.click();
  const form = panel.getByRole('form', { name: 'Edit opportunity' });
  // The fields themselves turn into the form: no read-only copy stays beside it.
  await expect(panel.getByRole('term')).toHaveCount(0);
  await expect(form.getByRole('group', { name: 'Deal' })).toBeVisible();
  await expect(form.getByLabel('Weighted Amount')).toHaveCount(0);
  // Whatever region the generated deal has, none leaves Country with nothing to offer.
  await form.getByLabel('Region').selectOption({ label: '—' });
  await expect(form.getByLabel('Country')).toBeDisabled();
  await form.getByLabel('Region').selectOption('EMEA');
  await expect(form.getByLabel('Country').locator('option')).toHaveText(['—', ...emea]);
  await form.getByLabel('Country').selectOption('Germany');
  await form.getByLabel('Next Step', { exact: true }).fill('Meet the board in Berlin');
  await form.getByRole('button', { name: 'Save' }).click();

  await expect(form).toHaveCount(0);
  await expect(edit).toBeFocused();
  const details = panel.getByRole('region', { name: 'Deal' });
  await expect(details).toContainText('EMEA');
  await expect(details).toContainText('Germany');
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect
    .poll(() => fakeOrg.control.get('Opportunity', String(deal['Id'])))
    .toMatchObject({
      Region__c: 'EMEA',
      Country__c: 'Germany',
      NextStep: 'Meet the board in Berlin',
    });

  // E edits the open record; Cancel gives focus back to where E was pressed.
  const heading = panel.getByRole('heading', { level: 2 });
  await heading.focus();
  await app.keyboard.press('e');
  await expect(form).toBeVisible();
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toHaveCount(0);
  await expect(heading).toBeFocused();
});

test('a new lead starts with describe’s default Status and offers Lead Source', async ({
  synced: app,
}) => {
  await openView(app, 'Leads');
  await app.getByRole('button', { name: 'New lead' }).click();
  // Two lead record types: the rep's default, Inbound, is chosen to begin with.
  const choice = app.getByRole('form', { name: 'New lead' });
  await expect(choice.getByRole('radio', { name: 'Inbound' })).toBeChecked();
  await choice.getByRole('button', { name: 'Next' }).click();
  const form = app.getByRole('form', { name: 'New lead: Inbound' });
  // The lead layout's form, its owner picked among the org's users.
  await expect(form.getByRole('group', { name: 'Lead Information' })).toBeVisible();
  await expect(form.getByRole('combobox', { name: 'Lead Owner' })).toBeVisible();
  await expect(form.getByLabel('Status')).toHaveValue('Open - Not Contacted');
  await expect(form.getByLabel('Lead Source')).toHaveValue('');
  await expect(form.getByLabel('Lead Source').locator('option')).not.toHaveCount(1);
});

test('the account page follows the account layout and edits in place', async ({ synced: app }) => {
  await openView(app, 'Accounts');
  const accounts = app.getByRole('grid', { name: 'Accounts' });
  await accounts.getByRole('row').nth(1).click();
  const page = app.getByRole('article', { name: /^Account / });
  await expect(
    page.getByRole('region', { name: 'Account', exact: true }).getByRole('term'),
  ).toHaveText([
    'Account Name',
    'Account Type',
    'Industry',
    'Tier',
    'Region',
    'Health Score',
    'Customer Since',
    'Account Phone',
  ]);
  await expect(
    page.getByRole('region', { name: 'Address', exact: true }).getByRole('term'),
  ).toHaveText(['Billing Street', 'Billing City', 'Billing Zip/Postal Code', 'Billing Country']);

  const edit = page.getByRole('button', { name: 'Edit', exact: true });
  await edit.click();
  const form = page.getByRole('form', { name: 'Edit account' });
  // A retired value is not offered; the org's help stays beside its field.
  await expect(form.getByLabel('Tier').locator('option')).toHaveText([
    '—',
    'Gold',
    'Silver',
    'Bronze',
  ]);
  await expect(form.getByLabel('Health Score')).toHaveAccessibleDescription(
    '0 (at risk) to 10 (thriving)',
  );
  await form.getByLabel('Tier').selectOption('Gold');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
  await expect(edit).toBeFocused();
  await expect(page.getByRole('region', { name: 'Account', exact: true })).toContainText('Gold');
});

test('a Renewal deal shows the Renewal layout and offers only its process’s stages', async ({
  synced: app,
  fakeOrg,
}) => {
  const { panel } = await openDeal('Renewal', app, fakeOrg);
  await expect(panel.getByRole('region', { name: 'Renewal' }).getByRole('term')).toHaveText([
    'Opportunity Name',
    'Account Name',
    'Close Date',
    'Stage',
    'Amount',
    'Opportunity Currency',
    'Discount',
    'Deal Number',
    'Strategic',
  ]);
  await panel.getByRole('button', { name: 'Edit' }).click();
  const form = panel.getByRole('form', { name: 'Edit opportunity' });
  await expect(form.getByLabel('Stage').locator('option')).toHaveText([
    'Value Proposition',
    'Negotiation/Review',
    'Closed Won',
    'Closed Lost',
  ]);
  await expect(form.getByLabel('Deal Number')).toHaveCount(0);
  await expect(form.getByLabel('Strategic')).toBeVisible();
});
