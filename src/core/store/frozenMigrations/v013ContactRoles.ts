/**
 * The roles contacts play on deals: a deal's contact roles and a contact's deals, each found by
 * its own index. Read-only for now, but the row has every column an object table has, so the
 * record writer and the outbox treat it as any other. Shipped, so frozen: a change is a new
 * migration.
 */
export const v013ContactRoles = `
CREATE TABLE sf_opportunity_contact_role (
  id TEXT PRIMARY KEY,
  system_modstamp TEXT NOT NULL,
  last_modified_date TEXT,
  json TEXT NOT NULL,
  opportunity_id TEXT,
  contact_id TEXT,
  role TEXT,
  is_primary INTEGER,
  local_state TEXT NOT NULL DEFAULT 'clean',
  base_json TEXT,
  base_lmd TEXT,
  server_json TEXT,
  dirty_fields TEXT,
  last_error TEXT,
  conflict TEXT,
  seen_gen INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sf_opportunity_contact_role_system_modstamp
  ON sf_opportunity_contact_role (system_modstamp, id);
CREATE INDEX sf_opportunity_contact_role_opportunity_id
  ON sf_opportunity_contact_role (opportunity_id);
CREATE INDEX sf_opportunity_contact_role_contact_id
  ON sf_opportunity_contact_role (contact_id);
CREATE INDEX sf_opportunity_contact_role_local
  ON sf_opportunity_contact_role (local_state) WHERE local_state != 'clean';`;
