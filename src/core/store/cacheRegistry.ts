import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { IpcError } from '../../shared/ipc/result';
import { cacheFileOf } from './cacheFile';
import { waitForCacheLock } from './cacheLock';
import { openDatabase, type OpenOptions } from './openDatabase';
import { sizePageCacheForViews } from './viewsPageCache';
import { rebuildCache } from './rebuildCache';

/**
 * The open caches of one process, one per connection (`<orgId>-<userId>.sqlite` in the data
 * folder), opened on first use and shared by the views and the sync.
 */
export function createCacheRegistry(dataDir: string, engine: OpenOptions) {
  const databases = new Map<string, Database.Database>();
  /**
   * Caches closed to everyone while a disconnect or a rebuild works on their files, counted per
   * holder: one that finishes never reopens a cache the other still holds closed.
   */
  const closedBy = new Map<string, number>();
  const isClosed = (key: string) => closedBy.has(key);
  const drop = (key: string) => {
    databases.get(key)?.close();
    databases.delete(key);
  };

  async function close(key: string, settled: () => Promise<unknown>): Promise<void> {
    closedBy.set(key, (closedBy.get(key) ?? 0) + 1);
    await settled();
    drop(key);
  }
  function reopen(key: string): void {
    // A handle opened meanwhile (by nobody, in principle) would point at deleted files.
    drop(key);
    const holders = (closedBy.get(key) ?? 1) - 1;
    if (holders > 0) closedBy.set(key, holders);
    else closedBy.delete(key);
  }
  const fileOf = (key: string) => cacheFileOf(dataDir, key);

  return {
    engine,
    fileOf,
    isClosed,
    open(key: string): Database.Database {
      if (isClosed(key))
        throw new IpcError('NOT_ALLOWED', 'Roadbook is disconnecting this Salesforce connection.');
      let db = databases.get(key);
      if (!db) {
        fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
        db = openDatabase(fileOf(key), engine);
        sizePageCacheForViews(db);
        databases.set(key, db);
      }
      return db;
    },
    /** Closes the cache to everyone, once `settled` (the runs using it) has resolved. */
    close,
    reopen,
    /**
     * Rebuilds a damaged cache (rebuildCache.ts) closed to everyone and with its lock held, so
     * no other process writes it meanwhile.
     */
    async rebuild(key: string, settled: () => Promise<unknown>, lockWaitMs: number) {
      await close(key, settled);
      try {
        const lock = await waitForCacheLock(fileOf(key), { ...engine, waitMs: lockWaitMs });
        if (!lock)
          throw new IpcError(
            'NOT_ALLOWED',
            'Another Roadbook sync is using your records. Try again when it is done.',
          );
        try {
          return rebuildCache(fileOf(key), engine);
        } finally {
          lock.release();
        }
      } finally {
        reopen(key);
      }
    },
    closeAll(): void {
      for (const key of [...databases.keys()]) drop(key);
    },
  };
}

export type CacheRegistry = ReturnType<typeof createCacheRegistry>;
