import type Database from 'better-sqlite3';
import type { FieldInfo } from '../schema/fieldList';
import type { ObjectSpec, SearchFields } from '../schema/objectSpecs';
import { searchStatements } from '../store/searchIndex';
import { setSyncedFields, syncedFields } from '../store/syncedFields';

/**
 * Fields the cached rows carry that the rep may no longer read (an admin hid them with
 * field-level security, or deleted them): removed from every row (the rep's and Salesforce's
 * versions kept for a conflict too) and their typed columns emptied, so panels, tables and
 * exports stop showing values the org now keeps from the rep. The search entries of the rows
 * that held a searched one are written again without it, so a search for its value finds
 * nothing. One transaction; the list of synced fields moves with it. `searched` is what the
 * index was written with: the fields found by search before this describe. Returns the fields
 * removed.
 */
export function dropHiddenFields(
  db: Database.Database,
  spec: ObjectSpec,
  fields: FieldInfo[],
  searched: SearchFields | undefined,
): string[] {
  const readable = new Set(fields.map((f) => f.name));
  const carried = syncedFields(db, spec);
  const hidden = carried.filter((name) => !readable.has(name));
  if (hidden.length === 0) return [];
  const paths = hidden.map(() => '?').join(', ');
  const columns = spec.columns
    .filter((c) => hidden.includes(c.field))
    .map((c) => `, ${c.column} = NULL`)
    .join('');
  const found = searched
    ? [...searched.title, ...searched.subtitle, ...searched.emails, ...searched.phones]
    : [];
  const searchedHidden = hidden.filter((name) => found.includes(name));
  db.transaction(() => {
    const stale = searchedHidden.length
      ? (db
          .prepare(
            `SELECT rowid FROM ${spec.table} WHERE ${searchedHidden
              .map(() => 'json_extract(json, ?) IS NOT NULL')
              .join(' OR ')}`,
          )
          .pluck()
          .all(...searchedHidden.map((name) => `$.${name}`)) as number[])
      : [];
    db.prepare(
      `UPDATE ${spec.table} SET json = json_remove(json, ${paths}),
         base_json = json_remove(base_json, ${paths}),
         server_json = json_remove(server_json, ${paths})${columns}`,
    ).run(...[1, 2, 3].flatMap(() => hidden.map((name) => `$.${name}`)));
    const search = searchStatements(db);
    const json = db.prepare(`SELECT json FROM ${spec.table} WHERE rowid = ?`).pluck();
    for (const rowid of stale)
      search.put(spec, rowid, JSON.parse(json.get(rowid) as string) as Record<string, unknown>);
    setSyncedFields(
      db,
      spec.name,
      carried.filter((name) => readable.has(name)),
    );
  })();
  return hidden;
}
