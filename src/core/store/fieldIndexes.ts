import type Database from 'better-sqlite3';

export const fieldIndexName = (table: string, field: string) => `${table}_f_${field.toLowerCase()}`;

/**
 * An index on one JSON field of an object table, made when the rep first sorts or filters by the
 * field: a few hundred milliseconds once at 100k rows, then the list query is an index walk. It
 * never waits for a lock (busy_timeout 0 for the statement): while a sync writes, the query runs
 * without it this once and the next one tries again. A table whose first load deferred its
 * indexes gets none meanwhile, or putting the deferred ones back would find it there.
 */
export function indexJsonField(
  db: Database.Database,
  table: string,
  field: string,
  expression: string,
): boolean {
  const name = fieldIndexName(table, field);
  const exists = db
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?`)
    .get(name);
  if (exists) return true;
  const deferred = db
    .prepare('SELECT 1 FROM sync_meta WHERE key = ?')
    .get(`deferred_indexes:${table}`);
  if (deferred) return false;
  const waited = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    db.exec(`CREATE INDEX IF NOT EXISTS ${name} ON ${table} (${expression})`);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) return false;
    if ((error as { code?: string }).code === 'SQLITE_READONLY') return false;
    throw error;
  } finally {
    db.pragma(`busy_timeout = ${waited}`);
  }
}
