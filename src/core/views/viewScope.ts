import type Database from 'better-sqlite3';
import { IpcError } from '../../shared/ipc/result';
import { userIdOf } from '../auth/connectionRecord';
import type { AuthService } from '../auth/authService';
import type { CacheRegistry } from '../store/cacheRegistry';
import type { ViewContext } from './sqlFilter';

/**
 * What every view query needs: the active org's cache, the rep's user id and today's date.
 * Views read the cache whatever the network does, so they work offline and while a sync runs.
 */
export function viewScope(auth: AuthService, caches: CacheRegistry, now: () => number) {
  return <T>(read: (db: Database.Database, context: ViewContext) => T): T => {
    const key = auth.activeKey();
    if (!key) throw new IpcError('NOT_ALLOWED', 'Connect to Salesforce to see your records.');
    return read(caches.open(key), {
      userId: userIdOf(key),
      now: new Date(now()),
    });
  };
}
