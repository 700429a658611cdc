import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Cipher } from '../../src/core/auth/secretStore';

/** Stands in for safeStorage: real AES-256-GCM with a key that lives in this process only. */
export function createFakeCipher(
  options: { backend?: string; available?: boolean } = {},
): Cipher & { breakKey(): void } {
  let key = randomBytes(32);
  return {
    backend: async () => options.backend ?? 'gnome_libsecret',
    available: async () => options.available ?? true,
    async encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    async decrypt(data) {
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      return {
        result: Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString(
          'utf8',
        ),
        shouldReEncrypt: false,
      };
    },
    /** As if the OS keyring lost or changed its key. */
    breakKey() {
      key = randomBytes(32);
    },
  };
}
