import { describe, expect, it, onTestFinished } from 'vitest';
import { apiVersion } from '../../../../src/core/salesforce/apiVersion';
import { discardChange } from '../../../../src/core/outbox/changeActions';
import { resolveConflict } from '../../../../src/core/outbox/conflicts';
import { listChanges } from '../../../../src/core/outbox/listChanges';
import { createRecord, saveEdit } from '../../../../src/core/outbox/localEdits';
import { saveInput } from '../../../../src/shared/ipc/edits';
import { openDatabase } from '../../../../src/core/store/openDatabase';
import { syncOrg } from '../../../../src/core/sync/syncOrg';
import { syncHarness, type Harness } from '../../../support/syncHarness';

const cached = (h: Harness, table: string, id: string) => {
  const row = h.db.prepare(`SELECT json, local_state FROM ${table} WHERE id = ?`).get(id) as
    { json: string; local_state: string } | undefined;
  return (
    row && { ...(JSON.parse(row.json) as Record<string, unknown>), local_state: row.local_state }
  );
};

async function synced() {
  const h = await syncHarness({ dataset: 'tiny' });
  await h.sync();
  const mine = h.fake.control
    .all('Opportunity')
    .filter((o) => !o['IsClosed'] && o['OwnerId'] === h.fake.userId);
  h.fake.control.advanceClock(60_000);
  return { h, deals: mine };
}

const now = () => Date.now();

