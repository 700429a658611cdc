import { scales } from '../fake-org/dataset/generate';
import { expect, test } from './fixtures';
import { openView } from './navigation';

// The realistic org: two record types for deals, three currencies, on the tiny org's records.
test.use({ orgOptions: { dataset: 'realistic', scale: scales.tiny } });

test('New deal asks the record type, offers its stages, and reaches Salesforce with it', async ({
  synced: app,
  fakeOrg,
}) => {
  const renewal = fakeOrg.control.all('RecordType').find((t) => t['DeveloperName'] === 'Renewal')!;
  await openView(app, 'Opportunities');
  const button = app.getByRole('button', { name: 'New deal' });
  await button.click();
  const choice = app.getByRole('form', { name: 'New deal' });
  // The rep's default type is chosen, and has focus: Enter alone goes on with it.
  await expect(choice.getByRole('radio', { name: 'New Business' })).toBeChecked();
  await expect(choice.getByRole('radio', { name: 'New Business' })).toBeFocused();
  await choice.getByRole('button', { name: 'Cancel' }).click();
  await expect(button).toBeFocused();

  await button.click();
  await choice.getByRole('radio', { name: 'Renewal' }).check();
  await choice.getByRole('button', { name: 'Next' }).click();
  const form = app.getByRole('form', { name: 'New deal: Renewal' });
  // The Renewal layout, less what a new deal cannot set (its number).
  await expect(form.getByRole('group', { name: 'Renewal' })).toBeVisible();
  await expect(form.getByText('Deal Number')).toHaveCount(0);
  await expect(form.getByRole('combobox', { name: 'Stage' }).locator('option')).toHaveText([
    'Value Proposition',
    'Negotiation/Review',
    'Closed Won',
    'Closed Lost',
  ]);
  await form
    .getByRole('textbox', { name: 'Opportunity Name' })
    .fill('Harbour Freight renewal 2027');
  await form.getByRole('textbox', { name: 'Close Date' }).fill('2027-03-31');
  await form.getByRole('combobox', { name: 'Stage' }).selectOption('Negotiation/Review');
  await form.getByRole('textbox', { name: 'Amount' }).fill('48000');
  // Amounts start in the rep's own currency; the rep may choose another.
  const rep = fakeOrg.control.get('User', fakeOrg.userId);
  const currency = form.getByRole('combobox', { name: 'Opportunity Currency' });
  await expect(currency).toHaveValue(String(rep['DefaultCurrencyIsoCode']));
  await currency.selectOption('JPY');
  await form.getByRole('button', { name: 'Create deal' }).click();
  await expect(form).toHaveCount(0);
  const panel = app.getByRole('complementary', { name: 'Opportunity details' });
  await expect(
    panel.getByRole('heading', { level: 2, name: 'Harbour Freight renewal 2027' }),
  ).toBeVisible();

  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect
    .poll(() =>
      fakeOrg.control.all('Opportunity').find((o) => o['Name'] === 'Harbour Freight renewal 2027'),
    )
    .toMatchObject({
      RecordTypeId: renewal.Id,
      StageName: 'Negotiation/Review',
      Amount: 48_000,
      CurrencyIsoCode: 'JPY',
    });
});

test('a change to a euro deal’s amount reads in euros', async ({ synced: app, core, fakeOrg }) => {
  const deals = fakeOrg.control.all('Opportunity');
  const deal = deals.find(
    (o) =>
      o['CurrencyIsoCode'] === 'EUR' &&
      typeof o['Amount'] === 'number' &&
      deals.filter((d) => d['Name'] === o['Name']).length === 1,
  )!;
  // Salesforce is unreachable: the change stays in the list while the rep reads it.
  fakeOrg.control.addFault({ route: '*', kind: 'status', status: 503 });
  await core.handlers['edits.save']({
    object: 'Opportunity',
    id: deal.Id,
    changes: { Amount: 45_000 },
  });
  await openView(app, 'Changes');
  await expect(
    app.getByRole('list', { name: `What changed on ${String(deal['Name'])}` }),
  ).toContainText(/Amount: €[\d,]+ → €45,000/);
  fakeOrg.control.clearFaults();
});
