import type Database from 'better-sqlite3';
import { fillStart, isSlice, searchFillFunctions, sliceFill } from './searchFill';

/** The sync_meta key of a table's deferred definitions: while it is there, the table is loading. */
export const deferredMarker = (table: string) => `deferred_indexes:${table}`;

/**
 * A first load into an empty table runs without its secondary indexes and triggers: SQLite builds
 * an index from sorted data far faster than it maintains one row by row, and a trigger costs each
 * row its own sub-program (what a trigger keeps must then be rebuilt: see opportunityRollup). The
 * dropped definitions are kept in sync_meta in the same transaction, so a crash mid-load cannot
 * lose one: opening the cache puts back whatever is still deferred. `fill`, the statement that
 * writes the table's search entries (searchIndex.ts, searchFillFor), is kept last: the entries
 * are written in one pass once the indexes are built, and until then no writer adds one.
 */
export function deferIndexes(db: Database.Database, table: string, fill?: string): void {
  db.transaction(() => {
    const indexes = db
      .prepare(
        `SELECT type, name, sql FROM sqlite_master
         WHERE type IN ('index', 'trigger') AND tbl_name = ? AND sql IS NOT NULL`,
      )
      .all(table) as Array<{ type: string; name: string; sql: string }>;
    if (indexes.length === 0 && !fill) return;
    const saved = db
      .prepare('SELECT value FROM sync_meta WHERE key = ?')
      .get(deferredMarker(table)) as { value: string } | undefined;
    const kept = saved ? (JSON.parse(saved.value) as string[]) : [];
    const fills = kept.filter((sql) => sql.startsWith(fillStart));
    const definitions = [
      ...kept.filter((sql) => !sql.startsWith(fillStart)),
      ...indexes.map((index) => index.sql),
      ...(fills.length ? fills : fill ? [fill] : []),
    ];
    for (const index of indexes)
      db.exec(`DROP ${index.type.toUpperCase()} "${index.name.replaceAll('"', '""')}"`);
    db.prepare('INSERT OR REPLACE INTO sync_meta (key, value) VALUES (?, ?)').run(
      deferredMarker(table),
      JSON.stringify(definitions),
    );
  })();
}

/** Builds one deferred index, with its bookkeeping, in one transaction; false when none is left. */
function restoreNext(db: Database.Database, key: string): boolean {
  const row = db.prepare('SELECT value FROM sync_meta WHERE key = ?').get(key) as
    { value: string } | undefined;
  if (!row) return false;
  const [next, ...rest] = JSON.parse(row.value) as string[];
  searchFillFunctions(db);
  db.transaction(() => {
    if (next) db.exec(next);
    if (rest.length)
      db.prepare('UPDATE sync_meta SET value = ? WHERE key = ?').run(JSON.stringify(rest), key);
    else db.prepare('DELETE FROM sync_meta WHERE key = ?').run(key);
  })();
  return true;
}

/**
 * Rows of search entries a slice of a fill writes (searchFill.ts, sliceFill): at 100k records the
 * fill wrote ~100k rows' entries per second of CPU, so the window waits a fraction of a second.
 */
const fillSlice = 20_000;

/** The table's whole-table fill, if one is still to run, cut into slices. */
function sliceTableFill(db: Database.Database, table: string, size: number): void {
  db.transaction(() => {
    const row = db
      .prepare('SELECT value FROM sync_meta WHERE key = ?')
      .get(deferredMarker(table)) as { value: string } | undefined;
    const list = row ? (JSON.parse(row.value) as string[]) : [];
    const whole = list.at(-1);
    if (!whole?.startsWith(fillStart) || isSlice(whole)) return;
    const span = db
      .prepare(
        `SELECT (SELECT rowid FROM ${table} ORDER BY rowid LIMIT 1) AS first,
                (SELECT rowid FROM ${table} ORDER BY rowid DESC LIMIT 1) AS last`,
      )
      .get() as { first: number | null; last: number | null };
    if (span.first === null || span.last === null) return;
    db.prepare('UPDATE sync_meta SET value = ? WHERE key = ?').run(
      JSON.stringify([...list.slice(0, -1), ...sliceFill(whole, span.first, span.last, size)]),
      deferredMarker(table),
    );
  })();
}

/**
 * Builds a table's deferred indexes and fills its search entries, handing the event loop back
 * between them: at a million rows one index takes a noticeable moment, and the window's requests
 * should not wait for all of them. (At open, restoreAllIndexes runs a fill whole: nothing waits.)
 */
export async function restoreIndexes(
  db: Database.Database,
  table: string,
  slice = fillSlice,
): Promise<void> {
  sliceTableFill(db, table, slice);
  while (restoreNext(db, deferredMarker(table)))
    await new Promise((resolve) => setImmediate(resolve));
}

/** At open: every index a crashed first load left deferred, built now. */
export function restoreAllIndexes(db: Database.Database): void {
  const hasMeta = db
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_meta'`)
    .get();
  if (!hasMeta) return;
  const keys = db
    .prepare(`SELECT key FROM sync_meta WHERE key LIKE 'deferred_indexes:%'`)
    .pluck()
    .all() as string[];
  for (const key of keys) while (restoreNext(db, key));
}
