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
