import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Cipher } from '../../src/core/auth/secretStore';

export type FakeCipher = Cipher & {
  /** As if the OS keyring lost or changed its key. */
  breakKey(): void;
  /** The next `count` encrypt or decrypt calls fail, as a dismissed prompt or a busy daemon does. */
  failNext(count: number): void;
  /** As if the keyring were locked (unavailable, every call failing) until unlock(). */
  lock(): void;
  unlock(): void;
};

/** Stands in for safeStorage: real AES-256-GCM with a key that lives in this process only. */
export function createFakeCipher(
  options: { backend?: string; available?: boolean } = {},
): FakeCipher {
  let key = randomBytes(32);
  let failures = 0;
  let locked = false;
  const refuse = () => {
    if (locked) throw new Error('Error while decrypting the ciphertext provided: keyring locked');
    if (failures > 0) {
      failures -= 1;
      throw new Error('Error while decrypting the ciphertext provided');
    }
  };
  return {
    backend: async () => options.backend ?? 'gnome_libsecret',
    available: async () => !locked && (options.available ?? true),
    async encrypt(plain) {
      refuse();
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    async decrypt(data) {
      refuse();
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      return {
        result: Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString(
          'utf8',
        ),
        shouldReEncrypt: false,
      };
    },
    breakKey() {
      key = randomBytes(32);
    },
    failNext(count) {
      failures = count;
    },
    lock() {
      locked = true;
    },
    unlock() {
      locked = false;
    },
  };
}
