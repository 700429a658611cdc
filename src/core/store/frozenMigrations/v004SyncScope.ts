/**
 * The reach each object was synced with ("all", "mine", with a cap), so a change in Settings
 * reloads that object. Caches before this were synced with "all".
 * Shipped, so frozen: a change is a new migration.
 */
export const v004SyncScope = `
ALTER TABLE sync_state ADD COLUMN scope TEXT;
UPDATE sync_state SET scope = 'all' WHERE cursor IS NOT NULL OR bulk_job_id IS NOT NULL;`;
