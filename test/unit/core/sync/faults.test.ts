import { describe, expect, it } from 'vitest';
import type { FaultRule } from '../../../fake-org/faults';
import { expectCacheEqualsServer, syncHarness, type Harness } from '../../../support/syncHarness';

/** Syncs until one succeeds (a failed sync is allowed to fail loudly), then checks convergence. */
async function syncUntilDone(h: Harness, attempts = 6) {
  const errors: string[] = [];
  for (let i = 0; i < attempts; i++) {
    try {
      const summary = await h.sync({ bulkThreshold: 10, bulkPageSize: 10 });
      if (summary.outcome === 'done') return errors;
      errors.push(summary.reason);
    } catch (error) {
      errors.push((error as Error).message);
    }
  }
  throw new Error(`no sync succeeded: ${errors.join(' | ')}`);
}

function changeServer(h: Harness, round: number) {
  h.fake.control.advanceClock(60_000);
  const accounts = h.fake.control.all('Account').filter((a) => !a['IsDeleted']);
  h.fake.control.update('Account', accounts[round % accounts.length]!.Id, {
    Phone: `+1 555 01${round}`,
  });
  h.fake.control.remove('Lead', h.fake.control.all('Lead').filter((l) => !l['IsDeleted'])[0]!.Id);
  h.fake.control.create('Contact', { LastName: `Round ${round}` });
  h.fake.control.advanceClock(60_000);
}

const faults: Array<[string, Record<string, unknown> & { kind: FaultRule['kind'] }, string[]]> = [
  [
    'a 503 with Retry-After',
    { kind: 'status', status: 503, retryAfter: 1, nth: [2] },
    ['queryAll', 'bulk2.results'],
  ],
  [
    'an expired session',
    { kind: 'invalid-session', nth: [1, 3] },
    ['queryAll', 'queryMore', 'describe', 'bulk2.get'],
  ],
  ['the daily API limit running out', { kind: 'request-limit', times: 1 }, ['queryAll']],
  ['a query timeout', { kind: 'query-timeout', times: 2 }, ['queryAll']],
  ['a connection reset mid-body', { kind: 'reset', nth: [2] }, ['queryMore', 'bulk2.results']],
  [
    'a body cut in half',
    { kind: 'truncated-json', nth: [1] },
    ['queryMore', 'queryAll', 'bulk2.results'],
  ],
  ['a failing Bulk job create', { kind: 'status', status: 500, times: 1 }, ['bulk2.create']],
];

describe('sync converges whatever Salesforce does', () => {
  it.each(faults)(
    'after %s',
    async (_name, fault, routes) => {
      const h = await syncHarness({ dataset: 'tiny' });
      for (const route of routes) h.fake.control.addFault({ ...fault, route } as FaultRule);
      await syncUntilDone(h);
      changeServer(h, 1);
      await syncUntilDone(h);
      h.fake.control.clearFaults();
      await h.sync();
      expectCacheEqualsServer(h, expect);
    },
    60_000,
  );

  it('with every fault mixed at random', async () => {
    const h = await syncHarness({ dataset: 'tiny', seed: 11 });
    for (const [, fault, routes] of faults) {
      const { nth, times, ...kind } = fault;
      for (const route of routes)
        h.fake.control.addFault({ ...kind, route, probability: 0.08 } as FaultRule);
    }
    for (let round = 0; round < 3; round++) {
      await syncUntilDone(h, 10);
      changeServer(h, round);
    }
    h.fake.control.clearFaults();
    await h.sync();
    expectCacheEqualsServer(h, expect);
  }, 120_000);

  it('pauses at 80% of the daily API limit in the background, not when the rep asks', async () => {
    const h = await syncHarness({ dataset: 'tiny', dailyApiLimit: 1000 });
    h.fake.control.setLimits({ used: 850 });
    const background = await h.sync({ background: true });
    expect(background).toMatchObject({ outcome: 'paused', reason: expect.stringContaining('80%') });
    expect((await h.sync()).outcome).toBe('done');
  });
});
