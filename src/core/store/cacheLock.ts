import type Database from 'better-sqlite3';
import { openSqlite, type OpenOptions } from './openDatabase';

export type CacheLock = {
  /** The last holder ended without releasing the lock: it crashed or was killed mid-run. */
  tookOverFromCrash: boolean;
  release(): void;
};

const busy = (error: unknown) => /^SQLITE_BUSY/.test((error as { code?: string }).code ?? '');

/**
 * One writer per cache, across processes: the app's sync, the CLI, a rebuild. The lock is
 * SQLite's own exclusive lock on `<cache>.lock` (an fcntl lock on POSIX, LockFileEx on
 * Windows), which the OS drops when its holder dies, so a killed process never leaves the
 * cache locked. In exclusive locking mode the connection keeps the lock from its first write
 * until it closes. The file also says whether the last holder released it, so a successor knows
 * that requests of a crashed run may still be landing in Salesforce.
 *
 * Returns undefined when another connection (in this process or another) holds it.
 */
export function tryCacheLock(cacheFile: string, options: OpenOptions = {}): CacheLock | undefined {
  let db: Database.Database | undefined;
  try {
    db = openSqlite(`${cacheFile}.lock`, options);
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('synchronous = FULL');
    const holder = db;
    const tookOverFromCrash = holder
      .transaction(() => {
        holder.exec(
          'CREATE TABLE IF NOT EXISTS holder (id INTEGER PRIMARY KEY CHECK (id = 1), pid INTEGER NOT NULL, since TEXT NOT NULL, released INTEGER NOT NULL)',
        );
        const last = holder.prepare('SELECT released FROM holder').get() as
          { released: number } | undefined;
        holder
          .prepare('INSERT OR REPLACE INTO holder VALUES (1, ?, ?, 0)')
          .run(process.pid, new Date().toISOString());
        return last !== undefined && last.released === 0;
      })
      .immediate();
    return {
      tookOverFromCrash,
      release() {
        if (!holder.open) return;
        try {
          holder.prepare('UPDATE holder SET released = 1').run();
        } finally {
          holder.close();
        }
      },
    };
  } catch (error) {
    db?.close();
    if (busy(error)) return undefined;
    throw error;
  }
}

/**
 * Waits for the lock, polling, up to `waitMs`; `onWait` hears once that it is waiting. Returns
 * undefined when the wait ran out.
 */
export async function waitForCacheLock(
  cacheFile: string,
  options: OpenOptions & { waitMs: number; pollMs?: number; onWait?: () => void },
): Promise<CacheLock | undefined> {
  const until = Date.now() + options.waitMs;
  let told = false;
  for (;;) {
    const lock = tryCacheLock(cacheFile, options);
    if (lock || Date.now() >= until) return lock;
    if (!told) options.onWait?.();
    told = true;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 250));
  }
}
