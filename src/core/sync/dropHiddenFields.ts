import type Database from 'better-sqlite3';
import type { FieldInfo } from '../schema/fieldList';
import type { ObjectSpec } from '../schema/objectSpecs';
import { setSyncedFields, syncedFields } from '../store/syncedFields';

/**
 * Fields the cached rows carry that the rep may no longer read (an admin hid them with
 * field-level security, or deleted them): removed from every row (the rep's and Salesforce's
 * versions kept for a conflict too) and their typed columns emptied, so panels, tables and
 * exports stop showing values the org now keeps from the rep. One transaction; the list of
 * synced fields moves with it. Returns the fields removed.
 */
export function dropHiddenFields(
  db: Database.Database,
  spec: ObjectSpec,
  fields: FieldInfo[],
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
  db.transaction(() => {
    db.prepare(
      `UPDATE ${spec.table} SET json = json_remove(json, ${paths}),
         base_json = json_remove(base_json, ${paths}),
         server_json = json_remove(server_json, ${paths})${columns}`,
    ).run(...[1, 2, 3].flatMap(() => hidden.map((name) => `$.${name}`)));
    setSyncedFields(
      db,
      spec.name,
      carried.filter((name) => readable.has(name)),
    );
  })();
  return hidden;
}
