import type Database from 'better-sqlite3';
import type { ServerRecord } from '../salesforce/serverRecord';
import type { ObjectSpec } from '../schema/objectSpecs';
import { searchStatements } from './searchIndex';

type Existing = {
  rowid: number;
  local_state: string;
  system_modstamp: string;
  json: string;
  [column: string]: unknown;
};

/**
 * The record as cached, without what only the transfer carries (REST's `attributes`, the deleted
 * flag). A record carrying neither is stored as it is: copying it cost as much as its JSON.
 */
const storedFields = (record: ServerRecord): Record<string, unknown> => {
  if (!('IsDeleted' in record) && !('attributes' in record)) return record;
  const { IsDeleted, attributes, ...fields } = record;
  return fields;
};

const columnValue = (value: unknown) =>
  typeof value === 'boolean' ? (value ? 1 : 0) : value === undefined || value === '' ? null : value;

/**
 * Applies server rows to one object's table. Idempotent: a row not newer than the cached one is
 * only marked seen. A row with local edits is never overwritten; the server version is kept as
 * "theirs" for the conflict check. IsDeleted rows leave the cache (or become a conflict when
 * edited here). `searchFilledLater`: a first load whose search entries are written when it ends
 * (deferIndexes with searchFillFor's statement).
 */
export function recordWriter(db: Database.Database, spec: ObjectSpec, searchFilledLater = false) {
  const t = spec.table;
  const columns = spec.columns.map((c) => c.column);
  const find = db.prepare(
    `SELECT rowid, local_state, system_modstamp, json, ${columns.join(', ')} FROM ${t} WHERE id = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO ${t} (id, system_modstamp, last_modified_date, json, ${columns.join(', ')}, seen_gen)
     VALUES (?, ?, ?, ?, ${columns.map(() => '?').join(', ')}, ?) ON CONFLICT (id) DO NOTHING`,
  );
  /**
   * An update sets only the typed columns whose value changed: SQLite rewrites a row's entry in
   * every index on a column the statement sets, changed or not, and at 1M records a changed row's
   * entries are each on a page of their own, every one of them written at commit.
   */
  const updates = new Map<string, Database.Statement>();
  const updateOf = (changed: number[]) => {
    const key = changed.join(',');
    let statement = updates.get(key);
    if (!statement) {
      const set = changed.map((i) => `${columns[i]} = ?, `).join('');
      statement = db.prepare(
        `UPDATE ${t} SET system_modstamp = ?, last_modified_date = ?, json = ?, ${set}seen_gen = ? WHERE rowid = ?`,
      );
      updates.set(key, statement);
    }
    return statement;
  };
  const markSeen = db.prepare(`UPDATE ${t} SET seen_gen = ? WHERE rowid = ?`);
  const keepTheirs = db.prepare(`UPDATE ${t} SET server_json = ?, seen_gen = ? WHERE rowid = ?`);
  const remove = db.prepare(`DELETE FROM ${t} WHERE rowid = ?`);
  const deletedOnServer = db.prepare(
    `UPDATE ${t} SET conflict = ?, server_json = NULL WHERE rowid = ?`,
  );
  const search = searchStatements(db, searchFilledLater);
  const typedValues = (record: Record<string, unknown>) =>
    spec.columns.map((c) => columnValue(record[c.field]));
  /** Rows this writer added less those it removed, so a caller can keep a count without a scan. */
  let added = 0;

  /** Adds the record if no row has its Id; false when one does. */
  function insertNew(record: ServerRecord, generation: number): boolean {
    const fields = storedFields(record);
    const info = insert.run(
      record.Id,
      record.SystemModstamp,
      record['LastModifiedDate'] ?? null,
      JSON.stringify(fields),
      ...typedValues(record),
      generation,
    );
    if (info.changes === 0) return false;
    added++;
    search.put(spec, info.lastInsertRowid, fields, true);
    return true;
  }

  /**
   * A first load's record is almost never cached yet, so the insert is tried before the lookup;
   * a row already there (a resumed page, a repeat, an edit made meanwhile) goes through `apply`.
   */
  function load(record: ServerRecord, generation: number): void {
    if (record['IsDeleted'] === true || !insertNew(record, generation)) apply(record, generation);
  }

  function apply(record: ServerRecord, generation: number): void {
    const existing = find.get(record.Id) as Existing | undefined;
    if (record['IsDeleted'] === true) {
      if (!existing) return;
      if (existing.local_state === 'clean') {
        removeRow(existing.rowid);
      } else {
        deletedOnServer.run(
          JSON.stringify({ kind: 'deleted', at: record.SystemModstamp }),
          existing.rowid,
        );
      }
      return;
    }
    if (!existing) {
      insertNew(record, generation);
      return;
    }
    const fields = storedFields(record);
    const json = JSON.stringify(fields);
    if (existing.local_state !== 'clean') {
      keepTheirs.run(json, generation, existing.rowid);
      return;
    }
    // Salesforce stamps whole seconds: a change in the second the cache already holds keeps the
    // stamp, so an equal stamp is stale only when the record reads the same.
    if (
      record.SystemModstamp < existing.system_modstamp ||
      (record.SystemModstamp === existing.system_modstamp && json === existing.json)
    ) {
      markSeen.run(generation, existing.rowid);
      return;
    }
    const values = typedValues(record);
    const changed = values.flatMap((value, i) => (value === existing[columns[i]!] ? [] : [i]));
    updateOf(changed).run(
      record.SystemModstamp,
      record['LastModifiedDate'] ?? null,
      json,
      ...changed.map((i) => values[i]),
      generation,
      existing.rowid,
    );
    search.change(
      spec,
      existing.rowid,
      JSON.parse(existing.json) as Record<string, unknown>,
      fields,
    );
  }

  /** Removes clean rows the last full pass did not see: deleted long ago, or no longer visible. */
  function sweep(generation: number): number {
    const ghosts = db
      .prepare(`SELECT rowid FROM ${t} WHERE seen_gen < ? AND local_state = 'clean'`)
      .all(generation) as Array<{ rowid: number }>;
    for (const ghost of ghosts) removeRow(ghost.rowid);
    return ghosts.length;
  }

  /** Keeps the `cap` most recently changed clean rows; the rest leave the cache. */
  function trim(cap: number): number {
    const extra = db
      .prepare(
        `SELECT rowid FROM ${t} WHERE local_state = 'clean' ORDER BY system_modstamp DESC, id DESC LIMIT -1 OFFSET ?`,
      )
      .pluck()
      .all(cap) as number[];
    for (const rowid of extra) removeRow(rowid);
    return extra.length;
  }

  const writeFields = db.prepare(
    `UPDATE ${t} SET json = ?, ${columns.map((c) => `${c} = ?`).join(', ')} WHERE rowid = ?`,
  );
  const insertLocal = db.prepare(
    `INSERT INTO ${t} (id, system_modstamp, json, ${columns.join(', ')}, local_state, dirty_fields)
     VALUES (?, '', ?, ${columns.map(() => '?').join(', ')}, 'created', ?)`,
  );

  /** The record as the rep sees it now (local edits applied): JSON, sort columns and search. */
  function putFields(rowid: number, record: Record<string, unknown> & { Id: string }): void {
    writeFields.run(JSON.stringify(record), ...typedValues(record), rowid);
    search.put(spec, rowid, record);
  }

  /** A record created here, not yet in Salesforce. */
  function createLocal(record: Record<string, unknown> & { Id: string }, dirty: string[]): void {
    const info = insertLocal.run(
      record.Id,
      JSON.stringify(record),
      ...typedValues(record),
      JSON.stringify(dirty),
    );
    added++;
    search.put(spec, info.lastInsertRowid, record, true);
  }

  function removeRow(rowid: number): void {
    search.remove(spec, rowid);
    added -= remove.run(rowid).changes;
  }

  const count = db.prepare(`SELECT COUNT(*) AS n FROM ${t}`);
  return {
    apply,
    load,
    sweep,
    trim,
    putFields,
    createLocal,
    removeRow,
    count: () => (count.get() as { n: number }).n,
    added: () => added,
  };
}
