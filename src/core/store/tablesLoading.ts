import type Database from 'better-sqlite3';

/** The prefix deferredIndexes.ts gives each table's marker in sync_meta. */
const prefix = 'deferred_indexes:';

/**
 * The tables whose load is under way, from the cache itself: a load into an empty table defers
 * its indexes and keeps a marker until the last one is built back (deferredIndexes.ts), so this
 * holds for a first sync, a reload after "delete local data" and a rebuild alike, and a crashed
 * load's marker lasts until the next open builds its indexes. A range over sync_meta's key: a
 * few rows whatever the tables hold.
 */
export function tablesLoading(db: Database.Database): Set<string> {
  const keys = db
    .prepare('SELECT key FROM sync_meta WHERE key >= ? AND key < ?')
    .pluck()
    .all(prefix, `${prefix.slice(0, -1)};`) as string[];
  return new Set(keys.map((key) => key.slice(prefix.length)));
}
