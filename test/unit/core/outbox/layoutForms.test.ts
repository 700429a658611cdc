import { describe, expect, it } from 'vitest';
import { recordForm } from '../../../../src/core/outbox/formFields';
import { saveEdit } from '../../../../src/core/outbox/localEdits';
import { listChanges } from '../../../../src/core/outbox/listChanges';
import { scales } from '../../../fake-org/dataset/generate';
import { syncHarness } from '../../../support/syncHarness';

/** The realistic org's metadata (processes, custom fields, layouts) on the tiny org's records. */
async function realistic() {
  const h = await syncHarness({ dataset: 'realistic', scale: scales.tiny });
  await h.sync();
  return h;
}

const headings = (form: ReturnType<typeof recordForm>) =>
  form.sections?.map((s) => [s.heading, s.items.map((i) => i.label)]);

describe('forms from the page layout and the fuller describe', () => {
  it('caches layouts at sync, a day at a time, and follows each record type', async () => {
    const h = await realistic();
    expect(headings(recordForm(h.db, 'Opportunity', null))).toEqual([
      [
        'Deal',
        [
          'Opportunity Name',
          'Account Name',
          'Stage',
          'Close Date',
          'Amount',
          'Opportunity Currency',
          'Weighted Amount',
          'Region',
          'Country',
        ],
      ],
      ['Next steps', ['Next Step', 'Next Step Date', 'Products', 'Partner']],
      ['Notes', ['Notes']],
    ]);
    const renewal = h.fake.control.all('RecordType').find((t) => t['DeveloperName'] === 'Renewal')!;
    const form = recordForm(h.db, 'Opportunity', renewal.Id);
    expect(form.sections!.map((s) => s.heading)).toEqual(['Renewal', 'Notes']);
    expect(form.sections![0]!.items.map((i) => i.fields[0])).toEqual([
      'Name',
      'AccountId',
      'CloseDate',
      'StageName',
      'Amount',
      'CurrencyIsoCode',
      'Discount__c',
      'Deal_Number__c',
      'Strategic__c',
    ]);
    // A formula and an auto-number are shown, never edited.
    const fields = new Map(form.fields.map((f) => [f.name, f]));
    expect(fields.get('Deal_Number__c')).toMatchObject({ updateable: false, createable: false });
    expect(fields.get('Strategic__c')).toMatchObject({ type: 'boolean', defaultValue: false });

    h.fake.control.resetRequestCounts();
    await h.sync();
    expect(h.fake.control.requestCounts()['describe.layouts']).toBeUndefined();
  });

  it('offers the stages of the record type’s sales process, in its order', async () => {
    const h = await realistic();
    const renewal = h.fake.control.all('RecordType').find((t) => t['DeveloperName'] === 'Renewal')!;
    const stages = (recordTypeId: string | null) =>
      recordForm(h.db, 'Opportunity', recordTypeId).fields.find((f) => f.name === 'StageName')!
        .picklist;
    expect(stages(renewal.Id)).toEqual([
      'Value Proposition',
      'Negotiation/Review',
      'Closed Won',
      'Closed Lost',
    ]);
    expect(stages(null)).toEqual(expect.arrayContaining(['Prospecting', 'Value Proposition']));
  });

  it('gives new records describe’s defaults', async () => {
    const h = await realistic();
    const lead = new Map(recordForm(h.db, 'Lead', null).fields.map((f) => [f.name, f]));
    expect(lead.get('Status')).toMatchObject({ defaultValue: 'Open - Not Contacted' });
    expect(lead.get('LeadSource')).toMatchObject({ type: 'picklist' });
    expect(lead.get('LeadSource')!.picklist.length).toBeGreaterThan(0);
  });

  it('refuses a dependent value its controller does not allow before anything is queued', async () => {
    const h = await realistic();
    // A New Business deal: its layout has Region and Country.
    const newBusiness = h.fake.control
      .all('RecordType')
      .find((t) => t['DeveloperName'] === 'New_Business')!;
    const deal = h.fake.control
      .all('Opportunity')
      .find((o) => o['RecordTypeId'] === newBusiness.Id)!;
    const country = recordForm(h.db, 'Opportunity', null).fields.find(
      (f) => f.name === 'Country__c',
    )!;
    expect(country.dependsOn!.field).toBe('Region__c');
    const [region, allowed] = Object.entries(country.dependsOn!.allowed).find(
      ([, values]) => values.length > 0,
    )!;
    const elsewhere = country.picklist.find((c) => !allowed.includes(c))!;
    const before = listChanges(h.db).length;

    expect(
      saveEdit(h.db, 'Opportunity', deal.Id, { Region__c: region, Country__c: elsewhere }, 0),
    ).toEqual({
      saved: false,
      errors: { Country__c: `Country cannot be ${elsewhere} when Region is ${region}.` },
    });
    expect(listChanges(h.db)).toHaveLength(before);

    expect(saveEdit(h.db, 'Opportunity', deal.Id, { Region__c: region }, 0).saved).toBe(true);
    // The cached record's Region now allows its own countries alone.
    expect(saveEdit(h.db, 'Opportunity', deal.Id, { Country__c: elsewhere }, 0).saved).toBe(false);
    expect(saveEdit(h.db, 'Opportunity', deal.Id, { Country__c: allowed[0]! }, 0).saved).toBe(true);
    expect(listChanges(h.db).at(-1)!.fields).toEqual({
      Region__c: region,
      Country__c: allowed[0],
    });
  });

  it('edits a lookup that points at one cached object, and lays out new leads too', async () => {
    const h = await realistic();
    const deal = new Map(recordForm(h.db, 'Opportunity', null).fields.map((f) => [f.name, f]));
    expect(deal.get('Partner__c')).toMatchObject({ label: 'Partner', lookupTo: 'Account' });
    expect(deal.get('AccountId')).toMatchObject({ label: 'Account', lookupTo: 'Account' });
    const lead = recordForm(h.db, 'Lead', null);
    expect(lead.sections!.map((s) => s.heading)).toEqual(['Lead Information']);
    expect(lead.sections![0]!.items.at(-1)).toMatchObject({
      label: 'Lead Owner',
      fields: ['OwnerId'],
    });
    // An owner may be a user or a queue; Roadbook offers the users it holds.
    expect(lead.fields.find((f) => f.name === 'OwnerId')).toMatchObject({ lookupTo: 'User' });
  });
});
