import { describe, expect, it } from 'vitest';
import { listChanges } from '../../../../src/core/outbox/listChanges';
import { createRecord, saveEdit } from '../../../../src/core/outbox/localEdits';
import { syncHarness } from '../../../support/syncHarness';

async function synced() {
  const h = await syncHarness({ dataset: 'tiny' });
  await h.sync();
  h.fake.control.advanceClock(60_000);
  const deal = h.fake.control
    .all('Opportunity')
    .find((o) => !o['IsClosed'] && o['OwnerId'] === h.fake.userId)!;
  const lead = h.db.prepare('SELECT id, json FROM sf_lead LIMIT 1').get() as {
    id: string;
    json: string;
  };
  return { h, deal, lead: { id: lead.id, name: (JSON.parse(lead.json) as { Name: string }).Name } };
}

describe('the changes list in the rep’s words', () => {
  it('labels fields from describe, shows the value before the edit, and names lookups', async () => {
    const { h, deal, lead } = await synced();
    const at = Date.parse('2026-12-05T09:30:00Z');
    saveEdit(
      h.db,
      'Opportunity',
      deal.Id,
      { StageName: 'Negotiation/Review', Amount: 275_000 },
      at,
    );
    const notHere = '001000000000000ZZZ';
    createRecord(
      h.db,
      'Task',
      { Subject: 'Call back', Status: 'Not Started', WhoId: lead.id, WhatId: notHere },
      h.fake.userId,
      at,
    );

    const [edit, task] = listChanges(h.db);
    expect(edit!.createdAt).toBe(at);
    expect(edit!.lines).toEqual([
      {
        field: 'StageName',
        label: 'Stage',
        type: 'picklist',
        before: { value: deal['StageName'] },
        after: { value: 'Negotiation/Review' },
      },
      {
        field: 'Amount',
        label: 'Amount',
        type: 'currency',
        before: { value: deal['Amount'] ?? null },
        after: { value: 275_000 },
      },
    ]);
    expect(task!.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          label: 'Name',
          before: null,
          after: { value: lead.id, name: lead.name },
        }),
        expect.objectContaining({
          label: 'Related To',
          before: null,
          after: { value: notHere, name: null },
        }),
      ]),
    );
  });

  it('says who changed a conflicting field in Salesforce, and when', async () => {
    const { h, deal } = await synced();
    saveEdit(h.db, 'Opportunity', deal.Id, { Amount: 250_000 }, Date.now());
    h.fake.control.update('Opportunity', deal.Id, { Amount: 275_000 });
    const server = h.fake.control.get('Opportunity', deal.Id);
    const colleague = h.fake.control.get('User', String(server['LastModifiedById']));
    h.fake.control.advanceClock(60_000);
    await h.sync();

    const [change] = listChanges(h.db);
    expect(change!.conflict).toEqual({
      kind: 'fields',
      fields: [
        {
          field: 'Amount',
          label: 'Amount',
          type: 'currency',
          mine: { value: 250_000 },
          theirs: { value: 275_000 },
        },
      ],
      by: colleague['Name'],
      at: server['LastModifiedDate'],
    });
  });
});
