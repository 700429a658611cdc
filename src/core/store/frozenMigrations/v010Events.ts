/**
 * The rep's calendar: Events in a window around today, found by start time for "Today" and by
 * who and what for a record's timeline. The rows with local changes, found without a scan.
 * Shipped, so frozen: a change is a new migration.
 */
export const v010Events = `
CREATE TABLE sf_event (
  id TEXT PRIMARY KEY,
  system_modstamp TEXT NOT NULL,
  last_modified_date TEXT,
  json TEXT NOT NULL,
  subject TEXT,
  start_date_time TEXT,
  end_date_time TEXT,
  is_all_day_event INTEGER,
  who_id TEXT,
  what_id TEXT,
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
CREATE INDEX sf_event_system_modstamp ON sf_event (system_modstamp, id);
CREATE INDEX sf_event_who_id ON sf_event (who_id);
CREATE INDEX sf_event_what_id ON sf_event (what_id);
CREATE INDEX sf_event_owner_id_start_date_time ON sf_event (owner_id, start_date_time);
CREATE INDEX sf_event_local ON sf_event (local_state) WHERE local_state != 'clean';`;
