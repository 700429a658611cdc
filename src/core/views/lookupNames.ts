import type Database from 'better-sqlite3';
import type { RecordRow } from '../../shared/ipc/views';
import { lookupNameKey } from '../../shared/lookups';
import { isLocalId } from '../outbox/localId';
import { syncedFieldList } from './fieldSql';
import { nameTables } from './lookupNameSql';

/**
 * The rows with the name of each record their lookups point at (`Partner__c.Name`), read from
 * the cache in one query per object; null where that record is not synced.
 */
export function withLookupNames(
  db: Database.Database,
  object: string,
  rows: RecordRow[],
): RecordRow[] {
  const lookups = syncedFieldList(db, object)
    .filter((f) => f.type === 'reference')
    .map((f) => f.name);
  if (!lookups.length || !rows.length) return rows;
  const ids = new Set(
    rows.flatMap((row) => lookups.map((f) => row[f]).filter((v) => typeof v === 'string')),
  );
  const names = new Map<string, string>();
  for (const { prefix, table } of nameTables) {
    const wanted = [...ids].filter((id) => id.startsWith(prefix) || isLocalId(id));
    if (!wanted.length) continue;
    const found = db
      .prepare(`SELECT id, name FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(wanted)) as Array<{ id: string; name: string | null }>;
    for (const row of found) if (row.name !== null) names.set(row.id, row.name);
  }
  return rows.map((row) => {
    const named = { ...row };
    for (const field of lookups) {
      const id = row[field];
      named[lookupNameKey(field)] = typeof id === 'string' ? (names.get(id) ?? null) : null;
    }
    return named;
  });
}