describe('offline edits and write-back', () => {
  it('queues edits across a restart, sends only the changed fields, and the server ends up with them', async () => {
    const { h, deals } = await synced();
    const deal = deals[0]!;
    expect(saveEdit(h.db, 'Opportunity', deal.Id, { Amount: 12_345 }, now())).toEqual({
      saved: true,
      id: deal.Id,
    });
    expect(
      saveEdit(h.db, 'Opportunity', deal.Id, { NextStep: 'Send the contract' }, now()).saved,
    ).toBe(true);
    expect(cached(h, 'sf_opportunity', deal.Id)).toMatchObject({
      Amount: 12_345,
      local_state: 'updated',
    });
    expect(listChanges(h.db)).toHaveLength(1);

    // The app quits before the network returns; the queue is on disk.
    h.db.close();
    const reopened = openDatabase(h.file);
    Object.assign(h, { db: reopened });
    onTestFinished(() => void reopened.close());
    expect(listChanges(reopened)).toMatchObject([
      {
        object: 'Opportunity',
        recordId: deal.Id,
        fields: { Amount: 12_345, NextStep: 'Send the contract' },
        status: 'waiting',
      },
    ]);
    // A colleague renames the deal meanwhile: we must not send the name back.
    h.fake.control.update('Opportunity', deal.Id, { Name: 'Renamed by a colleague' });
    h.fake.control.advanceClock(60_000);

    const summary = await syncOrg({
      db: reopened,
      conn: h.conn,
      apiVersion,
      userId: h.fake.userId,
    });
    expect(summary.outcome === 'done' && summary.pushed).toMatchObject({ sent: 1, waiting: 0 });
    expect(h.fake.control.get('Opportunity', deal.Id)).toMatchObject({
      Amount: 12_345,
      NextStep: 'Send the contract',
      Name: 'Renamed by a colleague',
      LastModifiedById: h.fake.userId,
    });
    expect(cached(h, 'sf_opportunity', deal.Id)).toMatchObject({
      Amount: 12_345,
      Name: 'Renamed by a colleague',
      local_state: 'clean',
    });
    expect(listChanges(h.db)).toEqual([]);
  });

  it('merges a colleague’s change to another field, and raises a conflict on the same field, resolved both ways', async () => {
    const { h, deals } = await synced();
    const [merged, mine, theirs] = deals;
    saveEdit(h.db, 'Opportunity', merged!.Id, { Amount: 5000 }, now());
    saveEdit(h.db, 'Opportunity', mine!.Id, { NextStep: 'Mine' }, now());
    saveEdit(h.db, 'Opportunity', theirs!.Id, { NextStep: 'Mine too' }, now());
    h.fake.control.update('Opportunity', merged!.Id, { NextStep: 'Theirs' });
    h.fake.control.update('Opportunity', mine!.Id, { NextStep: 'Theirs' });
    h.fake.control.update('Opportunity', theirs!.Id, { NextStep: 'Theirs wins' });
    h.fake.control.advanceClock(60_000);

    await h.sync();
    expect(h.fake.control.get('Opportunity', merged!.Id)).toMatchObject({
      Amount: 5000,
      NextStep: 'Theirs',
    });
    const conflicts = listChanges(h.db);
    expect(conflicts.map((c) => [c.recordId, c.status])).toEqual([
      [mine!.Id, 'conflict'],
      [theirs!.Id, 'conflict'],
    ]);
    expect(conflicts[0]!.conflict).toEqual({
      kind: 'fields',
      fields: [
        {
          field: 'NextStep',
          label: 'Next Step',
          type: 'string',
          mine: { value: 'Mine' },
          theirs: { value: 'Theirs' },
        },
      ],
      by: expect.any(String),
      at: expect.any(String),
    });
    // Nothing was overwritten on the server while the rep decides.
    expect(h.fake.control.get('Opportunity', mine!.Id)['NextStep']).toBe('Theirs');

    resolveConflict(h.db, conflicts[0]!.opId, { NextStep: 'mine' });
    resolveConflict(h.db, conflicts[1]!.opId, { NextStep: 'theirs' });
    expect(cached(h, 'sf_opportunity', theirs!.Id)).toMatchObject({
      NextStep: 'Theirs wins',
      local_state: 'clean',
    });
    await h.sync();
    expect(h.fake.control.get('Opportunity', mine!.Id)['NextStep']).toBe('Mine');
    expect(h.fake.control.get('Opportunity', theirs!.Id)['NextStep']).toBe('Theirs wins');
    expect(listChanges(h.db)).toEqual([]);
  });

  it('parks a validation failure with Salesforce’s message, loses nothing, and a fix goes through', async () => {
    const { h, deals } = await synced();
    const deal = deals[0]!;
    h.fake.control.addValidationRule({
      object: 'Opportunity',
      field: 'Amount',
      operator: '>',
      value: 1_000_000,
      message: 'Deals over a million need a director',
      errorField: 'Amount',
    });
    saveEdit(
      h.db,
      'Opportunity',
      deal.Id,
      { Amount: 2_000_000, NextStep: 'Board approval' },
      now(),
    );
    await h.sync();
    const [failed] = listChanges(h.db);
    expect(failed).toMatchObject({
      status: 'failed',
      fields: { Amount: 2_000_000, NextStep: 'Board approval' },
    });
    expect(failed!.error).toContain('Deals over a million need a director');
    expect(cached(h, 'sf_opportunity', deal.Id)).toMatchObject({
      Amount: 2_000_000,
      local_state: 'updated',
    });
    // Not retried on its own.
    await h.sync();
    expect(listChanges(h.db)[0]!.status).toBe('failed');

    saveEdit(h.db, 'Opportunity', deal.Id, { Amount: 900_000 }, now());
    expect(listChanges(h.db)[0]!.status).toBe('waiting');
    await h.sync();
    expect(h.fake.control.get('Opportunity', deal.Id)).toMatchObject({
      Amount: 900_000,
      NextStep: 'Board approval',
    });
    expect(listChanges(h.db)).toEqual([]);
  });

  it('turns an edit to a record deleted in Salesforce into a conflict the rep can discard', async () => {
    const { h, deals } = await synced();
    const deal = deals[0]!;
    saveEdit(h.db, 'Opportunity', deal.Id, { Amount: 1 }, now());
    h.fake.control.remove('Opportunity', deal.Id);
    await h.sync();
    const [change] = listChanges(h.db);
    expect(change).toMatchObject({ status: 'conflict', conflict: { kind: 'deleted' } });
    discardChange(h.db, change!.opId);
    expect(listChanges(h.db)).toEqual([]);
    expect(cached(h, 'sf_opportunity', deal.Id)).toBeUndefined();
  });

  it('creates a lead and a call logged on it offline; real ids replace the local ones everywhere', async () => {
    const { h } = await synced();
    const lead = createRecord(
      h.db,
      'Lead',
      { LastName: 'Okafor', Company: 'Train Co', Status: 'Open - Not Contacted' },
      h.fake.userId,
      now(),
    );
    expect(lead.saved).toBe(true);
    const localLead = lead.saved ? lead.id : '';
    expect(localLead).toMatch(/^local[0-9A-Za-z]{13}$/);
    expect(cached(h, 'sf_lead', localLead)).toMatchObject({
      Name: 'Okafor',
      local_state: 'created',
    });
    const call = createRecord(
      h.db,
      'Task',
      { Subject: 'Call', Status: 'Completed', TaskSubtype: 'Call', WhoId: localLead },
      h.fake.userId,
      now(),
    );
    expect(call.saved).toBe(true);
    saveEdit(h.db, 'Lead', localLead, { Rating: 'Hot' }, now());
    expect(listChanges(h.db).map((c) => c.op)).toEqual(['create', 'create']);

    await h.sync();
    const serverLeads = h.fake.control.all('Lead').filter((l) => l['LastName'] === 'Okafor');
    expect(serverLeads).toHaveLength(1);
    const realId = serverLeads[0]!.Id;
    expect(serverLeads[0]).toMatchObject({ Company: 'Train Co', Rating: 'Hot' });
    const tasks = h.fake.control.all('Task').filter((t) => t['WhoId'] === realId);
    expect(tasks).toHaveLength(1);
    expect(cached(h, 'sf_lead', localLead)).toBeUndefined();
    expect(cached(h, 'sf_lead', realId)).toMatchObject({ Rating: 'Hot', local_state: 'clean' });
    expect(cached(h, 'sf_task', tasks[0]!.Id)).toMatchObject({
      WhoId: realId,
      local_state: 'clean',
    });
    expect(listChanges(h.db)).toEqual([]);
  });

  it('refuses an edit to a converted lead, as Salesforce would, and says what to change instead', async () => {
    const { h } = await synced();
    const lead = h.fake.control.all('Lead').find((l) => l['IsConverted'] === true)!;
    expect(() => saveEdit(h.db, 'Lead', lead.Id, { Title: 'CTO' }, now())).toThrow(
      'This lead was converted, and Salesforce keeps a converted lead as it was.',
    );
    const call = { Subject: 'Call', Status: 'Completed', TaskSubtype: 'Call', WhoId: lead.Id };
    expect(createRecord(h.db, 'Task', call, h.fake.userId, now())).toEqual({
      saved: false,
      errors: { WhoId: 'This lead was converted: log it on its contact instead.' },
    });
    expect(listChanges(h.db)).toEqual([]);
    // The fake org answers as Salesforce does when one gets there anyway.
    await expect(
      h.conn.sobject('Lead').update({ Id: lead.Id, Title: 'CTO' }),
    ).rejects.toMatchObject({ errorCode: 'CANNOT_UPDATE_CONVERTED_LEAD' });
    await expect(h.conn.sobject('Task').create(call)).rejects.toMatchObject({
      errorCode: 'CANNOT_UPDATE_CONVERTED_LEAD',
    });
  });

  it('does not create a record twice when the answer to its create was lost', async () => {
    const { h } = await synced();
    const values = {
      LastName: 'Twice',
      Company: 'Lost Answer Ltd',
      Status: 'Open - Not Contacted',
    };
    const lead = createRecord(h.db, 'Lead', values, h.fake.userId, now());
    const other = createRecord(h.db, 'Lead', values, h.fake.userId, now());
    // The first create reached Salesforce, then the app died before it heard back.
    h.db
      .prepare(`UPDATE outbox SET status = 'inflight', inflight_at = ? WHERE op_id = 1`)
      .run(new Date(h.fake.control.state().now).toISOString());
    h.fake.control.create('Lead', values, h.fake.userId);
    h.db
      .prepare(`UPDATE outbox SET status = 'inflight', inflight_at = ? WHERE op_id = 2`)
      .run(new Date(h.fake.control.state().now).toISOString());
    await h.sync();
    expect(h.fake.control.all('Lead').filter((l) => l['LastName'] === 'Twice')).toHaveLength(2);
    expect(lead.saved && other.saved).toBe(true);
    expect(listChanges(h.db)).toEqual([]);
  });

  it('refuses malformed edits before queueing anything, and sends hostile text as plain text', async () => {
    const { h, deals } = await synced();
    const deal = deals[0]!;
    for (const bad of [
      { object: 'Opportunity', id: 'not-an-id', changes: { Amount: 1 } },
      { object: 'Opportunity', id: deal.Id, changes: {} },
      { object: 'Opportunity', id: deal.Id, changes: { 'Amount; DROP TABLE outbox': 1 } },
      { object: 'Opportunity', id: deal.Id, changes: { Amount: Number.NaN } },
      { object: 'Opportunity', id: deal.Id, changes: { NextStep: 'x'.repeat(40_000) } },
      { object: 'User', id: deal.Id, changes: { Name: 'x' } },
    ])
      expect(saveInput.safeParse(bad).success, JSON.stringify(bad).slice(0, 80)).toBe(false);
    expect(
      saveEdit(
        h.db,
        'Opportunity',
        deal.Id,
        {
          Amount: 'lots',
          StageName: 'Bogus',
          IsWon: true,
          Bogus__c: 'x',
          CloseDate: '2026-02-30',
        },
        now(),
      ),
    ).toEqual({
      saved: false,
      errors: {
        Amount: 'Amount must be a number.',
        StageName: "Stage must be one of the org's values.",
        // The layout shows it, but describe says no one may change it.
        IsWon: 'Won cannot be changed.',
        Bogus__c: 'Bogus__c cannot be edited in Roadbook.',
        CloseDate: 'Close Date must be a date.',
      },
    });
    expect(listChanges(h.db)).toEqual([]);

    const hostile = '<script>alert(1)</script>\u202Egnp.exe 🚀 "quoted" \\ back';
    expect(saveEdit(h.db, 'Opportunity', deal.Id, { NextStep: hostile }, now()).saved).toBe(true);
    await h.sync();
    expect(h.fake.control.get('Opportunity', deal.Id)['NextStep']).toBe(hostile);
  });

  it('retries a change after Salesforce is unavailable, with a backoff', async () => {
    const { h, deals } = await synced();
    saveEdit(h.db, 'Opportunity', deals[0]!.Id, { Amount: 777 }, now());
    h.fake.control.addFault({ route: 'composite', kind: 'status', status: 503, times: 1 });
    await h.sync();
    const [waiting] = listChanges(h.db);
    expect(waiting).toMatchObject({ status: 'waiting', attempts: 1 });
    expect(waiting!.nextAttemptAt).toBeGreaterThan(Date.now());
    h.db.prepare('UPDATE outbox SET next_attempt_at = NULL').run();
    await h.sync();
    expect(h.fake.control.get('Opportunity', deals[0]!.Id)['Amount']).toBe(777);
  });
});

describe('a push into a cache that has no describe yet', () => {
  it('asks for it, and the change lands with the server version laid under it', async () => {
    const { h, deals } = await synced();
    const deal = deals[0]!;
    saveEdit(h.db, 'Opportunity', deal.Id, { NextStep: 'Rebuilt' }, now());
    // As a cache rebuilt around the changes it kept.
    h.db.prepare('DELETE FROM describe_cache').run();
    const pushed = await h.sync({ pushOnly: true });
    expect(pushed.outcome === 'done' && pushed.pushed).toMatchObject({ sent: 1, waiting: 0 });
    expect(cached(h, 'sf_opportunity', deal.Id)).toMatchObject({
      NextStep: 'Rebuilt',
      local_state: 'clean',
    });
  });
});
