import type Database from 'better-sqlite3';

/** When the cache last finished a sync and how many records it holds, as the cache itself says. */
export function cacheFacts(db: Database.Database): { lastSuccess: number | null; records: number } {
  const row = db
    .prepare('SELECT MIN(last_success) AS last, TOTAL(records) AS records FROM sync_state')
    .get() as { last: string | null; records: number };
  return { lastSuccess: row.last ? Date.parse(row.last) : null, records: row.records };
}
