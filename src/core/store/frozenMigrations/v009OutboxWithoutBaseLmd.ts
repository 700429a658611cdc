/**
 * The outbox as its code uses it: no `base_lmd` (written with every op, never read: a push takes
 * the base version from the record's own row) and no 'delete' op (never produced). SQLite cannot
 * change a CHECK in place, so the table is rebuilt (its documented way, safe in the migration's
 * transaction: nothing refers to the outbox); op ids, and so the order of ops, are kept.
 * Shipped, so frozen: a change is a new migration.
 */
export const v009OutboxWithoutBaseLmd = `
CREATE TABLE outbox_v9 (
  op_id INTEGER PRIMARY KEY,
  object TEXT NOT NULL,
  record_id TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('create', 'update')),
  fields TEXT NOT NULL,
  created_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending',
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT,
  last_error TEXT,
  inflight_at TEXT,
  sent_fields TEXT
);
INSERT INTO outbox_v9 (op_id, object, record_id, op, fields, created_at, status, attempts,
    next_attempt_at, last_error, inflight_at, sent_fields)
  SELECT op_id, object, record_id, op, fields, created_at, status, attempts,
    next_attempt_at, last_error, inflight_at, sent_fields
  FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v9 RENAME TO outbox;
CREATE INDEX outbox_record ON outbox (object, record_id);
CREATE INDEX outbox_status ON outbox (status, op_id);`;
