import type { AuthState } from '../../shared/ipc/authState';
import type { AuthService } from '../auth/authService';
import type { SyncService } from './syncService';

/**
 * Signs a connection out. The cache closes (and stays closed) before the sign-in is revoked and
 * its files go; views asking meanwhile are refused instead of reopening a file about to be
 * deleted.
 */
export async function disconnect(
  auth: AuthService,
  sync: SyncService,
  key: string,
  deleteLocalData: boolean,
): Promise<AuthState> {
  const reopen = await sync.forget(key);
  try {
    return await auth.disconnect(key, deleteLocalData);
  } finally {
    reopen();
  }
}
