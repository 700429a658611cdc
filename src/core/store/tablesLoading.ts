import type Database from 'better-sqlite3';

/** The prefix deferredIndexes.ts gives each table's marker in sync_meta. */
const prefix = 'deferred_indexes:';
/** opportunityRollup.ts's mark: the deals' rollup is built only once their load ends. */
const rollupPaused = 'opportunity_rollup:paused';

/**
 * The tables whose load is under way, from the cache itself: a load into an empty table defers
 * its indexes and keeps a marker until the last one is built back (deferredIndexes.ts), so this
 * holds for a first sync, a reload after "delete local data" and a rebuild alike, and a crashed
 * load's marker lasts until the next open builds its indexes. The deals' load ends only when
 * their rollup is built too: until then the board would sum every deal itself. A range over
 * sync_meta's key: a few rows whatever the tables hold.
 */
export function tablesLoading(db: Database.Database): Set<string> {
  const keys = db
    .prepare('SELECT key FROM sync_meta WHERE (key >= ? AND key < ?) OR key = ?')
    .pluck()
    .all(prefix, `${prefix.slice(0, -1)};`, rollupPaused) as string[];
  return new Set(
    keys.map((key) => (key === rollupPaused ? 'sf_opportunity' : key.slice(prefix.length))),
  );
}
