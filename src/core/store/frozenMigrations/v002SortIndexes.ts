/**
 * Every column the Leads and Accounts tables sort on, case-insensitive where reps expect it;
 * the tables break ties by rowid, which every index ends with.
 * Shipped, so frozen: a change is a new migration.
 */
export const v002SortIndexes = `
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
  (is_closed, stage_name, owner_id, close_date, amount, probability);`;
