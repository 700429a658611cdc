import fs from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../fs/atomicWrite';

/** What Electron's safeStorage gives us, passed in so the core stays free of Electron. */
export type Cipher = {
  /** The OS backend: 'keychain', 'dpapi', 'gnome_libsecret', 'kwallet5', 'basic_text', 'unknown', … */
  backend(): Promise<string>;
  available(): Promise<boolean>;
  encrypt(plain: string): Promise<Buffer>;
  decrypt(cipher: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
};

export type VaultStatus = { persistent: boolean; backend: string; reason?: string };

export class SecretUnreadableError extends Error {
  constructor(readonly key: string) {
    super('A stored secret could not be decrypted');
  }
}

export type SecretStore = {
  status(): Promise<VaultStatus>;
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
};

const noKeyring =
  'This desktop has no keyring (Secret Service or KWallet), so Roadbook keeps your Salesforce sign-in in memory only: you will need to sign in again after Roadbook restarts. Installing gnome-keyring or KWallet fixes this.';

/**
 * Secrets encrypted by the OS keyring, one file each, written atomically with mode 0600. Where
 * the keyring is missing or is Linux's hard-coded "basic_text" password, nothing is written:
 * secrets live in memory and status() says why.
 */
export function createSecretStore(options: {
  dir: string;
  cipher: Cipher;
  platform: NodeJS.Platform;
}): SecretStore {
  const memory = new Map<string, string>();
  let status: Promise<VaultStatus> | undefined;
  const resolveStatus = async (): Promise<VaultStatus> => {
    const [available, backend] = await Promise.all([
      options.cipher.available(),
      options.cipher.backend(),
    ]);
    const weak =
      options.platform === 'linux' && (backend === 'basic_text' || backend === 'unknown');
    if (!available || weak) return { persistent: false, backend, reason: noKeyring };
    return { persistent: true, backend };
  };
  const persistent = async () => (await (status ??= resolveStatus())).persistent;
  const fileOf = (key: string) =>
    path.join(options.dir, `${Buffer.from(key).toString('base64url')}.secret`);

  return {
    status: () => (status ??= resolveStatus()),
    async get(key) {
      if (!(await persistent())) return memory.get(key);
      let content: Buffer;
      try {
        content = await fs.readFile(fileOf(key));
      } catch {
        return undefined;
      }
      try {
        const { result, shouldReEncrypt } = await options.cipher.decrypt(content);
        if (shouldReEncrypt)
          await writeFileAtomic(fileOf(key), await options.cipher.encrypt(result));
        return result;
      } catch {
        // Keep the unreadable file for diagnosis; the rep signs in again, nothing else is lost.
        await fs.rename(fileOf(key), `${fileOf(key)}.corrupt-${Date.now()}`).catch(() => undefined);
        throw new SecretUnreadableError(key);
      }
    },
    async set(key, value) {
      if (!(await persistent())) {
        memory.set(key, value);
        return;
      }
      await writeFileAtomic(fileOf(key), await options.cipher.encrypt(value));
    },
    async delete(key) {
      memory.delete(key);
      await fs.rm(fileOf(key), { force: true });
    },
  };
}
