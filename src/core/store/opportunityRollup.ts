import type Database from 'better-sqlite3';

/**
 * opportunity_rollup: open/closed, stage, close day and outcome of every cached deal with their
 * count and sums, kept by triggers on sf_opportunity (migration 6) so the board over every deal
 * reads a few thousand rows instead of every deal. NULL keys are stored as -1 and '' (a primary
 * key cannot hold NULL). `createRollupSql` is migration 6: a change to it needs a new migration.
 */
const pausedKey = 'opportunity_rollup:paused';

const keyOf = (row: string) =>
  `IFNULL(${row}.is_closed, -1), IFNULL(${row}.stage_name, ''), IFNULL(${row}.close_date, ''), IFNULL(${row}.is_won, -1)`;
const matchesOld = `is_closed = IFNULL(old.is_closed, -1) AND stage_name = IFNULL(old.stage_name, '')
    AND close_date = IFNULL(old.close_date, '') AND is_won = IFNULL(old.is_won, -1)`;
const add = `INSERT INTO opportunity_rollup VALUES (${keyOf('new')}, 1, IFNULL(new.amount, 0),
    IFNULL(new.amount * new.probability / 100.0, 0))
  ON CONFLICT DO UPDATE SET count = count + 1, total = total + excluded.total,
    weighted = weighted + excluded.weighted;`;
const remove = `UPDATE opportunity_rollup SET count = count - 1, total = total - IFNULL(old.amount, 0),
    weighted = weighted - IFNULL(old.amount * old.probability / 100.0, 0)
  WHERE ${matchesOld};
  DELETE FROM opportunity_rollup WHERE count = 0 AND ${matchesOld};`;

const rebuildSql = `DELETE FROM opportunity_rollup;
INSERT INTO opportunity_rollup
  SELECT ${keyOf('o')}, COUNT(*), TOTAL(o.amount), TOTAL(o.amount * o.probability / 100.0)
  FROM sf_opportunity o GROUP BY 1, 2, 3, 4;`;

export const createRollupSql = `CREATE TABLE opportunity_rollup (
  is_closed INTEGER NOT NULL,
  stage_name TEXT NOT NULL,
  close_date TEXT NOT NULL,
  is_won INTEGER NOT NULL,
  count INTEGER NOT NULL,
  total REAL NOT NULL,
  weighted REAL NOT NULL,
  PRIMARY KEY (is_closed, stage_name, close_date, is_won)
) WITHOUT ROWID;
${rebuildSql}
CREATE TRIGGER opportunity_rollup_insert AFTER INSERT ON sf_opportunity BEGIN
  ${add}
END;
CREATE TRIGGER opportunity_rollup_delete AFTER DELETE ON sf_opportunity BEGIN
  ${remove}
END;
CREATE TRIGGER opportunity_rollup_update
  AFTER UPDATE OF is_closed, stage_name, close_date, is_won, amount, probability ON sf_opportunity
  WHEN old.is_closed IS NOT new.is_closed OR old.stage_name IS NOT new.stage_name
    OR old.close_date IS NOT new.close_date OR old.is_won IS NOT new.is_won
    OR old.amount IS NOT new.amount OR old.probability IS NOT new.probability
BEGIN
  ${remove}
  ${add}
END;`;

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
