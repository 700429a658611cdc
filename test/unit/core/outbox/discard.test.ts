import { describe, expect, it } from 'vitest';
import { discardChange } from '../../../../src/core/outbox/changeActions';
import { listChanges, localStateOf } from '../../../../src/core/outbox/listChanges';
import { createRecord, saveEdit } from '../../../../src/core/outbox/localEdits';
import type { Harness } from '../../../support/syncHarness';
import { syncedDeal, whileSending } from '../../../support/pushHarness';

const cached = (h: Harness, table: string, id: string) => {
  const row = h.db.prepare(`SELECT json, local_state FROM ${table} WHERE id = ?`).get(id) as
    { json: string; local_state: string } | undefined;
  return (
    row && { ...(JSON.parse(row.json) as Record<string, unknown>), local_state: row.local_state }
  );
};

const now = () => Date.now();

describe('a change thrown away', () => {
  it('discarding a new lead takes back a task’s link to it, not the notes typed on the task', async () => {
    const { h } = await syncedDeal();
    const task = h.fake.control.all('Task').find((t) => t['OwnerId'] === h.fake.userId)!;
    const taskId = String(task['Id']);
    saveEdit(h.db, 'Task', taskId, { Description: 'Asked for pricing by Friday' }, now());
    const lead = createRecord(
      h.db,
      'Lead',
      { LastName: 'Okafor', Company: 'Train Co', Status: 'Open - Not Contacted' },
      h.fake.userId,
      now(),
    );
    if (!lead.saved) throw new Error('the lead was not saved');
    saveEdit(h.db, 'Task', taskId, { WhoId: lead.id }, now());
    const created = listChanges(h.db).find((c) => c.op === 'create')!;
    discardChange(h.db, created.opId);
    expect(listChanges(h.db)).toMatchObject([
      { recordId: taskId, fields: { Description: 'Asked for pricing by Friday' } },
    ]);
    expect(listChanges(h.db)[0]!.fields).not.toHaveProperty('WhoId');
    expect(cached(h, 'sf_task', taskId)).toMatchObject({
      Description: 'Asked for pricing by Friday',
      WhoId: task['WhoId'],
    });
    expect(localStateOf(h.db, 'Task', taskId)?.pendingFields).toEqual(['Description']);
    await h.sync();
    expect(h.fake.control.get('Task', taskId)).toMatchObject({
      Description: 'Asked for pricing by Friday',
      WhoId: task['WhoId'],
    });
    expect(listChanges(h.db)).toEqual([]);
  });

  it('discarding a change to a record deleted in Salesforce keeps the rep’s other work naming it', async () => {
    const { h, deal } = await syncedDeal();
    saveEdit(h.db, 'Opportunity', deal.Id, { Amount: 1 }, now());
    const call = { Subject: 'Call', Status: 'Completed', TaskSubtype: 'Call', WhatId: deal.Id };
    createRecord(h.db, 'Task', call, h.fake.userId, now());
    h.fake.control.remove('Opportunity', deal.Id);
    // Creates wait (Salesforce busy), so only the deal's change meets the deletion.
    h.fake.control.addFault({ route: 'composite.create', kind: 'status', status: 503 });
    await h.sync({ pushOnly: true });
    const change = listChanges(h.db).find((c) => c.object === 'Opportunity')!;
    expect(change).toMatchObject({ status: 'conflict', conflict: { kind: 'deleted' } });
    discardChange(h.db, change.opId);
    expect(listChanges(h.db)).toMatchObject([{ op: 'create', object: 'Task', fields: call }]);
  });

  it('discarding a new lead keeps a task’s earlier change that is waiting apart', async () => {
    const { h } = await syncedDeal();
    const task = h.fake.control.all('Task').find((t) => t['OwnerId'] === h.fake.userId)!;
    const taskId = String(task['Id']);
    saveEdit(h.db, 'Task', taskId, { Description: 'Asked for pricing by Friday' }, now());
    // While the notes are on their way (their answer then lost), the task is pointed at a
    // new lead: a change of its own.
    whileSending(h.conn, '/composite', () => {
      const lead = createRecord(
        h.db,
        'Lead',
        { LastName: 'Okafor', Company: 'Train Co', Status: 'Open - Not Contacted' },
        h.fake.userId,
        now(),
      );
      if (!lead.saved) throw new Error('the lead was not saved');
      saveEdit(h.db, 'Task', taskId, { WhoId: lead.id }, now());
    });
    h.fake.control.addFault({ route: 'composite', kind: 'reset', times: 1 });
    // Salesforce refuses the lead, so the rep throws it away.
    h.fake.control.addValidationRule({
      object: 'Lead',
      field: 'Company',
      operator: '=',
      value: 'Train Co',
      message: 'Train Co is a competitor',
    });
    await h.sync({ pushOnly: true });
    const created = listChanges(h.db).find((c) => c.op === 'create')!;
    expect(created.status).toBe('failed');
    discardChange(h.db, created.opId);
    expect(listChanges(h.db)).toMatchObject([
      { recordId: taskId, fields: { Description: 'Asked for pricing by Friday' } },
    ]);
    expect(cached(h, 'sf_task', taskId)).toMatchObject({ WhoId: task['WhoId'] });
    h.fake.control.clearFaults();
    await h.sync();
    expect(h.fake.control.get('Task', taskId)).toMatchObject({
      Description: 'Asked for pricing by Friday',
      WhoId: task['WhoId'],
    });
    expect(listChanges(h.db)).toEqual([]);
  });
});
