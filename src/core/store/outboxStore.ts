import type Database from 'better-sqlite3';
import type { FieldValue } from '../../shared/editing';

export type OpStatus = 'pending' | 'inflight' | 'failed' | 'conflict';
export type OutboxOp = {
  op_id: number;
  object: string;
  record_id: string;
  op: 'create' | 'update' | 'delete';
  fields: string;
  base_lmd: string | null;
  created_at: string;
  status: OpStatus;
  attempts: number;
  next_attempt_at: string | null;
  last_error: string | null;
  inflight_at: string | null;
  /** JSON: every value sent for each field, by any try of this op (see `recordSent`). */
  sent_fields: string | null;
};
export type SentValues = Record<string, unknown[]>;

export const opFields = (op: OutboxOp) => JSON.parse(op.fields) as Record<string, FieldValue>;
/** Several ops on one record, as one set of values (later ops win). */
export const mergedFields = (ops: OutboxOp[]): Record<string, FieldValue> =>
  Object.assign({}, ...ops.map(opFields)) as Record<string, FieldValue>;

/** Every value these ops have sent for each field. */
export function sentValues(ops: OutboxOp[]): SentValues {
  const sent: SentValues = {};
  for (const op of ops)
    for (const [field, values] of Object.entries(JSON.parse(op.sent_fields ?? '{}') as SentValues))
      (sent[field] ??= []).push(...values);
  return sent;
}

/** The outbox table: what is waiting for Salesforce. Callers hold the transaction. */
export function outboxStore(db: Database.Database) {
  return {
    get: (opId: number) =>
      db.prepare('SELECT * FROM outbox WHERE op_id = ?').get(opId) as OutboxOp | undefined,
    forRecord: (object: string, id: string) =>
      db
        .prepare('SELECT * FROM outbox WHERE object = ? AND record_id = ? ORDER BY op_id')
        .all(object, id) as OutboxOp[],
    all: () => db.prepare('SELECT * FROM outbox ORDER BY op_id').all() as OutboxOp[],
    /** Ops whose turn has come: never sent, or sent by a run that did not hear back. */
    due: (now: string) =>
      db
        .prepare(
          `SELECT * FROM outbox WHERE status IN ('pending', 'inflight')
             AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY op_id`,
        )
        .all(now) as OutboxOp[],
    add(
      op: Pick<OutboxOp, 'object' | 'record_id' | 'op' | 'base_lmd'>,
      fields: object,
      now: string,
    ) {
      return Number(
        db
          .prepare(
            `INSERT INTO outbox (object, record_id, op, fields, base_lmd, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
          )
          .run(op.object, op.record_id, op.op, JSON.stringify(fields), op.base_lmd, now)
          .lastInsertRowid,
      );
    },
    setFields: (opId: number, fields: object) =>
      db.prepare('UPDATE outbox SET fields = ? WHERE op_id = ?').run(JSON.stringify(fields), opId),
    setStatus: (opId: number, status: OpStatus, error: string | null = null) =>
      db
        .prepare(
          'UPDATE outbox SET status = ?, last_error = ?, next_attempt_at = NULL WHERE op_id = ?',
        )
        .run(status, error, opId),
    retry: (opId: number) =>
      db
        .prepare(
          `UPDATE outbox SET status = 'pending', last_error = NULL, next_attempt_at = NULL, attempts = 0 WHERE op_id = ?`,
        )
        .run(opId),
    markInflight: (opIds: number[], at: string) => {
      const mark = db.prepare(
        `UPDATE outbox SET status = 'inflight', inflight_at = ? WHERE op_id = ?`,
      );
      for (const id of opIds) mark.run(at, id);
    },
    /** These values are going out for this op: remembered until the op leaves the outbox. */
    recordSent(opId: number, values: Record<string, unknown>) {
      const row = db.prepare('SELECT sent_fields FROM outbox WHERE op_id = ?').get(opId) as
        { sent_fields: string | null } | undefined;
      const sent = JSON.parse(row?.sent_fields ?? '{}') as SentValues;
      for (const [field, value] of Object.entries(values)) {
        const known = (sent[field] ??= []);
        if (!known.includes(value)) known.push(value);
      }
      db.prepare('UPDATE outbox SET sent_fields = ? WHERE op_id = ?').run(
        JSON.stringify(sent),
        opId,
      );
    },
    /** Try again later: attempts count up, the wait doubles (10 s … 30 min) with some jitter. */
    backOff(opId: number, status: 'pending' | 'inflight', error: string, now: number) {
      const op = db.prepare('SELECT attempts FROM outbox WHERE op_id = ?').get(opId) as
        { attempts: number } | undefined;
      const attempts = (op?.attempts ?? 0) + 1;
      const wait =
        Math.min(30 * 60_000, 10_000 * 2 ** (attempts - 1)) * (0.8 + Math.random() * 0.4);
      db.prepare(
        'UPDATE outbox SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ? WHERE op_id = ?',
      ).run(status, attempts, new Date(now + wait).toISOString(), error, opId);
    },
    endBackoff: () =>
      db
        .prepare(`UPDATE outbox SET next_attempt_at = NULL WHERE status IN ('pending', 'inflight')`)
        .run(),
    remove: (opId: number) => db.prepare('DELETE FROM outbox WHERE op_id = ?').run(opId),
    counts() {
      return db
        .prepare(
          `SELECT COUNT(*) AS waiting, TOTAL(status IN ('failed', 'conflict')) AS attention FROM outbox`,
        )
        .get() as { waiting: number; attention: number };
    },
  };
}
