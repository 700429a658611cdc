import { describe, expect, it } from 'vitest';
import { listChanges } from '../../../../src/core/outbox/listChanges';
import { createRecord, saveEdit } from '../../../../src/core/outbox/localEdits';
import { recordTypeOptions } from '../../../../src/core/schema/recordTypePicklists';
import { syncHarness } from '../../../support/syncHarness';

const now = () => Date.now();

describe('a stage outside the record’s sales process', () => {
  it('is refused before anything is queued; one of its process’s stages is queued', async () => {
    const h = await syncHarness({ dataset: 'realistic' });
    await h.sync({ objects: ['User', 'OpportunityStage', 'Opportunity', 'Lead'] });
    const types = h.fake.control.all('RecordType');
    const typeId = (name: string) => types.find((t) => t['DeveloperName'] === name)!.Id;
    const open = h.fake.control.all('Opportunity').filter((o) => !o['IsClosed']);
    const renewal = open.find((o) => o['RecordTypeId'] === typeId('Renewal'))!;
    const newBusiness = open.find((o) => o['RecordTypeId'] === typeId('New_Business'))!;

    expect(
      recordTypeOptions(h.db, 'Opportunity', typeId('Renewal'), 'StageName')?.map((o) => o.value),
    ).toEqual(['Value Proposition', 'Negotiation/Review', 'Closed Won', 'Closed Lost']);
    expect(saveEdit(h.db, 'Opportunity', renewal.Id, { StageName: 'Prospecting' }, now())).toEqual({
      saved: false,
      errors: { StageName: 'Prospecting is not a stage of the Renewal process.' },
    });
    expect(listChanges(h.db)).toHaveLength(0);

    expect(
      saveEdit(h.db, 'Opportunity', newBusiness.Id, { StageName: 'Prospecting' }, now()).saved,
    ).toBe(true);
    expect(
      saveEdit(h.db, 'Opportunity', renewal.Id, { StageName: 'Negotiation/Review' }, now()).saved,
    ).toBe(true);
    expect(listChanges(h.db)).toHaveLength(2);

    const partner = h.fake.control
      .all('Lead')
      .find((l) => l['RecordTypeId'] === typeId('Partner_Lead') && !l['IsConverted'])!;
    expect(saveEdit(h.db, 'Lead', partner.Id, { Status: 'Closed - Not Converted' }, now())).toEqual(
      {
        saved: false,
        errors: {
          Status: 'Closed - Not Converted is not a status of the Partner Referral process.',
        },
      },
    );
  });

  it('refuses a new deal outside its type’s process, the default type’s when none is chosen', async () => {
    const h = await syncHarness({ dataset: 'realistic' });
    await h.sync({ objects: ['User', 'OpportunityStage', 'Opportunity', 'Lead'] });
    const types = h.fake.control.all('RecordType');
    const typeId = (name: string) => types.find((t) => t['DeveloperName'] === name)!.Id;
    const deal = (stage: string) => ({
      Name: 'Harbour renewal',
      StageName: stage,
      CloseDate: '2026-12-31',
    });
    const create = (stage: string, recordTypeId?: string) =>
      createRecord(h.db, 'Opportunity', deal(stage), h.fake.userId, now(), recordTypeId);

    expect(create('Prospecting', typeId('Renewal'))).toEqual({
      saved: false,
      errors: { StageName: 'Prospecting is not a stage of the Renewal process.' },
    });
    expect(create('Value Proposition', typeId('Partner_Lead'))).toEqual({
      saved: false,
      errors: { RecordTypeId: 'This record type is not one you can create.' },
    });
    // Without a choice the rep's default type, New Business, decides.
    expect(create('Negotiation/Review').saved).toBe(true);
    expect(
      createRecord(
        h.db,
        'Lead',
        { LastName: 'Okafor', Company: 'Okafor Ltd', Status: 'Closed - Not Converted' },
        h.fake.userId,
        now(),
        typeId('Partner_Lead'),
      ),
    ).toEqual({
      saved: false,
      errors: { Status: 'Closed - Not Converted is not a status of the Partner Referral process.' },
    });
    expect(listChanges(h.db)).toHaveLength(1);

    const created = create('Value Proposition', typeId('Renewal'));
    expect(created.saved).toBe(true);
    const queued = listChanges(h.db).at(-1)!;
    // Salesforce gives a new deal its creator's currency; its amounts read in it meanwhile.
    const rep = h.fake.control.get('User', h.fake.userId);
    expect(queued.currency).toBe(rep['DefaultCurrencyIsoCode']);
    expect(queued.lines.find((l) => l.field === 'RecordTypeId')?.after.value).toBe(
      typeId('Renewal'),
    );
  });

  it('leaves an org without record types as it was: every active stage', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    await h.sync({ objects: ['User', 'OpportunityStage', 'Opportunity'] });
    const deal = h.fake.control.all('Opportunity').find((o) => !o['IsClosed'])!;
    expect(h.db.prepare('SELECT COUNT(*) FROM record_type').pluck().get()).toBe(0);
    expect(h.db.prepare('SELECT COUNT(*) FROM currency_type').pluck().get()).toBe(0);
    expect(saveEdit(h.db, 'Opportunity', deal.Id, { StageName: 'Prospecting' }, now()).saved).toBe(
      true,
    );
  });
});
