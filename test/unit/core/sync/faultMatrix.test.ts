import { describe, expect, it } from 'vitest';
import { describeTtlMs } from '../../../../src/core/schema/fieldList';
import type { FaultKind, FaultRule } from '../../../fake-org/faults';
import {
  changeBothSides,
  expectEditsLanded,
  faultKinds,
  noEdits,
  syncUntilDone,
} from './faultRounds';
import { expectCacheEqualsServer, syncHarness, type Harness } from '../../../support/syncHarness';

/** Every route a first load calls (tiny objects go through Bulk with a threshold of 10). */
const firstLoadRoutes = [
  'limits',
  'describe',
  'queryAll',
  'bulk2.create',
  'bulk2.get',
  'bulk2.results',
  'bulk2.delete',
];
/** Every route an incremental sync and its push call. */
const laterRoutes = [
  'limits',
  'describe',
  'queryAll',
  'composite.create',
  'composite.retrieve',
  'composite',
  'query',
];

function arm(h: Harness, route: string, fault: FaultKind) {
  h.fake.control.addFault({ ...fault, route, times: 1 } as FaultRule);
  // Describe is asked for once a day.
  if (route === 'describe') h.fake.control.advanceClock(describeTtlMs);
  // The lost-create lookup runs only after a create's answer was lost.
  if (route === 'query')
    h.fake.control.addFault({ kind: 'reset', route: 'composite.create', times: 1 });
}

describe('every sync settles and the next converges, whatever one Salesforce call does', () => {
  it.each(faultKinds)(
    'with %s on each route in turn: first load, incremental syncs and pushes',
    async (_name, fault) => {
      const h = await syncHarness({ dataset: 'tiny' });
      for (const route of firstLoadRoutes) arm(h, route, fault);
      await syncUntilDone(h);
      h.fake.control.clearFaults();
      expectCacheEqualsServer(h, expect);

      const edits = noEdits();
      for (const [round, route] of laterRoutes.entries()) {
        changeBothSides(h, round, edits);
        arm(h, route, fault);
        await syncUntilDone(h);
        h.fake.control.clearFaults();
      }
      await syncUntilDone(h);
      expectCacheEqualsServer(h, expect);
      expectEditsLanded(h, edits, expect);
    },
    120_000,
  );

  it('with every fault kind on every route at random, mixed', async () => {
    const h = await syncHarness({ dataset: 'tiny', seed: 7 });
    const routes = [...new Set([...firstLoadRoutes, ...laterRoutes])];
    for (const [, fault] of faultKinds)
      for (const route of routes)
        h.fake.control.addFault({ ...fault, route, probability: 0.02 } as FaultRule);
    await syncUntilDone(h, 30);
    const edits = noEdits();
    for (let round = 0; round < 6; round++) {
      changeBothSides(h, round, edits);
      await syncUntilDone(h, 30);
    }
    h.fake.control.clearFaults();
    await syncUntilDone(h);
    expectCacheEqualsServer(h, expect);
    expectEditsLanded(h, edits, expect);
  }, 240_000);
});
