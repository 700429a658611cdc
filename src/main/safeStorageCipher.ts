import { safeStorage } from 'electron';
import type { Cipher } from '../core/auth/secretStore';

/** The OS keyring through safeStorage's async API (the sync one is deprecated in Electron 45). */
export const safeStorageCipher: Cipher = {
  backend: async () => {
    if (process.platform === 'darwin') return 'keychain';
    if (process.platform === 'win32') return 'dpapi';
    return safeStorage.getSelectedStorageBackend();
  },
  available: () => safeStorage.isAsyncEncryptionAvailable(),
  encrypt: (plain) => safeStorage.encryptStringAsync(plain),
  decrypt: (cipher) => safeStorage.decryptStringAsync(cipher),
};
