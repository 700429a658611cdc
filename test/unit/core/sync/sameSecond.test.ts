import { describe, expect, it } from 'vitest';
import type { SyncSummary } from '../../../../src/core/sync/syncOrg';
import {
  cachedRecords,
  serverRecords,
  syncHarness,
  type Harness,
} from '../../../support/syncHarness';

// Salesforce stamps whole seconds, so thousands of rows (a data load, a mass update) share one
// SystemModstamp: the hard case for a cursor that pages by stamp, 2000 rows a page.
const start = Date.parse('2026-03-02T10:00:00Z');

function insertLeads(h: Harness, count: number, at: number, tag: string): string[] {
  return Array.from(
    { length: count },
    (_, i) =>
      h.fake.org.store.insert(
        'Lead',
        { LastName: `${tag} ${i}`, Company: `${tag} Co ${i}`, OwnerId: h.fake.userId },
        h.fake.userId,
        at,
      ).Id,
  );
}

function expectLeadsEqualServer(h: Harness) {
  const cached = cachedRecords(h.db, 'Lead');
  const server = serverRecords(h.fake, 'Lead');
  expect(cached.size).toBe(server.size);
  expect([...cached.keys()].sort()).toEqual([...server.keys()].sort());
  for (const [id, record] of server) expect(cached.get(id)).toEqual(record);
}

const fetched = (summary: SyncSummary) =>
  summary.outcome === 'done' ? summary.objects.find((o) => o.object === 'Lead')?.fetched : -1;

describe('sync: many records sharing one SystemModstamp second', () => {
  it('misses and repeats nothing across page boundaries, first load and incremental', async () => {
    const h = await syncHarness({ dataset: 'empty', now: start });
    const loaded = insertLeads(h, 4500, start - 3_600_000 + 250, 'Loaded');
    expect(
      new Set(loaded.map((id) => h.fake.control.get('Lead', id)!['SystemModstamp'])).size,
    ).toBe(1);

    expect(fetched(await h.sync({ objects: ['Lead'] }))).toBe(4500);
    expectLeadsEqualServer(h);

    // A second burst: new rows and changes to old ones, all in one second, three pages' worth.
    const burst = Math.floor(h.fake.org.clock.now() / 1000) * 1000;
    const added = insertLeads(h, 4100, burst, 'Burst');
    for (const id of loaded.slice(0, 300))
      h.fake.org.store.update('Lead', id, { Status: 'Working - Contacted' }, h.fake.userId, burst);
    expect(fetched(await h.sync({ objects: ['Lead'] }))).toBe(4400);
    expectLeadsEqualServer(h);

    // Changed again within the second the cache already holds: the stamp does not move.
    const before = h.fake.control.get('Lead', added[0]!)!['SystemModstamp'];
    for (const id of added.slice(0, 50))
      h.fake.org.store.update('Lead', id, { Rating: 'Hot' }, h.fake.userId, burst);
    expect(h.fake.control.get('Lead', added[0]!)!['SystemModstamp']).toBe(before);
    await h.sync({ objects: ['Lead'] });
    expectLeadsEqualServer(h);
  });
});
