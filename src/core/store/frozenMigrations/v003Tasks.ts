/**
 * Offline edits: the rep's tasks (log a call), when an outbox op went out (so a crashed create
 * can be found on the server instead of sent twice), and describe with what forms validate.
 * Shipped, so frozen: a change is a new migration.
 */
export const v003Tasks = `

CREATE TABLE sf_task (
  id TEXT PRIMARY KEY,
  system_modstamp TEXT NOT NULL,
  last_modified_date TEXT,
  json TEXT NOT NULL,
  subject TEXT,
  who_id TEXT,
  what_id TEXT,
  activity_date TEXT,
  is_closed INTEGER,
  owner_id TEXT,
  local_state TEXT NOT NULL DEFAULT 'clean',
  base_json TEXT,
  base_lmd TEXT,
  server_json TEXT,
  dirty_fields TEXT,
  last_error TEXT,
  conflict TEXT,
  seen_gen INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sf_task_system_modstamp ON sf_task (system_modstamp, id);
CREATE INDEX sf_task_who_id ON sf_task (who_id);
CREATE INDEX sf_task_what_id ON sf_task (what_id);
CREATE INDEX sf_task_owner_id_is_closed_activity_date ON sf_task (owner_id, is_closed, activity_date);
ALTER TABLE outbox ADD COLUMN inflight_at TEXT;
CREATE INDEX outbox_status ON outbox (status, op_id);
DELETE FROM describe_cache;`;
