import type Database from 'better-sqlite3';
import { cacheProblem } from './cacheProblems';
import { createRollupSql } from './opportunityRollup';
import { searchTokenizer } from './searchTerms';
import { objectSpecs, specFor, type ObjectSpec } from '../schema/objectSpecs';

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

/**
 * Forward-only: migration N takes a database at user_version N-1 to N. Never edit a shipped one;
 * version 1 builds from objectSpecs, so a new column or index there belongs in a new migration.
 */
export const migrations: Array<(db: Database.Database) => void> = [
  (db) =>
    db.exec(`
${objectSpecs
  .filter((spec) => !spec.addedInMigration)
  .map(objectTable)
  .join('\n')}
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
  // Every column the Leads and Accounts tables sort on, case-insensitive where reps expect it;
  // the tables break ties by rowid, which every index ends with.
  (db) =>
    db.exec(`
DROP INDEX sf_lead_name;
DROP INDEX sf_account_name;
CREATE INDEX sf_lead_name_ci ON sf_lead (name COLLATE NOCASE);
CREATE INDEX sf_lead_company_ci ON sf_lead (company COLLATE NOCASE);
CREATE INDEX sf_lead_title_ci ON sf_lead (json_extract(json, '$.Title') COLLATE NOCASE);
CREATE INDEX sf_lead_email_ci ON sf_lead (json_extract(json, '$.Email') COLLATE NOCASE);
CREATE INDEX sf_lead_phone ON sf_lead (json_extract(json, '$.Phone'));
CREATE INDEX sf_lead_city_ci ON sf_lead (json_extract(json, '$.City') COLLATE NOCASE);
CREATE INDEX sf_lead_status_sort ON sf_lead (status);
CREATE INDEX sf_lead_rating ON sf_lead (rating);
CREATE INDEX sf_lead_lead_source ON sf_lead (lead_source);
CREATE INDEX sf_account_name_ci ON sf_account (name COLLATE NOCASE);
CREATE INDEX sf_account_type ON sf_account (type);
CREATE INDEX sf_account_city_ci ON sf_account (billing_city COLLATE NOCASE);
CREATE INDEX sf_account_phone ON sf_account (json_extract(json, '$.Phone'));
CREATE INDEX sf_account_revenue ON sf_account (annual_revenue);
CREATE INDEX sf_contact_account_name ON sf_contact (account_id, name COLLATE NOCASE);
CREATE INDEX sf_opportunity_board ON sf_opportunity
  (is_closed, stage_name, owner_id, close_date, amount, probability);`),
  // Offline edits: the rep's tasks (log a call), when an outbox op went out (so a crashed create
  // can be found on the server instead of sent twice), and describe with what forms validate.
  (db) =>
    db.exec(`
${objectTable(specFor('Task'))}
ALTER TABLE outbox ADD COLUMN inflight_at TEXT;
CREATE INDEX outbox_status ON outbox (status, op_id);
DELETE FROM describe_cache;`),
  // The reach each object was synced with ("all", "mine", with a cap), so a change in Settings
  // reloads that object. Caches before this were synced with "all".
  (db) =>
    db.exec(`
ALTER TABLE sync_state ADD COLUMN scope TEXT;
UPDATE sync_state SET scope = 'all' WHERE cursor IS NOT NULL OR bulk_job_id IS NOT NULL;`),
  // "My leads" with a status filter: without it SQLite read a third of a 300k-lead table through
  // the status index and sorted it (200 ms); with it, the rep's few thousand (7 ms).
  (db) => db.exec('CREATE INDEX sf_lead_owner_status ON sf_lead (owner_id, status);'),
  // The board over every deal reads its sums from opportunity_rollup: at 200k opportunities a
  // ~3 ms read where a walk of the table's index took ~40 ms. The rep's own board reads the
  // table through (owner, open, stage, close date).
  (db) =>
    db.exec(`
DROP INDEX sf_opportunity_board;
DROP INDEX sf_opportunity_owner_id_is_closed_close_date;
CREATE INDEX sf_opportunity_owner_stage ON sf_opportunity (owner_id, is_closed, stage_name, close_date);
${createRollupSql}`),
  // The search index keeps neither positions nor a copy of the text: search only ever asks which
  // rows hold every typed prefix, and reads the hits from their tables. A first load of 100k
  // records spent ~40 % less time on it, and it takes half the disk.
  (db) =>
    db.exec(`
CREATE VIRTUAL TABLE search_index_v7 USING fts5(
  title, subtitle, emails, phones,
  tokenize = '${searchTokenizer}', prefix = '2 3', detail = none,
  content = '', contentless_delete = 1
);
INSERT INTO search_index_v7 (rowid, title, subtitle, emails, phones)
  SELECT rowid, title, subtitle, emails, phones FROM search_index;
DROP TABLE search_index;
ALTER TABLE search_index_v7 RENAME TO search_index;`),
  // Every value an update sent, field by field: a 412 showing one of them is the rep's own
  // earlier write whose answer was lost, not a change someone else made. The rows with local
  // changes, found without a scan: a push lays Salesforce's version under any left without an op.
  (db) =>
    db.exec(`
ALTER TABLE outbox ADD COLUMN sent_fields TEXT;
${['sf_account', 'sf_contact', 'sf_opportunity', 'sf_lead', 'sf_task']
  .map((t) => `CREATE INDEX ${t}_local ON ${t} (local_state) WHERE local_state != 'clean';`)
  .join('\n')}`),
];

export const schemaVersion = migrations.length;

/** A cache a newer Roadbook wrote is left as it is: this one cannot know what it holds. */
export function checkVersion(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > schemaVersion) throw cacheProblem('CACHE_NEWER');
}

/** Brings the database to the current schema, each step in its own transaction. */
export function migrate(db: Database.Database): void {
  checkVersion(db);
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < schemaVersion; version++) {
    db.transaction(() => {
      migrations[version]!(db);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
