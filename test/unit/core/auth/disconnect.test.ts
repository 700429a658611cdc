import fs from 'node:fs';
import path from 'node:path';
import jsforce from 'jsforce';
import { describe, expect, it } from 'vitest';
import { secretKeyOf } from '../../../../src/core/auth/connectionRecord';
import { invokeHandler } from '../../../../src/core/ipc/invokeHandler';
import { waitForCacheLock } from '../../../../src/core/store/cacheLock';
import { connectedCore, restartableCore } from '../../../support/connectedCore';

async function connected() {
  const context = await connectedCore({ autoApprove: true });
  const { key } = context;
  const refreshToken = (await context.deps.secrets.get(secretKeyOf(key)))!;
  for (const name of [`${key}.sqlite`, `${key}.sqlite-wal`, 'other.sqlite'])
    fs.writeFileSync(path.join(context.dataDir, name), 'x');
  return { ...context, key, refreshToken };
}

describe('Disconnect', () => {
  it('revokes the refresh token, deletes the secret, and deletes local data when asked', async () => {
    const { core, deps, dataDir, fake, key, refreshToken } = await connected();
    const state = await core.auth.disconnect(key, true);
    expect(state.connections).toEqual([]);
    expect(state.lastError).toBeNull();
    expect(await deps.secrets.get(secretKeyOf(key))).toBeUndefined();
    const oauth2 = new jsforce.OAuth2({ loginUrl: fake.url, clientId: fake.clientId });
    await expect(oauth2.refreshToken(refreshToken)).rejects.toMatchObject({
      name: 'invalid_grant',
    });
    expect(
      fs.readdirSync(dataDir).filter((f) => f.endsWith('.sqlite') || f.endsWith('-wal')),
    ).toEqual(['other.sqlite']);
  });

  it('keeps local data unless asked, and still disconnects when Salesforce is unreachable', async () => {
    const { core, dataDir, fake, key } = await connected();
    await fake.stop();
    const state = await core.auth.disconnect(key, false);
    expect(state.connections).toEqual([]);
    expect(state.lastError).toMatchObject({ code: 'REVOKE_FAILED' });
    expect(fs.existsSync(path.join(dataDir, `${key}.sqlite`))).toBe(true);
  });

  it('closes the cache before a slow revoke and deletes it after; a reconnect and restart keep the next edit', async () => {
    const { core, fake, signIn, key, dataDir, restart } = await restartableCore({
      dataset: 'tiny',
      autoApprove: true,
    });
    const leads = {
      object: 'Lead',
      filter: {},
      sort: { column: 'Name', desc: false },
      offset: 0,
      limit: 5,
    } as const;
    expect(await invokeHandler(core.handlers, 'records.list', leads)).toMatchObject({ ok: true });

    fake.control.addFault({ route: 'oauth.revoke', kind: 'latency', ms: 1500, times: 1 });
    const disconnecting = invokeHandler(core.handlers, 'auth.disconnect', {
      key,
      deleteLocalData: true,
    });
    // The views and the sync keep asking while the revoke waits on the network.
    const answers: Array<{ ok: boolean; code?: string }> = [];
    let done = false;
    void disconnecting.finally(() => (done = true));
    while (!done) {
      answers.push(await invokeHandler(core.handlers, 'records.list', leads));
      answers.push(await invokeHandler(core.handlers, 'sync.now', {}));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await disconnecting).toMatchObject({ ok: true, value: { connections: [] } });
    expect(answers.filter((a) => !a.ok).map((a) => a.code)).toContain('NOT_ALLOWED');
    expect(fs.readdirSync(dataDir).filter((f) => f.startsWith(key))).toEqual([]);

    await signIn();
    await core.sync.syncNow();
    const lead = fake.control.all('Lead')[0]!;
    expect(
      await invokeHandler(core.handlers, 'edits.save', {
        object: 'Lead',
        id: lead.Id,
        changes: { Title: 'Kept after reconnect' },
      }),
    ).toMatchObject({ ok: true, value: { saved: true } });
    await core.sync.stop();
    await core.auth.close();

    // A restart: a new core on the same data folder.
    const restarted = restart();
    const changes = await invokeHandler(restarted.handlers, 'changes.list', {});
    expect(changes).toMatchObject({ ok: true, value: { changes: [{ recordId: lead.Id }] } });
    await restarted.sync.syncNow();
    expect(fake.control.get('Lead', lead.Id)?.['Title']).toBe('Kept after reconnect');
  });

  it('a Rebuild that ends during a disconnect leaves the cache closed and deleted', async () => {
    const { core, fake, signIn, key, dataDir } = await restartableCore({
      dataset: 'tiny',
      autoApprove: true,
    });
    // Another process holds the cache's lock: Rebuild waits for it.
    const other = await waitForCacheLock(path.join(dataDir, `${key}.sqlite`), { waitMs: 0 });
    const rebuilding = core.sync.rebuild();
    fake.control.addFault({ route: 'oauth.revoke', kind: 'latency', ms: 1500, times: 1 });
    const disconnecting = invokeHandler(core.handlers, 'auth.disconnect', {
      key,
      deleteLocalData: true,
    });
    other!.release();
    await rebuilding;
    expect(await disconnecting).toMatchObject({ ok: true, value: { connections: [] } });
    expect(fs.readdirSync(dataDir).filter((f) => f.startsWith(key))).toEqual([]);

    // A reconnect writes into a fresh cache, not into a handle on deleted files.
    await signIn();
    await core.sync.syncNow();
    const lead = fake.control.all('Lead')[0]!;
    await invokeHandler(core.handlers, 'edits.save', {
      object: 'Lead',
      id: lead.Id,
      changes: { Title: 'After the rebuild and the disconnect' },
    });
    expect(fs.existsSync(path.join(dataDir, `${key}.sqlite`))).toBe(true);
    await core.sync.syncNow();
    expect(fake.control.get('Lead', lead.Id)?.['Title']).toBe(
      'After the rebuild and the disconnect',
    );
  });
});
