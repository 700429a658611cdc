import fs from 'node:fs';
import path from 'node:path';
import jsforce from 'jsforce';
import { describe, expect, it } from 'vitest';
import { secretKeyOf } from '../../../../src/core/auth/connectionRecord';
import { connectedCore } from './connectedCore';

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
});
