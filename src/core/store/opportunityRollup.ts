import type Database from 'better-sqlite3';

/**
 * opportunity_rollup: open/closed, stage, close day, outcome, record type and currency of every
 * cached deal with their count and sums, kept by the triggers on sf_opportunity that migration 11
 * made (frozenMigrations/v011ProcessesAndCurrencies.ts). NULL keys are stored as -1 and '' (a primary key
 * cannot hold NULL). A change to what the triggers keep is a new migration, and this with it.
 */
const pausedKey = 'opportunity_rollup:paused';

const rebuildSql = `DELETE FROM opportunity_rollup;
INSERT INTO opportunity_rollup
  SELECT IFNULL(o.is_closed, -1), IFNULL(o.stage_name, ''), IFNULL(o.close_date, ''),
    IFNULL(o.is_won, -1), IFNULL(o.record_type_id, ''), IFNULL(o.currency_iso_code, ''),
    COUNT(*), TOTAL(o.amount), TOTAL(o.amount * o.probability / 100.0)
  FROM sf_opportunity o GROUP BY 1, 2, 3, 4, 5, 6;`;

/**
 * A first load into the empty table runs without the triggers (deferIndexes drops them with the
 * indexes: even one that does nothing costs a deal ~20–100 µs, more than its insert) and builds
 * the rollup once when the load ends. Marked paused before the triggers go, so a crash at any
 * point leaves the mark, and opening the cache rebuilds. Readers ask `rollupPaused`.
 */
export function pauseRollup(db: Database.Database, table: string): void {
  if (table !== 'sf_opportunity') return;
  db.prepare('INSERT OR REPLACE INTO sync_meta (key, value) VALUES (?, ?)').run(pausedKey, '1');
}

export const rollupPaused = (db: Database.Database): boolean =>
  Boolean(db.prepare('SELECT 1 FROM sync_meta WHERE key = ?').get(pausedKey));

/**
 * Builds a paused rollup from the deals and lets the triggers keep it again, in one transaction:
 * when the first load of `table` ends, or at open after a load a crash cut short.
 */
export function resumeRollup(db: Database.Database, table: string): void {
  if (table !== 'sf_opportunity' || !rollupPaused(db)) return;
  db.transaction(() => {
    db.exec(rebuildSql);
    db.prepare('DELETE FROM sync_meta WHERE key = ?').run(pausedKey);
  })();
}
