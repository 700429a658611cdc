import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { secretKeyOf } from '../../../../src/core/auth/connectionRecord';
import { createSecretStore, SecretUnreadableError } from '../../../../src/core/auth/secretStore';
import { createFakeCipher } from '../../../support/fakeCipher';
import { connectedCore, orgAndCore } from './connectedCore';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-vault-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const secret = '5Aep861-refresh-token-value';

describe('token vault', () => {
  it('writes only ciphertext, in files only we can read', async () => {
    const dir = tempDir();
    const store = createSecretStore({ dir, cipher: createFakeCipher(), platform: 'linux' });
    await store.set('refresh-token:x', secret);
    const [file] = fs.readdirSync(dir);
    const content = fs.readFileSync(path.join(dir, file!));
    expect(content.includes(Buffer.from(secret))).toBe(false);
    expect(content.includes(Buffer.from('refresh-token'))).toBe(false);
    expect(fs.statSync(path.join(dir, file!)).mode & 0o777).toBe(0o600);
    expect(await store.get('refresh-token:x')).toBe(secret);
    await store.delete('refresh-token:x');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it.each(['basic_text', 'unknown'])(
    'keeps secrets in memory only on Linux with the %s backend, and says why',
    async (backend) => {
      const dir = tempDir();
      const store = createSecretStore({
        dir,
        cipher: createFakeCipher({ backend }),
        platform: 'linux',
      });
      await store.set('refresh-token:x', secret);
      expect(fs.readdirSync(dir)).toEqual([]);
      expect(await store.get('refresh-token:x')).toBe(secret);
      expect(await store.status()).toMatchObject({
        persistent: false,
        reason: expect.stringContaining('sign in again after Roadbook restarts'),
      });
    },
  );

  it('keeps secrets in memory when encryption is unavailable at all', async () => {
    const dir = tempDir();
    const store = createSecretStore({
      dir,
      cipher: createFakeCipher({ available: false, backend: 'keychain' }),
      platform: 'darwin',
    });
    await store.set('k', secret);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect((await store.status()).persistent).toBe(false);
  });

  it('treats a decrypt failure as "sign in again", keeping the unreadable file aside', async () => {
    const dir = tempDir();
    const cipher = createFakeCipher();
    const store = createSecretStore({ dir, cipher, platform: 'linux' });
    await store.set('k', secret);
    cipher.breakKey();
    await expect(store.get('k')).rejects.toBeInstanceOf(SecretUnreadableError);
    expect(fs.readdirSync(dir)).toEqual([expect.stringMatching(/\.secret\.corrupt-\d+$/)]);
    expect(await store.get('k')).toBeUndefined();
  });

  it('shows Reconnect needed after a decrypt failure and never deletes cached data', async () => {
    const context = await connectedCore({ autoApprove: true });
    const { key } = context;
    fs.writeFileSync(path.join(context.dataDir, `${key}.sqlite`), 'cache');
    context.cipher.breakKey();
    const { createAppCore } = await import('../../../../src/core/appCore');
    const restarted = createAppCore(context.deps);
    await expect(restarted.auth.activeConnection().query('SELECT Id FROM Account')).rejects.toThrow(
      /could not unlock/,
    );
    expect((await restarted.auth.state()).connections[0]?.state).toBe('reconnect-needed');
    expect(fs.existsSync(path.join(context.dataDir, `${key}.sqlite`))).toBe(true);
    expect(await context.deps.secrets.get(secretKeyOf(key))).toBeUndefined();
  });

  it('tells the renderer when sign-in cannot be remembered', async () => {
    const context = await orgAndCore(
      { autoApprove: true },
      { cipher: createFakeCipher({ backend: 'basic_text' }) },
    );
    const { vault } = await context.core.auth.state();
    expect(vault).toEqual({ persistent: false, reason: expect.stringContaining('no keyring') });
  });
});
