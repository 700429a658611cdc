import { describe, expect, it, vi } from 'vitest';
import { invokeHandler } from '../../../../src/core/ipc/invokeHandler';
import type { SyncStatus } from '../../../../src/shared/ipc/syncStatus';
import { orgAndCore } from '../../../support/connectedCore';

describe('the sync worker', () => {
  it('dying mid-sync is reported in the rep’s words, the app keeps answering, and the sync starts again', async () => {
    const { core, fake, signIn } = await orgAndCore(
      { autoApprove: true },
      { workerDiesAtProgress: 2, restartAfterMs: 200 },
    );
    const seen: SyncStatus[] = [];
    core.events.subscribe((event, payload) => {
      if (event === 'sync.status') seen.push(payload as SyncStatus);
    });
    await signIn();
    const died = await vi.waitUntil(
      () => seen.find((s) => s.state === 'needs-attention' && s.message?.includes('stopped')),
      { timeout: 20_000 },
    );
    expect(died.message).toBe(
      'Syncing stopped unexpectedly. Roadbook tries again in 1 second; your records and unsent changes are kept.',
    );
    // The thread that answers the window was never the one that died.
    expect(await invokeHandler(core.handlers, 'sync.settings', {})).toMatchObject({ ok: true });

    await vi.waitUntil(() => seen.slice(seen.indexOf(died)).some((s) => s.state === 'idle'), {
      timeout: 30_000,
    });
    const key = `${fake.orgId}-${fake.userId}`;
    const cached = core.caches.open(key).prepare('SELECT COUNT(*) FROM sf_lead').pluck().get();
    expect(cached).toBe(fake.control.all('Lead').length);
    expect(core.sync.status()).toMatchObject({ state: 'idle', message: null });
    await core.sync.stop();
  }, 60_000);
});
