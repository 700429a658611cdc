import type Database from 'better-sqlite3';
import type { ServerRecord } from '../salesforce/serverRecord';
import { recordWriter } from '../store/recordWriter';
import { specFor } from '../schema/objectSpecs';
import { derivedFields } from './derivedFields';

export type LocalRow = {
  rowid: number;
  id: string;
  json: string;
  local_state: 'clean' | 'created' | 'updated';
  last_modified_date: string | null;
  base_json: string | null;
  base_lmd: string | null;
  server_json: string | null;
  dirty_fields: string | null;
  conflict: string | null;
};
type Values = Record<string, unknown>;

const built = new WeakMap<Database.Database, Map<string, LocalRecords>>();

/**
 * One object's cached rows seen as records with local changes. Callers hold the transaction.
 * Built once per database and object: a push touches it for every record it sends.
 */
export function localRecords(db: Database.Database, object: string): LocalRecords {
  let byObject = built.get(db);
  if (!byObject) built.set(db, (byObject = new Map()));
  let records = byObject.get(object);
  if (!records) byObject.set(object, (records = buildLocalRecords(db, object)));
  return records;
}

export type LocalRecords = ReturnType<typeof buildLocalRecords>;

function buildLocalRecords(db: Database.Database, object: string) {
  const spec = specFor(object);
  const t = spec.table;
  const writer = recordWriter(db, spec);
  const read = db.prepare(
    `SELECT rowid, id, json, local_state, last_modified_date, base_json, base_lmd, server_json, dirty_fields, conflict FROM ${t} WHERE id = ?`,
  );

  /** The record with these values on top, and what Salesforce would compute from them. */
  function show(rowid: number, record: Values & { Id: string }, changed: Values) {
    const next = { ...record, ...changed };
    writer.putFields(rowid, { ...next, ...derivedFields(db, object, next, changed) });
  }

  return {
    spec,
    writer,
    get: (id: string) => read.get(id) as LocalRow | undefined,
    show,
    /** First local edit of a clean row: remember the server version it started from. */
    markEdited(row: LocalRow, fields: string[]) {
      const dirty = [
        ...new Set([...(JSON.parse(row.dirty_fields ?? '[]') as string[]), ...fields]),
      ];
      db.prepare(
        `UPDATE ${t} SET local_state = CASE local_state WHEN 'created' THEN 'created' ELSE 'updated' END,
           base_json = COALESCE(base_json, json), base_lmd = COALESCE(base_lmd, last_modified_date),
           dirty_fields = ?, last_error = NULL WHERE rowid = ?`,
      ).run(JSON.stringify(dirty), row.rowid);
    },
    /**
     * Salesforce's version becomes the base; changes still waiting are laid on top of it. With
     * none waiting, the row is clean again and exactly the server's record.
     */
    rebase(row: LocalRow, theirs: ServerRecord, waiting: Values) {
      const fields = Object.keys(waiting);
      db.prepare(
        `UPDATE ${t} SET system_modstamp = ?, last_modified_date = ?, server_json = NULL, conflict = NULL,
           last_error = NULL, local_state = ?, base_json = ?, base_lmd = ?, dirty_fields = ? WHERE rowid = ?`,
      ).run(
        theirs.SystemModstamp,
        theirs['LastModifiedDate'] ?? null,
        fields.length ? 'updated' : 'clean',
        fields.length ? JSON.stringify(theirs) : null,
        fields.length ? (theirs['LastModifiedDate'] ?? null) : null,
        fields.length ? JSON.stringify(fields) : null,
        row.rowid,
      );
      show(row.rowid, theirs, waiting);
    },
    /**
     * Some fields show `values` again and those in `settled` are no longer changed here (a change
     * that set them was thrown away); the rep's other changes stay as they are.
     */
    revertFields(row: LocalRow, values: Values, settled: string[]) {
      const dirty = (JSON.parse(row.dirty_fields ?? '[]') as string[]).filter(
        (field) => !settled.includes(field),
      );
      db.prepare(`UPDATE ${t} SET dirty_fields = ? WHERE rowid = ?`).run(
        JSON.stringify(dirty),
        row.rowid,
      );
      show(row.rowid, JSON.parse(row.json) as Values & { Id: string }, values);
    },
    /** Back to the newest server version this cache has: the rep threw the change away. */
    restore(row: LocalRow) {
      const theirs = JSON.parse(row.server_json ?? row.base_json ?? row.json) as ServerRecord;
      db.prepare(
        `UPDATE ${t} SET local_state = 'clean', base_json = NULL, base_lmd = NULL, server_json = NULL,
           dirty_fields = NULL, last_error = NULL, conflict = NULL,
           system_modstamp = COALESCE(?, system_modstamp), last_modified_date = COALESCE(?, last_modified_date)
         WHERE rowid = ?`,
      ).run(theirs.SystemModstamp ?? null, theirs['LastModifiedDate'] ?? null, row.rowid);
      writer.putFields(row.rowid, theirs);
    },
    setError: (rowid: number, error: string | null) =>
      db.prepare(`UPDATE ${t} SET last_error = ? WHERE rowid = ?`).run(error, rowid),
    setConflict: (rowid: number, conflict: object | null) =>
      db
        .prepare(`UPDATE ${t} SET conflict = ? WHERE rowid = ?`)
        .run(conflict ? JSON.stringify(conflict) : null, rowid),
  };
}
