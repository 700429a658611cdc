import { describe, expect, it } from 'vitest';
import { discardChange } from '../../../../src/core/outbox/changeActions';
import { resolveConflict } from '../../../../src/core/outbox/conflicts';
import { listChanges } from '../../../../src/core/outbox/listChanges';
import { createRecord, saveEdit } from '../../../../src/core/outbox/localEdits';
import { stillToSend, type PushContext } from '../../../../src/core/outbox/pushCalls';
import { outboxStore } from '../../../../src/core/store/outboxStore';
import { syncedDeal, whileSending } from '../../../support/pushHarness';

const newLead = {
  LastName: 'Quennell',
  Company: 'Harbour Freight',
  Status: 'Open - Not Contacted',
};
const now = () => Date.now();

describe('a change made while a push is on its way', () => {
  it('an edit saved while the push sends new records goes out with the change it joined', async () => {
    const { h, deal } = await syncedDeal();
    createRecord(h.db, 'Lead', newLead, h.fake.userId, now());
    saveEdit(h.db, 'Opportunity', deal.Id, { Amount: 12_345 }, now());
    whileSending(h.conn, '/composite/sobjects', () =>
      saveEdit(h.db, 'Opportunity', deal.Id, { NextStep: 'Send the contract' }, now()),
    );
    await h.sync({ pushOnly: true });
    expect(h.fake.control.get('Opportunity', deal.Id)).toMatchObject({
      Amount: 12_345,
      NextStep: 'Send the contract',
    });
    expect(listChanges(h.db)).toEqual([]);
  });

  it('a change discarded while the push sends new records is not sent', async () => {
    const { h, deal } = await syncedDeal();
    createRecord(h.db, 'Lead', newLead, h.fake.userId, now());
    saveEdit(h.db, 'Opportunity', deal.Id, { Amount: 1 }, now());
    const typo = listChanges(h.db).find((c) => c.object === 'Opportunity')!;
    whileSending(h.conn, '/composite/sobjects', () => discardChange(h.db, typo.opId));
    await h.sync({ pushOnly: true });
    expect(h.fake.control.get('Opportunity', deal.Id)['Amount']).toBe(deal['Amount']);
    expect(h.fake.control.all('Lead').filter((l) => l['LastName'] === 'Quennell')).toHaveLength(1);
    expect(listChanges(h.db)).toEqual([]);
  });

  it('an edit pointing at a record created meanwhile waits for that record, then goes', async () => {
    const { h } = await syncedDeal();
    const task = h.fake.control.all('Task').find((t) => t['OwnerId'] === h.fake.userId)!;
    const taskId = String(task['Id']);
    createRecord(h.db, 'Lead', newLead, h.fake.userId, now());
    saveEdit(h.db, 'Task', taskId, { Description: 'Left a voicemail' }, now());
    const second = { ...newLead, LastName: 'Ostrowski' };
    whileSending(h.conn, '/composite/sobjects', () => {
      const lead = createRecord(h.db, 'Lead', second, h.fake.userId, now());
      if (!lead.saved) throw new Error('the lead was not saved');
      saveEdit(h.db, 'Task', taskId, { WhoId: lead.id }, now());
    });
    await h.sync({ pushOnly: true });
    const made = h.fake.control.all('Lead').find((l) => l['LastName'] === 'Ostrowski')!;
    expect(h.fake.control.get('Task', taskId)).toMatchObject({
      Description: 'Left a voicemail',
      WhoId: made.Id,
    });
    expect(listChanges(h.db)).toEqual([]);
  });
});

describe('a conflict while another change on the record goes through', () => {
  it('stays for the rep to settle, and then goes through', async () => {
    const { h, deal } = await syncedDeal();
    saveEdit(h.db, 'Opportunity', deal.Id, { NextStep: 'Mine' }, now());
    h.fake.control.update('Opportunity', deal.Id, { NextStep: 'Theirs' });
    whileSending(h.conn, '/composite', () =>
      saveEdit(h.db, 'Opportunity', deal.Id, { Amount: 999 }, now()),
    );
    await h.sync({ pushOnly: true });
    expect(h.fake.control.get('Opportunity', deal.Id)).toMatchObject({
      NextStep: 'Theirs',
      Amount: 999,
    });
    const [parked] = listChanges(h.db);
    expect(parked).toMatchObject({
      status: 'conflict',
      fields: { NextStep: 'Mine' },
      conflict: {
        kind: 'fields',
        fields: [{ field: 'NextStep', mine: { value: 'Mine' }, theirs: { value: 'Theirs' } }],
      },
    });
    expect(listChanges(h.db)).toHaveLength(1);

    resolveConflict(h.db, parked!.opId, { NextStep: 'mine' });
    await h.sync({ pushOnly: true });
    expect(h.fake.control.get('Opportunity', deal.Id)).toMatchObject({
      NextStep: 'Mine',
      Amount: 999,
    });
    expect(listChanges(h.db)).toEqual([]);
  });
});

describe('a change read for sending, then thrown away', () => {
  it('is not taken for a new change that got its number', async () => {
    const { h, deal } = await syncedDeal();
    saveEdit(h.db, 'Opportunity', deal.Id, { Amount: 1 }, now());
    const [read] = outboxStore(h.db).all();
    discardChange(h.db, read!.op_id);
    const lead = createRecord(h.db, 'Lead', newLead, h.fake.userId, now());
    if (!lead.saved) throw new Error('the lead was not saved');
    // SQLite gives the new change the number the thrown-away one had.
    expect(outboxStore(h.db).all()).toMatchObject([{ op_id: read!.op_id, op: 'create' }]);
    const ctx = { db: h.db } as PushContext;
    expect(stillToSend(ctx, [read!])).toEqual([]);
    expect(stillToSend(ctx, outboxStore(h.db).all())).toHaveLength(1);
  });
});

describe('a new record Salesforce refused', () => {
  it('takes the rep’s fix, with what they added while it was being sent, and goes through', async () => {
    const { h } = await syncedDeal();
    h.fake.control.addValidationRule({
      object: 'Lead',
      field: 'Title',
      operator: 'blank',
      message: 'Title is required',
      errorField: 'Title',
    });
    const lead = createRecord(h.db, 'Lead', newLead, h.fake.userId, now());
    if (!lead.saved) throw new Error('the lead was not saved');
    whileSending(h.conn, '/composite/sobjects', () =>
      saveEdit(h.db, 'Lead', lead.id, { Phone: '(02) 5550 1234' }, now()),
    );
    await h.sync({ pushOnly: true });
    expect(listChanges(h.db)).toMatchObject([
      { op: 'create', status: 'failed' },
      { op: 'update', fields: { Phone: '(02) 5550 1234' } },
    ]);

    saveEdit(h.db, 'Lead', lead.id, { Title: 'CTO' }, now());
    expect(listChanges(h.db)).toMatchObject([
      {
        op: 'create',
        status: 'waiting',
        fields: { ...newLead, Phone: '(02) 5550 1234', Title: 'CTO' },
      },
    ]);
    await h.sync({ pushOnly: true });
    expect(h.fake.control.all('Lead').filter((l) => l['LastName'] === 'Quennell')).toMatchObject([
      { Title: 'CTO', Phone: '(02) 5550 1234' },
    ]);
    expect(listChanges(h.db)).toEqual([]);
  });
});
