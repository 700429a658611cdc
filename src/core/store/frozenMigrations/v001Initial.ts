/**
 * Version 1, the cache as Roadbook first shipped it: a table per object (User, OpportunityStage,
 * Account, Contact, Opportunity, Lead), sync state, describe cache, outbox and search index.
 * Shipped, so frozen: a change is a new migration.
 */
export const v001Initial = `

CREATE TABLE sf_user (
  id TEXT PRIMARY KEY,
  system_modstamp TEXT NOT NULL,
  last_modified_date TEXT,
  json TEXT NOT NULL,
  name TEXT,
  email TEXT,
  is_active INTEGER,
  local_state TEXT NOT NULL DEFAULT 'clean',
  base_json TEXT,
  base_lmd TEXT,
  server_json TEXT,
  dirty_fields TEXT,
  last_error TEXT,
  conflict TEXT,
  seen_gen INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sf_user_system_modstamp ON sf_user (system_modstamp, id);
CREATE INDEX sf_user_name ON sf_user (name);

CREATE TABLE sf_opportunity_stage (
  id TEXT PRIMARY KEY,
  system_modstamp TEXT NOT NULL,
  last_modified_date TEXT,
  json TEXT NOT NULL,
  master_label TEXT,
  sort_order REAL,
  is_active INTEGER,
  is_closed INTEGER,
  is_won INTEGER,
  default_probability REAL,
  local_state TEXT NOT NULL DEFAULT 'clean',
  base_json TEXT,
  base_lmd TEXT,
  server_json TEXT,
  dirty_fields TEXT,
  last_error TEXT,
  conflict TEXT,
  seen_gen INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sf_opportunity_stage_system_modstamp ON sf_opportunity_stage (system_modstamp, id);
CREATE INDEX sf_opportunity_stage_sort_order ON sf_opportunity_stage (sort_order);

CREATE TABLE sf_account (
  id TEXT PRIMARY KEY,
  system_modstamp TEXT NOT NULL,
  last_modified_date TEXT,
  json TEXT NOT NULL,
  name TEXT,
  industry TEXT,
  type TEXT,
  billing_city TEXT,
  owner_id TEXT,
  annual_revenue REAL,
  local_state TEXT NOT NULL DEFAULT 'clean',
  base_json TEXT,
  base_lmd TEXT,
  server_json TEXT,
  dirty_fields TEXT,
  last_error TEXT,
  conflict TEXT,
  seen_gen INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sf_account_system_modstamp ON sf_account (system_modstamp, id);
CREATE INDEX sf_account_name ON sf_account (name);
CREATE INDEX sf_account_owner_id_name ON sf_account (owner_id, name);
CREATE INDEX sf_account_industry ON sf_account (industry);

CREATE TABLE sf_contact (
  id TEXT PRIMARY KEY,
  system_modstamp TEXT NOT NULL,
  last_modified_date TEXT,
  json TEXT NOT NULL,
  name TEXT,
  account_id TEXT,
  email TEXT,
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
CREATE INDEX sf_contact_system_modstamp ON sf_contact (system_modstamp, id);
CREATE INDEX sf_contact_account_id ON sf_contact (account_id);
CREATE INDEX sf_contact_name ON sf_contact (name);
CREATE INDEX sf_contact_owner_id_name ON sf_contact (owner_id, name);

CREATE TABLE sf_opportunity (
  id TEXT PRIMARY KEY,
  system_modstamp TEXT NOT NULL,
  last_modified_date TEXT,
  json TEXT NOT NULL,
  name TEXT,
  account_id TEXT,
  stage_name TEXT,
  amount REAL,
  probability REAL,
  close_date TEXT,
  is_closed INTEGER,
  is_won INTEGER,
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
CREATE INDEX sf_opportunity_system_modstamp ON sf_opportunity (system_modstamp, id);
CREATE INDEX sf_opportunity_account_id ON sf_opportunity (account_id);
CREATE INDEX sf_opportunity_is_closed_stage_name_close_date ON sf_opportunity (is_closed, stage_name, close_date);
CREATE INDEX sf_opportunity_owner_id_is_closed_close_date ON sf_opportunity (owner_id, is_closed, close_date);
CREATE INDEX sf_opportunity_close_date ON sf_opportunity (close_date);

CREATE TABLE sf_lead (
  id TEXT PRIMARY KEY,
  system_modstamp TEXT NOT NULL,
  last_modified_date TEXT,
  json TEXT NOT NULL,
  name TEXT,
  company TEXT,
  status TEXT,
  rating TEXT,
  lead_source TEXT,
  owner_id TEXT,
  created_date TEXT,
  is_converted INTEGER,
  local_state TEXT NOT NULL DEFAULT 'clean',
  base_json TEXT,
  base_lmd TEXT,
  server_json TEXT,
  dirty_fields TEXT,
  last_error TEXT,
  conflict TEXT,
  seen_gen INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sf_lead_system_modstamp ON sf_lead (system_modstamp, id);
CREATE INDEX sf_lead_status_created_date ON sf_lead (status, created_date);
CREATE INDEX sf_lead_owner_id_created_date ON sf_lead (owner_id, created_date);
CREATE INDEX sf_lead_created_date ON sf_lead (created_date);
CREATE INDEX sf_lead_name ON sf_lead (name);
CREATE INDEX sf_lead_company ON sf_lead (company);
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
);`;
