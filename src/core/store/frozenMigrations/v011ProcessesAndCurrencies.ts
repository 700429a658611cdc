/**
 * Record types, sales processes and currencies. A deal's record type and currency are columns
 * because the board groups by them, and the rollup keeps its sums per record type and currency:
 * euros and yen are summed apart and converted when read. The org's record types, their picklist
 * values and its currencies are small tables of their own, rewritten whole from Salesforce.
 * Deals, accounts and users reload once (their cursors go), so cached rows gain the new fields.
 * Shipped, so frozen: a change is a new migration.
 */
export const v011ProcessesAndCurrencies = `
ALTER TABLE sf_opportunity ADD COLUMN record_type_id TEXT;
ALTER TABLE sf_opportunity ADD COLUMN currency_iso_code TEXT;
CREATE TABLE record_type (
  id TEXT PRIMARY KEY,
  object TEXT NOT NULL,
  developer_name TEXT NOT NULL,
  name TEXT NOT NULL,
  process_name TEXT,
  is_active INTEGER NOT NULL
);
CREATE TABLE record_type_picklist (
  record_type_id TEXT NOT NULL,
  object TEXT NOT NULL,
  field TEXT NOT NULL,
  picklist_values TEXT NOT NULL,
  PRIMARY KEY (record_type_id, object, field)
) WITHOUT ROWID;
CREATE TABLE currency_type (
  iso_code TEXT PRIMARY KEY,
  conversion_rate REAL NOT NULL,
  decimal_places INTEGER NOT NULL,
  is_corporate INTEGER NOT NULL,
  is_active INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE org_metadata_state (
  name TEXT PRIMARY KEY,
  fetched_at INTEGER NOT NULL
) WITHOUT ROWID;
DROP TRIGGER opportunity_rollup_insert;
DROP TRIGGER opportunity_rollup_delete;
DROP TRIGGER opportunity_rollup_update;
DROP TABLE opportunity_rollup;
CREATE TABLE opportunity_rollup (
  is_closed INTEGER NOT NULL,
  stage_name TEXT NOT NULL,
  close_date TEXT NOT NULL,
  is_won INTEGER NOT NULL,
  record_type_id TEXT NOT NULL,
  currency_iso_code TEXT NOT NULL,
  count INTEGER NOT NULL,
  total REAL NOT NULL,
  weighted REAL NOT NULL,
  PRIMARY KEY (is_closed, stage_name, close_date, is_won, record_type_id, currency_iso_code)
) WITHOUT ROWID;
INSERT INTO opportunity_rollup
  SELECT IFNULL(o.is_closed, -1), IFNULL(o.stage_name, ''), IFNULL(o.close_date, ''), IFNULL(o.is_won, -1),
    IFNULL(o.record_type_id, ''), IFNULL(o.currency_iso_code, ''), COUNT(*), TOTAL(o.amount), TOTAL(o.amount * o.probability / 100.0)
  FROM sf_opportunity o GROUP BY 1, 2, 3, 4, 5, 6;
CREATE TRIGGER opportunity_rollup_insert AFTER INSERT ON sf_opportunity BEGIN
  INSERT INTO opportunity_rollup VALUES (IFNULL(new.is_closed, -1), IFNULL(new.stage_name, ''), IFNULL(new.close_date, ''), IFNULL(new.is_won, -1),
    IFNULL(new.record_type_id, ''), IFNULL(new.currency_iso_code, ''), 1, IFNULL(new.amount, 0),
    IFNULL(new.amount * new.probability / 100.0, 0))
  ON CONFLICT DO UPDATE SET count = count + 1, total = total + excluded.total,
    weighted = weighted + excluded.weighted;
END;
CREATE TRIGGER opportunity_rollup_delete AFTER DELETE ON sf_opportunity BEGIN
  UPDATE opportunity_rollup SET count = count - 1, total = total - IFNULL(old.amount, 0),
    weighted = weighted - IFNULL(old.amount * old.probability / 100.0, 0)
  WHERE is_closed = IFNULL(old.is_closed, -1) AND stage_name = IFNULL(old.stage_name, '')
    AND close_date = IFNULL(old.close_date, '') AND is_won = IFNULL(old.is_won, -1)
    AND record_type_id = IFNULL(old.record_type_id, '') AND currency_iso_code = IFNULL(old.currency_iso_code, '');
  DELETE FROM opportunity_rollup WHERE count = 0 AND is_closed = IFNULL(old.is_closed, -1) AND stage_name = IFNULL(old.stage_name, '')
    AND close_date = IFNULL(old.close_date, '') AND is_won = IFNULL(old.is_won, -1)
    AND record_type_id = IFNULL(old.record_type_id, '') AND currency_iso_code = IFNULL(old.currency_iso_code, '');
END;
CREATE TRIGGER opportunity_rollup_update
  AFTER UPDATE OF is_closed, stage_name, close_date, is_won, amount, probability, record_type_id, currency_iso_code ON sf_opportunity
  WHEN old.is_closed IS NOT new.is_closed OR old.stage_name IS NOT new.stage_name
    OR old.close_date IS NOT new.close_date OR old.is_won IS NOT new.is_won
    OR old.amount IS NOT new.amount OR old.probability IS NOT new.probability
    OR old.record_type_id IS NOT new.record_type_id OR old.currency_iso_code IS NOT new.currency_iso_code
BEGIN
  UPDATE opportunity_rollup SET count = count - 1, total = total - IFNULL(old.amount, 0),
    weighted = weighted - IFNULL(old.amount * old.probability / 100.0, 0)
  WHERE is_closed = IFNULL(old.is_closed, -1) AND stage_name = IFNULL(old.stage_name, '')
    AND close_date = IFNULL(old.close_date, '') AND is_won = IFNULL(old.is_won, -1)
    AND record_type_id = IFNULL(old.record_type_id, '') AND currency_iso_code = IFNULL(old.currency_iso_code, '');
  DELETE FROM opportunity_rollup WHERE count = 0 AND is_closed = IFNULL(old.is_closed, -1) AND stage_name = IFNULL(old.stage_name, '')
    AND close_date = IFNULL(old.close_date, '') AND is_won = IFNULL(old.is_won, -1)
    AND record_type_id = IFNULL(old.record_type_id, '') AND currency_iso_code = IFNULL(old.currency_iso_code, '');
  INSERT INTO opportunity_rollup VALUES (IFNULL(new.is_closed, -1), IFNULL(new.stage_name, ''), IFNULL(new.close_date, ''), IFNULL(new.is_won, -1),
    IFNULL(new.record_type_id, ''), IFNULL(new.currency_iso_code, ''), 1, IFNULL(new.amount, 0),
    IFNULL(new.amount * new.probability / 100.0, 0))
  ON CONFLICT DO UPDATE SET count = count + 1, total = total + excluded.total,
    weighted = weighted + excluded.weighted;
END;
UPDATE sync_state SET cursor = NULL, bulk_job_id = NULL, bulk_locator = NULL, bulk_upper = NULL
  WHERE object IN ('Opportunity', 'Account', 'User');`;
