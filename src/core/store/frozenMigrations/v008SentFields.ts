/**
 * Every value an update sent, field by field: a 412 showing one of them is the rep's own
 * earlier write whose answer was lost, not a change someone else made. The rows with local
 * changes, found without a scan: a push lays Salesforce's version under any left without an op.
 * Shipped, so frozen: a change is a new migration.
 */
export const v008SentFields = `
ALTER TABLE outbox ADD COLUMN sent_fields TEXT;
CREATE INDEX sf_account_local ON sf_account (local_state) WHERE local_state != 'clean';
CREATE INDEX sf_contact_local ON sf_contact (local_state) WHERE local_state != 'clean';
CREATE INDEX sf_opportunity_local ON sf_opportunity (local_state) WHERE local_state != 'clean';
CREATE INDEX sf_lead_local ON sf_lead (local_state) WHERE local_state != 'clean';
CREATE INDEX sf_task_local ON sf_task (local_state) WHERE local_state != 'clean';`;
