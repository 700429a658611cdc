import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { secretKeyOf } from '../../../../src/core/auth/connectionRecord';
import jsforce from 'jsforce';
import { createAppCore } from '../../../../src/core/app/appCore';
import {
  createSecretStore,
  KeyringUnavailableError,
  SecretUnreadableError,
} from '../../../../src/core/auth/secretStore';
import { createFakeCipher } from '../../../support/fakeCipher';
import { connectedCore, orgAndCore } from '../../../support/connectedCore';

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
    const store = createSecretStore({ dir, cipher, platform: 'linux', retryDelaysMs: [1] });
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
    const restarted = createAppCore(context.deps);
    await expect(restarted.auth.activeConnection().query('SELECT Id FROM Account')).rejects.toThrow(
      /could not unlock/,
    );
    expect((await restarted.auth.state()).connections[0]?.state).toBe('reconnect-needed');
    expect(fs.existsSync(path.join(context.dataDir, `${key}.sqlite`))).toBe(true);
    expect(await context.deps.secrets.get(secretKeyOf(key))).toBeUndefined();
  });

  it('asks a keyring that failed again, and keeps the file when it still fails', async () => {
    const dir = tempDir();
    const cipher = createFakeCipher();
    const store = createSecretStore({ dir, cipher, platform: 'linux', retryDelaysMs: [1, 1] });
    await store.set('k', secret);
    const files = fs.readdirSync(dir);
    cipher.failNext(2);
    expect(await store.get('k')).toBe(secret);
    cipher.failNext(3);
    expect(await store.get('k')).toBe(secret);
    cipher.failNext(4);
    await expect(store.get('k')).rejects.toBeInstanceOf(KeyringUnavailableError);
    cipher.lock();
    await expect(store.get('k')).rejects.toBeInstanceOf(KeyringUnavailableError);
    expect(fs.readdirSync(dir)).toEqual(files);
    cipher.unlock();
    expect(await store.get('k')).toBe(secret);
  });

  it('stays signed in when the keyring fails once at start, and sets nothing aside', async () => {
    const context = await connectedCore({ autoApprove: true });
    const secrets = path.join(context.dataDir, 'secrets');
    const files = fs.readdirSync(secrets);
    context.cipher.failNext(1);
    const restarted = createAppCore(context.deps);
    await expect(
      restarted.auth.activeConnection().query('SELECT COUNT() FROM Account'),
    ).resolves.toHaveProperty('totalSize');
    expect((await restarted.auth.state()).connections[0]?.state).toBe('connected');
    expect(fs.readdirSync(secrets)).toEqual(files);
  });

  it('never saves "Reconnect needed" from a start where the keyring was locked', async () => {
    const context = await connectedCore({ autoApprove: true });
    const secrets = path.join(context.dataDir, 'secrets');
    const files = fs.readdirSync(secrets);
    context.cipher.lock();
    const locked = createAppCore(context.deps);
    await expect(locked.auth.activeConnection().query('SELECT Id FROM Account')).rejects.toThrow(
      /keyring .* is locked/,
    );
    expect((await locked.auth.state()).connections[0]?.state).toBe('connected');
    expect(fs.readdirSync(secrets)).toEqual(files);
    context.cipher.unlock();
    const next = createAppCore(context.deps);
    await expect(
      next.auth.activeConnection().query('SELECT COUNT() FROM Account'),
    ).resolves.toHaveProperty('totalSize');
  });

  it('revokes and deletes every secret file of a connection on Disconnect, set-aside ones too', async () => {
    const context = await connectedCore({ autoApprove: true });
    const { deps, fake, key } = context;
    const secrets = path.join(context.dataDir, 'secrets');
    const [file] = fs.readdirSync(secrets);
    // An older Roadbook set files aside that still decrypt and still refresh at the org.
    const first = (await deps.secrets.get(secretKeyOf(key)))!;
    fs.copyFileSync(path.join(secrets, file!), path.join(secrets, `${file}.corrupt-1700000000000`));
    await context.signIn();
    const second = (await deps.secrets.get(secretKeyOf(key)))!;
    expect(second).not.toBe(first);
    fs.writeFileSync(path.join(secrets, `${file}.corrupt-1700000000001`), 'not a cipher text');
    fs.writeFileSync(path.join(secrets, 'b3RoZXI.secret'), 'another connection');
    await context.core.auth.disconnect(key, false);
    expect(fs.readdirSync(secrets)).toEqual(['b3RoZXI.secret']);
    const oauth2 = new jsforce.OAuth2({ loginUrl: fake.url, clientId: fake.clientId });
    for (const token of [first, second])
      await expect(oauth2.refreshToken(token)).rejects.toMatchObject({ name: 'invalid_grant' });
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
