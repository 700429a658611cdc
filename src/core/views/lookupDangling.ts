import type Database from 'better-sqlite3';
import type { ObjectSpec } from '../schema/objectSpecs';
import type { LookupSort } from './lookupSort';

/**
 * How many distinct values a lookup's index is stepped through, one seek each, before its values
 * are read whole instead: Owner and Created By hold a few dozen users, a lookup to accounts holds
 * as many values as rows.
 */
const seekedValues = 256;

/** Values read whole, kept while the cache is unchanged, by connection and lookup. */
const kept = new WeakMap<Database.Database, Map<string, { version: string; ids: string[] }>>();

/**
 * What the cache looks like to this connection: another connection's commit moves
 * `data_version`, this one's writes move `total_changes()`.
 */
const versionOf = (db: Database.Database) =>
  `${String(db.pragma('data_version', { simple: true }))}:${String(
    db.prepare('SELECT total_changes()').pluck().get(),
  )}`;

/** The lookup's distinct values, when there are few: each found by one seek past the last. */
function fewValues(db: Database.Database, spec: ObjectSpec, sort: LookupSort): string[] | null {
  const next = (after: string) =>
    `SELECT ${sort.id} FROM ${spec.table} WHERE ${sort.id} ${after} ORDER BY 1 LIMIT 1`;
  const values = db
    .prepare(
      `WITH RECURSIVE seen(value) AS (SELECT (${next(">= ''")})
        UNION ALL SELECT (${next('> seen.value')}) FROM seen WHERE seen.value IS NOT NULL LIMIT ?)
      SELECT value FROM seen WHERE value IS NOT NULL`,
    )
    .pluck()
    .all(seekedValues + 2) as string[];
  return values.length <= seekedValues ? values : null;
}

/** Every distinct value that names no cached record, read from the lookup's index whole. */
const everyDangling = (db: Database.Database, spec: ObjectSpec, sort: LookupSort) =>
  db
    .prepare(
      `WITH seen AS MATERIALIZED (
        SELECT DISTINCT ${sort.id} AS value FROM ${spec.table} WHERE ${sort.id} >= '')
      SELECT value FROM seen
        WHERE NOT EXISTS (SELECT 1 FROM ${sort.target.table} AS named WHERE named.id = seen.value)`,
    )
    .pluck()
    .all() as string[];

/**
 * The lookup's values that point at no cached record (not synced, deleted). A lookup with few
 * values is answered from its index at each call; one with many (a lookup to accounts) reads its
 * whole index, tens of milliseconds at 200k deals, so that answer is kept until anything in the
 * cache changes: a rep paging through a table pays it once.
 */
export function danglingIds(db: Database.Database, spec: ObjectSpec, sort: LookupSort): string[] {
  const few = fewValues(db, spec, sort);
  if (few)
    return db
      .prepare(
        `SELECT seen.value FROM json_each(?) AS seen
          WHERE NOT EXISTS (SELECT 1 FROM ${sort.target.table} AS named WHERE named.id = seen.value)`,
      )
      .pluck()
      .all(JSON.stringify(few)) as string[];
  const byLookup = kept.get(db) ?? new Map<string, { version: string; ids: string[] }>();
  kept.set(db, byLookup);
  const version = versionOf(db);
  const key = `${spec.table} ${sort.id}`;
  const known = byLookup.get(key);
  if (known?.version === version) return known.ids;
  const ids = everyDangling(db, spec, sort);
  byLookup.set(key, { version, ids });
  return ids;
}
