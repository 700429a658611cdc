import type Database from 'better-sqlite3';
import { objectSpecs, type ObjectSpec } from '../sync/objectSpecs';

function objectTable(spec: ObjectSpec): string {
  const typed = spec.columns.map((c) => `  ${c.column} ${c.type}`).join(',\n');
  const indexes = spec.indexes
    .map(
      (cols) =>
        `CREATE INDEX ${spec.table}_${cols.join('_')} ON ${spec.table} (${cols.join(', ')});`,
    )
    .join('\n');
  return `
CREATE TABLE ${spec.table} (
  id TEXT PRIMARY KEY,
  system_modstamp TEXT NOT NULL,
  last_modified_date TEXT,
  json TEXT NOT NULL,
${typed},
  local_state TEXT NOT NULL DEFAULT 'clean',
  base_json TEXT,
  base_lmd TEXT,
  server_json TEXT,
  dirty_fields TEXT,
  last_error TEXT,
  conflict TEXT,
  seen_gen INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ${spec.table}_system_modstamp ON ${spec.table} (system_modstamp, id);
${indexes}`;
}

/** Forward-only: migration N takes a database at user_version N-1 to N. Never edit a shipped one. */
export const migrations: Array<(db: Database.Database) => void> = [
  (db) =>
    db.exec(`
${objectSpecs.map(objectTable).join('\n')}
CREATE TABLE sync_state (
  object TEXT PRIMARY KEY,
  cursor TEXT,
  bulk_job_id TEXT,
  bulk_locator TEXT,
  bulk_upper TEXT,
  last_full_reconcile TEXT,
  last_success TEXT,
  last_error TEXT,
  records INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sync_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE describe_cache (object TEXT PRIMARY KEY, fetched_at INTEGER NOT NULL, fields TEXT NOT NULL);
CREATE TABLE outbox (
  op_id INTEGER PRIMARY KEY,
  object TEXT NOT NULL,
  record_id TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
  fields TEXT NOT NULL,
  base_lmd TEXT,
  created_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending',
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT,
  last_error TEXT
);
CREATE INDEX outbox_record ON outbox (object, record_id);
CREATE VIRTUAL TABLE search_index USING fts5(
  object UNINDEXED, record_id UNINDEXED, title, subtitle, emails, phones,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);`),
];

export const schemaVersion = migrations.length;

/** Brings the database to the current schema, each step in its own transaction. */
export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > schemaVersion) {
    throw new Error(
      `This cache was written by a newer Roadbook (schema ${current}, this one knows ${schemaVersion}). Update Roadbook to open it.`,
    );
  }
  for (let version = current; version < schemaVersion; version++) {
    db.transaction(() => {
      migrations[version]!(db);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
