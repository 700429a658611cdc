import type Database from 'better-sqlite3';
import type { ObjectSpec } from '../schema/objectSpecs';

const metaKey = (object: string) => `synced_fields:${object}`;

/**
 * The fields an object's cached rows carry. A cache from before Roadbook synced every readable
 * field has no list: its rows carry the fixed list it queried then.
 */
export function syncedFields(db: Database.Database, spec: ObjectSpec): string[] {
  const row = db.prepare('SELECT value FROM sync_meta WHERE key = ?').get(metaKey(spec.name)) as
    { value: string } | undefined;
  return row
    ? (JSON.parse(row.value) as string[])
    : ['Id', 'SystemModstamp', 'LastModifiedDate', ...spec.fields];
}

/** Call inside the transaction that writes the rows the list covers. */
export function setSyncedFields(db: Database.Database, object: string, fields: string[]): void {
  db.prepare('INSERT OR REPLACE INTO sync_meta (key, value) VALUES (?, ?)').run(
    metaKey(object),
    JSON.stringify(fields),
  );
}
