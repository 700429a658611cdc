import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { frozenMigrations, migrate, schemaVersion } from '../../../../src/core/store/migrations';

// What each shipped migration's SQL hashed to when it shipped: caches made by it exist, so an
// edit to it changes nothing for them. A new migration adds its line here.
const shipped = [
  [1, 'b1b34f4f1e9d7a81'],
  [2, '92ac161098e6477b'],
  [3, '789b7f4a5da608e4'],
  [4, '7c161bad4d7bf45e'],
  [5, 'b20bfa0fbfa81481'],
  [6, '7fc944d416b42ce2'],
  [7, 'fd9be6cb834efa89'],
  [8, 'a272b39fcecfd260'],
  [9, '4d90e280065c93c8'],
  [10, 'e076309af8eba4a7'],
  [11, '39d5a4632a66402f'],
  [12, '8565679a5e15a3e3'],
  [13, '3dae85f2e45b6f5c'],
  [14, 'ac2adf55fe8a0bcf'],
] as const;

const hashOf = (sql: string) => createHash('sha256').update(sql).digest('hex').slice(0, 16);

/** A cache as the given version of Roadbook left it, from the SQL that version shipped. */
function cacheAt(version: number): Database.Database {
  const db = new Database(':memory:');
  frozenMigrations.slice(0, version).forEach((sql, i) => {
    db.exec(sql);
    db.pragma(`user_version = ${i + 1}`);
  });
  return db;
}

/** Tables, indexes and triggers with their SQL, spaces folded: what decides how a cache behaves. */
const schemaOf = (db: Database.Database) =>
  (
    db
      .prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name')
      .all() as Array<{ type: string; name: string; tbl_name: string; sql: string | null }>
  ).map((row) => ({ ...row, sql: row.sql?.replace(/\s+/g, ' ').trim() ?? null }));

const lead = { id: '00Q000000000001AAA', name: 'Ada', json: '{"Name":"Ada Lovelace"}' };
const task = { id: '00T000000000001AAA', subject: 'Call Ada', json: '{"Subject":"Call Ada"}' };
const op = {
  op_id: 7,
  object: 'Lead',
  record_id: lead.id,
  op: 'update',
  fields: '{"Status":"Working"}',
  created_at: '2026-01-02T00:00:00.000Z',
  status: 'pending',
  attempts: 1,
};

/** A few rows in every table a version had, named by the columns it had then. */
function putRows(db: Database.Database, version: number) {
  db.prepare(
    `INSERT INTO sf_lead (id, system_modstamp, json, name) VALUES (?, '2026-01-01T00:00:00.000+0000', ?, ?)`,
  ).run(lead.id, lead.json, lead.name);
  db.prepare(
    `INSERT INTO outbox (op_id, object, record_id, op, fields, created_at, status, attempts)
     VALUES (@op_id, @object, @record_id, @op, @fields, @created_at, @status, @attempts)`,
  ).run(op);
  if (version < 9) db.prepare(`UPDATE outbox SET base_lmd = '2026-01-01T00:00:00.000+0000'`).run();
  db.prepare(`INSERT INTO sync_state (object, cursor) VALUES ('Lead', 'c')`).run();
  if (version >= 3)
    db.prepare(
      `INSERT INTO sf_task (id, system_modstamp, json, subject) VALUES (?, '2026-01-01T00:00:00.000+0000', ?, ?)`,
    ).run(task.id, task.json, task.subject);
}

describe('frozen migrations', () => {
  it('ships every migration it lists, and no other', () =>
    expect(frozenMigrations.map((_, i) => i + 1)).toEqual(shipped.map(([version]) => version)));

  it.each(shipped)('keeps migration %i as it shipped', (version, hash) =>
    expect(hashOf(frozenMigrations[version - 1]!)).toBe(hash),
  );

  it.each(Array.from({ length: schemaVersion }, (_, v) => v))(
    'brings a cache made at version %i to the schema a new cache has, rows and all',
    (version) => {
      const fresh = cacheAt(0);
      migrate(fresh);
      const db = cacheAt(version);
      if (version > 0) putRows(db, version);
      migrate(db);
      expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion);
      expect(schemaOf(db)).toEqual(schemaOf(fresh));
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      if (version > 0) {
        expect(db.prepare('SELECT id, name, json FROM sf_lead').all()).toEqual([lead]);
        expect(
          db
            .prepare(
              'SELECT op_id, object, record_id, op, fields, created_at, status, attempts FROM outbox',
            )
            .all(),
        ).toEqual([op]);
        expect(db.prepare('SELECT object, cursor FROM sync_state').all()).toEqual([
          { object: 'Lead', cursor: 'c' },
        ]);
      }
      if (version >= 3)
        expect(db.prepare('SELECT id, subject, json FROM sf_task').all()).toEqual([task]);
      fresh.close();
      db.close();
    },
  );

  it('keeps the outbox to what its code writes: no base version, no delete op', () => {
    const db = cacheAt(schemaVersion);
    const columns = (db.pragma('table_info(outbox)') as Array<{ name: string }>).map((c) => c.name);
    expect(columns).not.toContain('base_lmd');
    expect(() =>
      db
        .prepare(
          `INSERT INTO outbox (object, record_id, op, fields, created_at) VALUES ('Lead', ?, 'delete', '{}', '')`,
        )
        .run(lead.id),
    ).toThrow(/CHECK constraint failed/);
    db.close();
  });
});
