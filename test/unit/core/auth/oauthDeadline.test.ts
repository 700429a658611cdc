import { describe, expect, it } from 'vitest';
import { invokeHandler } from '../../../../src/core/ipc/invokeHandler';
import { afterThisTest, connectedCore } from '../../../support/connectedCore';

/** Far past the deadline here, short of vitest's own timeout: "hung" is a result. */
async function within<T>(work: Promise<T>, ms = 30_000): Promise<T | 'hung'> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<'hung'>((resolve) => (timer = setTimeout(resolve, ms, 'hung')));
  try {
    return await Promise.race([work, hung]);
  } finally {
    clearTimeout(timer);
  }
}

describe("Salesforce's OAuth endpoints end by a deadline too", () => {
  it('a refresh that stalls mid-sync is a network error, and the next sync refreshes', async () => {
    const { core, fake } = await connectedCore({ autoApprove: true }, { requestDeadlineMs: 1500 });
    afterThisTest(() => core.sync.stop());
    fake.control.expireSessions();
    fake.control.addFault({ route: 'oauth.token', kind: 'stall', times: 1 });
    expect(await within(core.sync.syncNow())).toMatchObject({ state: 'offline' });
    expect(await within(core.sync.syncNow())).toMatchObject({ state: 'idle' });
  });

  it('a revoke that stalls ends the disconnect with the revoke failed', async () => {
    const { core, fake, key } = await connectedCore(
      { autoApprove: true },
      { requestDeadlineMs: 1500 },
    );
    afterThisTest(() => core.sync.stop());
    // An empty answer cannot stall after its headers: this one comes long past the deadline.
    fake.control.addFault({ route: 'oauth.revoke', kind: 'latency', ms: 20_000, times: 1 });
    const answer = await within(
      invokeHandler(core.handlers, 'auth.disconnect', { key, deleteLocalData: false }),
    );
    expect(answer).toMatchObject({
      ok: true,
      value: { connections: [], lastError: { code: 'REVOKE_FAILED' } },
    });
  });
});
