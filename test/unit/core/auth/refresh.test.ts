import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppCore } from '../../../../src/core/app/appCore';
import { secretKeyOf } from '../../../../src/core/auth/connectionRecord';
import { connectedCore } from '../../../support/connectedCore';

describe('sessions: refresh, rotation, revocation', () => {
  it('refreshes once when the session expires mid-work, and retries the request', async () => {
    const { core, fake } = await connectedCore({ autoApprove: true });
    fake.control.expireSessions();
    await expect(
      core.auth.activeConnection().query('SELECT COUNT() FROM Lead'),
    ).resolves.toHaveProperty('totalSize');
    expect(fake.control.requestCounts()).toEqual({ query: 2, 'oauth.token': 1 });
  });

  it('answers ten concurrent 401s with one refresh', async () => {
    const { core, fake } = await connectedCore({ autoApprove: true });
    fake.control.expireSessions();
    const conn = core.auth.activeConnection();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => conn.query('SELECT Id FROM Account LIMIT 1')),
    );
    expect(results).toHaveLength(10);
    expect(fake.control.requestCounts()['oauth.token']).toBe(1);
  });

  it('saves a rotated refresh token, so the next start still signs in', async () => {
    const { core, deps, fake, key } = await connectedCore({
      autoApprove: true,
      rotateRefreshTokens: true,
    });
    const before = await deps.secrets.get(secretKeyOf(key));
    fake.control.expireSessions();
    await core.auth.activeConnection().query('SELECT Id FROM Account LIMIT 1');
    const after = await deps.secrets.get(secretKeyOf(key));
    expect(after).toBeTruthy();
    expect(after).not.toBe(before);
    const restarted = createAppCore(deps);
    await expect(
      restarted.auth.activeConnection().query('SELECT COUNT() FROM Account'),
    ).resolves.toHaveProperty('totalSize');
  });

  it('keeps a rotated refresh token it could not save, for the rest of the run', async () => {
    const { core, deps, fake } = await connectedCore({
      autoApprove: true,
      rotateRefreshTokens: true,
    });
    deps.secrets.set = () => Promise.reject(new Error('ENOSPC: no space left on device'));
    fake.control.expireSessions();
    await core.auth.activeConnection().query('SELECT Id FROM Account LIMIT 1');
    // The token on disk died with the rotation; the next refresh uses the one in memory.
    fake.control.expireSessions();
    await expect(
      core.auth.activeConnection().query('SELECT COUNT() FROM Account'),
    ).resolves.toHaveProperty('totalSize');
    expect((await core.auth.state()).connections[0]).toMatchObject({ state: 'connected' });
  });

  it('moves to "Reconnect needed" on invalid_grant and keeps the cached data', async () => {
    const { core, deps, dataDir, fake, key } = await connectedCore({ autoApprove: true });
    const cache = path.join(dataDir, `${key}.sqlite`);
    fs.writeFileSync(cache, 'cached records');
    const refreshToken = (await deps.secrets.get(secretKeyOf(key)))!;
    await fetch(`${fake.url}/services/oauth2/revoke`, {
      method: 'POST',
      body: new URLSearchParams({ token: refreshToken }),
    });
    await expect(core.auth.activeConnection().query('SELECT Id FROM Account')).rejects.toThrow(
      /Reconnect/,
    );
    const state = await core.auth.state();
    expect(state.connections[0]).toMatchObject({
      state: 'reconnect-needed',
      reason: expect.stringContaining('your offline data is still here'),
    });
    expect(fs.readFileSync(cache, 'utf8')).toBe('cached records');
    expect(() => core.auth.activeConnection()).toThrow(/Reconnect/);
    const again = await core.auth.reconnect(key);
    expect(again.pending).not.toBeNull();
  });
});
