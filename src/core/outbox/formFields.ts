import type Database from 'better-sqlite3';
import { formFieldNames, type EditableObject, type FieldMeta } from '../../shared/editing';
import { IpcError } from '../../shared/ipc/result';
import { cachedDescribe } from '../schema/fieldList';

/**
 * The form's fields as this org describes them to this user (fields it hides are left out),
 * from the cached describe, so forms work offline.
 */
export function formFields(db: Database.Database, object: EditableObject): FieldMeta[] {
  const described = cachedDescribe(db, object);
  if (!described)
    throw new IpcError(
      'NOT_ALLOWED',
      `Sync once before editing: Roadbook has not seen this org's ${object} fields yet.`,
    );
  const byName = new Map(described.map((f) => [f.name, f]));
  return formFieldNames[object].flatMap((name) => {
    const f = byName.get(name);
    if (!f) return [];
    return [
      {
        name: f.name,
        label: f.label,
        type: f.type,
        length: f.length,
        required: !f.nillable && !f.defaultedOnCreate && f.type !== 'boolean',
        createable: f.createable,
        updateable: f.updateable,
        picklist: f.picklist,
      },
    ];
  });
}
