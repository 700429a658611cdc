import type Database from 'better-sqlite3';
import type { FieldValue } from '../../shared/editing';
import type { ChangeLine, ConflictWho } from '../../shared/ipc/edits';
import { cachedDescribe } from '../schema/fieldList';
import { specFor } from '../schema/objectSpecs';

/** The objects a lookup can point at that this cache holds, with a name the rep knows. */
const namedObjects = ['Lead', 'Contact', 'Account', 'Opportunity', 'User'];

/**
 * The name of the record an id points at, or null when no table here holds it. A Task's WhoId
 * can be a lead or a contact and its WhatId an account or a deal, so every table is asked;
 * each lookup is one primary-key probe.
 */
function recordNameOf(db: Database.Database, id: string): string | null {
  for (const object of namedObjects) {
    const row = db
      .prepare(
        `SELECT json_extract(json, '$.Name') AS name FROM ${specFor(object).table} WHERE id = ?`,
      )
      .get(id) as { name: string | null } | undefined;
    if (row) return row.name ?? null;
  }
  return null;
}

const value = (v: unknown): FieldValue => (v === undefined ? null : (v as FieldValue));

export type FieldInfo = (field: string) => { label: string; type: string };

/** Labels and types from the org's describe; a field it does not know keeps its own name. */
export function fieldInfo(db: Database.Database, object: string): FieldInfo {
  const described = new Map((cachedDescribe(db, object) ?? []).map((f) => [f.name, f]));
  return (field) => {
    const f = described.get(field);
    if (!f) return { label: field, type: 'string' };
    // Describe calls a lookup "Name ID" or "Related To ID"; the record page says "Name".
    return { label: f.type === 'reference' ? f.label.replace(/ ID$/, '') : f.label, type: f.type };
  };
}

/** A lookup's value with the name of the record it points at (null: not on this computer). */
export function withName(db: Database.Database, type: string, v: FieldValue) {
  return type === 'reference' && typeof v === 'string'
    ? { value: v, name: recordNameOf(db, v) }
    : { value: v };
}

/** Each changed field in the rep's words: its label, and the value before and after the edit. */
export function changeLines(
  db: Database.Database,
  info: FieldInfo,
  before: Record<string, unknown> | null,
  fields: Record<string, FieldValue>,
): ChangeLine[] {
  return Object.entries(fields).map(([field, after]) => {
    const { label, type } = info(field);
    return {
      field,
      label,
      type,
      before: before ? withName(db, type, value(before[field])) : null,
      after: withName(db, type, after),
    };
  });
}

/** Who last changed the record in Salesforce, and when, as the push that met it saw. */
export function changedBy(
  db: Database.Database,
  server: { theirs?: Record<string, unknown>; changedById?: string },
): ConflictWho {
  const at = server.theirs?.['LastModifiedDate'];
  return {
    by: server.changedById ? recordNameOf(db, server.changedById) : null,
    at: typeof at === 'string' ? at : null,
  };
}
