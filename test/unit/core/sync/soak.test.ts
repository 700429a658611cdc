import fs from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { FaultRule } from '../../../fake-org/faults';
import {
  changeBothSides,
  expectEditsLanded,
  expectNoCrash,
  faultKinds,
  noEdits,
  settledSync,
  syncUntilDone,
} from './faultRounds';
import { expectCacheEqualsServer, syncHarness } from '../../../support/syncHarness';

/** A few hundred by default; ROADBOOK_SOAK_CYCLES=2000 for a longer night. */
const cycles = Number(process.env['ROADBOOK_SOAK_CYCLES'] ?? 300);
const warmUp = 30;
const routes = [
  'limits',
  'describe',
  'queryAll',
  'bulk2.create',
  'bulk2.get',
  'bulk2.results',
  'composite.create',
  'composite.retrieve',
  'composite',
  'query',
];

v8.setFlagsFromString('--expose_gc');
const gc = vm.runInNewContext('gc') as () => void;
const heapAfterGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const openFiles = () => fs.readdirSync('/proc/self/fd').length;

describe('a soak of sync cycles with random faults, server changes and local edits', () => {
  it(`keeps memory and open files flat over ${cycles} cycles and ends with every edit in Salesforce`, async () => {
    const h = await syncHarness({ dataset: 'tiny', seed: 23 });
    for (const [, fault] of faultKinds)
      for (const route of routes)
        h.fake.control.addFault({ ...fault, route, probability: 0.004 } as FaultRule);
    await syncUntilDone(h, 30);
    const edits = noEdits();
    let settled = 0;
    let failed = 0;
    let longest = 0;
    let before = { heap: 0, files: 0 };
    for (let cycle = 0; cycle < cycles; cycle++) {
      if (cycle === warmUp) before = { heap: heapAfterGc(), files: openFiles() };
      if (cycle % 2 === 0) changeBothSides(h, cycle, edits);
      const began = performance.now();
      const { summary, error } = await settledSync(h);
      longest = Math.max(longest, performance.now() - began);
      expectNoCrash(error);
      settled++;
      if (summary?.outcome !== 'done') failed++;
    }
    const after = { heap: heapAfterGc(), files: openFiles() };
    console.info(
      `soak: ${settled} syncs settled (${failed} failed or paused, longest ${Math.round(longest)} ms), heap after GC ${(before.heap / 2 ** 20).toFixed(1)} → ${(after.heap / 2 ** 20).toFixed(1)} MB, open files ${before.files} → ${after.files}`,
    );
    // The org and the cache grow by a few hundred small records meanwhile.
    expect(after.heap - before.heap).toBeLessThan(24 * 2 ** 20);
    expect(after.files - before.files).toBeLessThanOrEqual(6);

    h.fake.control.clearFaults();
    await syncUntilDone(h);
    expectCacheEqualsServer(h, expect);
    expectEditsLanded(h, edits, expect);
  }, 240_000);
});
