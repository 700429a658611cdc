import fs from 'node:fs/promises';
import path from 'node:path';
import { writePrivateFile } from '../fs/atomicWrite';

/** What Electron's safeStorage gives us, passed in so the core stays free of Electron. */
export type Cipher = {
  /** The OS backend: 'keychain', 'dpapi', 'gnome_libsecret', 'kwallet5', 'basic_text', 'unknown', … */
  backend(): Promise<string>;
  available(): Promise<boolean>;
  encrypt(plain: string): Promise<Buffer>;
  decrypt(cipher: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
};

type VaultStatus = { persistent: boolean; backend: string; reason?: string };

/** The stored secret is proven unreadable: the keyring works, yet this file never decrypts. */
export class SecretUnreadableError extends Error {
  constructor(readonly key: string) {
    super('A stored secret could not be decrypted');
  }
}

/** The keyring did not answer (locked, a dismissed prompt, not started yet): try again later. */
export class KeyringUnavailableError extends Error {
  constructor(readonly key: string) {
    super(
      'The keyring that unlocks your saved Salesforce sign-in is locked or not answering; Roadbook tries again at the next sync.',
    );
    this.name = 'KeyringUnavailableError';
  }
}

export type SecretStore = {
  status(): Promise<VaultStatus>;
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  /** Every value stored for the key that still decrypts, set-aside files included (to revoke them). */
  readable(key: string): Promise<string[]>;
  /** Removes every file of the key: the secret, set-aside copies and interrupted writes. */
  delete(key: string): Promise<void>;
};

const noKeyring =
  'This desktop has no keyring (Secret Service or KWallet), so Roadbook keeps your Salesforce sign-in in memory only: you will need to sign in again after Roadbook restarts. Installing gnome-keyring or KWallet fixes this.';

/** Long enough for a keyring being unlocked at login or a Keychain prompt answered late. */
const keyringRetryDelaysMs = [250, 1000, 4000];

const probeText = 'roadbook keyring probe';

/**
 * Secrets encrypted by the OS keyring, one file each, written atomically with mode 0600. Where
 * the keyring is missing or is Linux's hard-coded "basic_text" password, nothing is written:
 * secrets live in memory and status() says why. A keyring that fails is asked again before
 * anything is decided, and a file is set aside only when the keyring works but not for it.
 */
export function createSecretStore(options: {
  dir: string;
  cipher: Cipher;
  platform: NodeJS.Platform;
  retryDelaysMs?: number[];
}): SecretStore {
  const { cipher } = options;
  const retryDelays = options.retryDelaysMs ?? keyringRetryDelaysMs;
  const memory = new Map<string, string>();
  let known: Promise<VaultStatus> | undefined;
  const resolveStatus = async (): Promise<VaultStatus> => {
    const [available, backend] = await Promise.all([cipher.available(), cipher.backend()]);
    const weak =
      options.platform === 'linux' && (backend === 'basic_text' || backend === 'unknown');
    if (!available || weak) return { persistent: false, backend, reason: noKeyring };
    return { persistent: true, backend };
  };
  // An unavailable keyring may come back (unlocked after login), so only a working one is remembered.
  const status = async () => {
    const current = await (known ??= resolveStatus());
    if (!current.persistent) known = undefined;
    return current;
  };
  const nameOf = (key: string) => `${Buffer.from(key).toString('base64url')}.secret`;
  const fileOf = (key: string) => path.join(options.dir, nameOf(key));
  const filesOf = async (key: string) => {
    const name = nameOf(key);
    const names = await fs.readdir(options.dir).catch(() => [] as string[]);
    return names
      .filter((n) => n === name || n.startsWith(`${name}.`))
      .map((n) => path.join(options.dir, n));
  };

  async function patiently<T>(attempt: () => Promise<T>): Promise<T | undefined> {
    for (const delay of [0, ...retryDelays]) {
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      try {
        return await attempt();
      } catch {
        // Asked again after the delay; the caller decides what a final failure means.
      }
    }
    return undefined;
  }

  async function keyringWorks(): Promise<boolean> {
    try {
      if (!(await cipher.available())) return false;
      const { result } = await cipher.decrypt(await cipher.encrypt(probeText));
      return result === probeText;
    } catch {
      return false;
    }
  }

  async function readFile(file: string): Promise<Buffer | undefined> {
    try {
      return await fs.readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  return {
    status,
    async get(key) {
      const remembered = memory.get(key);
      if (remembered !== undefined) return remembered;
      const file = fileOf(key);
      const content = await readFile(file);
      if (!content) return undefined;
      if (!(await status()).persistent) throw new KeyringUnavailableError(key);
      // Proven unreadable only when the keyring works for a fresh probe yet still not for this file.
      const opened =
        (await patiently(() => cipher.decrypt(content))) ??
        ((await keyringWorks()) ? await cipher.decrypt(content).catch(() => null) : undefined);
      if (opened) {
        if (opened.shouldReEncrypt) {
          // The old blob still decrypts, so a failed upgrade costs nothing.
          await cipher
            .encrypt(opened.result)
            .then((fresh) => writePrivateFile(file, fresh))
            .catch(() => undefined);
        }
        return opened.result;
      }
      if (opened === undefined) throw new KeyringUnavailableError(key);
      // Kept for diagnosis until Disconnect; the rep signs in again, nothing else is lost.
      await fs.rename(file, `${file}.corrupt-${Date.now()}`).catch(() => undefined);
      throw new SecretUnreadableError(key);
    },
    async set(key, value) {
      if (!(await status()).persistent) {
        memory.set(key, value);
        return;
      }
      const encrypted = await patiently(() => cipher.encrypt(value));
      if (!encrypted) {
        // This run keeps working; the keyring is asked again at the next save.
        memory.set(key, value);
        throw new KeyringUnavailableError(key);
      }
      await writePrivateFile(fileOf(key), encrypted);
      memory.delete(key);
    },
    async readable(key) {
      const values = new Set<string>();
      const remembered = memory.get(key);
      if (remembered !== undefined) values.add(remembered);
      for (const file of await filesOf(key)) {
        const content = await readFile(file).catch(() => undefined);
        const opened = content && (await patiently(() => cipher.decrypt(content)));
        if (opened) values.add(opened.result);
      }
      return [...values];
    },
    async delete(key) {
      memory.delete(key);
      await Promise.all((await filesOf(key)).map((file) => fs.rm(file, { force: true })));
    },
  };
}
