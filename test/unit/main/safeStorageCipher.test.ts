import { afterEach, describe, expect, it, vi } from 'vitest';

const safeStorage = {
  getSelectedStorageBackend: vi.fn(() => 'basic_text'),
  isAsyncEncryptionAvailable: vi.fn(async () => true),
  encryptStringAsync: vi.fn(async (plain: string) => Buffer.from(`enc:${plain}`)),
  decryptStringAsync: vi.fn(async (data: Buffer) => ({
    result: data.toString().slice(4),
    shouldReEncrypt: false,
  })),
};
vi.mock('electron', () => ({ safeStorage }));
const { safeStorageCipher } = await import('../../../src/main/safeStorageCipher');
const platform = process.platform;
afterEach(() => Object.defineProperty(process, 'platform', { value: platform }));

describe('safeStorage cipher', () => {
  it('uses only the async API', async () => {
    expect(await safeStorageCipher.available()).toBe(true);
    const encrypted = await safeStorageCipher.encrypt('secret');
    expect(await safeStorageCipher.decrypt(encrypted)).toEqual({
      result: 'secret',
      shouldReEncrypt: false,
    });
    expect(safeStorage.encryptStringAsync).toHaveBeenCalledWith('secret');
  });

  it('reports the Linux backend so basic_text can be refused, and the OS keyring elsewhere', async () => {
    Object.defineProperty(process, 'platform', { value: 'linux' });
    expect(await safeStorageCipher.backend()).toBe('basic_text');
    Object.defineProperty(process, 'platform', { value: 'darwin' });
    expect(await safeStorageCipher.backend()).toBe('keychain');
  });
});
