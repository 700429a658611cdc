import { describe, expect, it, vi } from 'vitest';
import { invokeHandler } from '../../../../src/core/ipc/invokeHandler';
import { offlineMessage } from '../../../../src/core/sync/syncRun';
import type { SyncStatus } from '../../../../src/shared/ipc/syncStatus';
import { orgAndCore } from '../../../support/connectedCore';

describe('Salesforce gone in the middle of a first load', () => {
  it('says Salesforce cannot be reached, keeps answering the window, and tries again', async () => {
    const { core, fake, signIn } = await orgAndCore({
      dataset: 'tiny',
      autoApprove: true,
      // Past the Bulk threshold: the leads' first load reads Bulk API pages, as at 1M records.
      scale: { leads: 12_000 },
    });
    const seen: SyncStatus[] = [];
    core.events.subscribe((event, payload) => {
      if (event === 'sync.status') seen.push(payload as SyncStatus);
    });
    fake.control.addFault({ route: 'bulk2.results', kind: 'latency', ms: 500 });
    await signIn();
    await vi.waitUntil(
      () => seen.some((s) => s.progress.some((p) => p.object === 'Lead' && p.done > 0)),
      { timeout: 30_000 },
    );
    // Every connection closed and the port shut: each request now meets ECONNREFUSED.
    await fake.stop();

    const ended = await vi.waitUntil(() => seen.find((s) => s.state !== 'syncing'), {
      timeout: 30_000,
    });
    expect(ended).toMatchObject({ state: 'offline', message: offlineMessage });
    expect(await invokeHandler(core.handlers, 'sync.settings', {})).toMatchObject({ ok: true });
    // The next sync (the schedule's, or the rep's Sync now) runs and says the same.
    expect(await core.sync.syncNow()).toMatchObject({ state: 'offline', message: offlineMessage });
  }, 90_000);
});
