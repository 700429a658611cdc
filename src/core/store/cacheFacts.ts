import type Database from 'better-sqlite3';

/**
 * When the cache last finished a sync and how many records it holds, as the cache itself says.
 * A sync finishes every object it began, so an object begun and never finished (a first sync
 * under way or cut off) means no sync has finished since: MIN alone would skip it.
 */
export function cacheFacts(db: Database.Database): { lastSuccess: number | null; records: number } {
  const row = db
    .prepare(
      `SELECT CASE WHEN COUNT(last_success) = COUNT(*) THEN MIN(last_success) END AS last,
              TOTAL(records) AS records
       FROM sync_state`,
    )
    .get() as { last: string | null; records: number };
  return { lastSuccess: row.last ? Date.parse(row.last) : null, records: row.records };
}
