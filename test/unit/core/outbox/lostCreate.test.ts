import { describe, expect, it } from 'vitest';
import { createRecord } from '../../../../src/core/outbox/localEdits';
import { outboxStore } from '../../../../src/core/store/outboxStore';
import { syncHarness } from '../../../support/syncHarness';

const serverTakesMs = 3_000;
const deadlines = { callMs: 800, pageMs: 800, serverMs: 60_000 };

describe('a create whose call ran out its deadline', () => {
  it('is not sent again while Salesforce may still be making it; once made, it is adopted', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    await h.sync();
    const lead = { LastName: 'Slow', Company: 'Train Co', Status: 'Open - Not Contacted' };
    createRecord(h.db, 'Lead', lead, h.fake.userId, Date.now());
    h.fake.control.addFault({
      route: 'composite.create',
      kind: 'latency',
      ms: serverTakesMs,
      times: 1,
    });
    const sent = Date.now();
    const push = () => h.sync({ pushOnly: true, deadlines });
    await push();
    expect(outboxStore(h.db).all()).toMatchObject([{ op: 'create', status: 'inflight' }]);
    // At once, while Salesforce is still at it: the lead is looked for, not sent again.
    await push();
    await expect
      .poll(async () => (await push(), outboxStore(h.db).all().length), {
        timeout: 30_000,
        interval: 200,
      })
      .toBe(0);
    // Let the server's own timer run out (it started a moment after `sent`), so a second
    // create would be there to count.
    const serverDone = sent + serverTakesMs + 1_000;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, serverDone - Date.now())));
    const made = h.fake.control.all('Lead').filter((l) => l['LastName'] === 'Slow');
    expect(made).toHaveLength(1);
    expect(h.db.prepare('SELECT id FROM sf_lead WHERE name = ?').pluck().all('Slow')).toEqual([
      made[0]!.Id,
    ]);
  });
});

describe('a create whose answer was lost, with a record like it already cached', () => {
  const call = (whoId: string) => ({
    Subject: 'Call',
    Status: 'Completed',
    TaskSubtype: 'Call',
    WhoId: whoId,
  });
  const callsOn = (h: Awaited<ReturnType<typeof syncHarness>>, whoId: string) =>
    h.fake.control.all('Task').filter((t) => t['WhoId'] === whoId && t['Subject'] === 'Call');

  it('the same call logged again a minute later is made, not taken for the first', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    await h.sync();
    const lead = h.fake.control.all('Lead').find((l) => l['OwnerId'] === h.fake.userId)!;
    const before = callsOn(h, lead.Id).length;
    createRecord(h.db, 'Task', call(lead.Id), h.fake.userId, Date.now());
    await h.sync({ pushOnly: true });
    h.fake.control.advanceClock(60_000);
    createRecord(h.db, 'Task', call(lead.Id), h.fake.userId, Date.now());
    // The network goes before Salesforce has the request: it is in flight, its fate unknown.
    h.fake.control.addFault({ route: 'composite.create', kind: 'drop', times: 1 });
    await h.sync({ pushOnly: true, deadlines });
    expect(outboxStore(h.db).all()).toMatchObject([{ op: 'create', status: 'inflight' }]);
    await h.sync({ pushOnly: true, deadlines });
    expect(callsOn(h, lead.Id)).toHaveLength(before + 2);
    expect(outboxStore(h.db).all()).toEqual([]);
  });

  it('one made before its answer was lost, and cached by the pull since, is taken', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    await h.sync();
    const lead = h.fake.control.all('Lead').find((l) => l['OwnerId'] === h.fake.userId)!;
    const before = callsOn(h, lead.Id).length;
    createRecord(h.db, 'Task', call(lead.Id), h.fake.userId, Date.now());
    // Salesforce makes it; its answer never comes, and the sync's pull then caches it.
    h.fake.control.addFault({ route: 'composite.create', kind: 'stall', times: 1 });
    await h.sync({ deadlines });
    expect(outboxStore(h.db).all()).toMatchObject([{ op: 'create', status: 'inflight' }]);
    await h.sync({ deadlines });
    expect(callsOn(h, lead.Id)).toHaveLength(before + 1);
    expect(outboxStore(h.db).all()).toEqual([]);
    const made = callsOn(h, lead.Id).at(-1)!;
    expect(
      h.db.prepare(`SELECT id FROM sf_task WHERE json ->> '$.WhoId' = ?`).pluck().all(lead.Id),
    ).toContain(made.Id);
  });
});
