/**
 * The org's page layouts per object, as describe/layouts gave them (reduced to sections, field
 * order and which record type uses which), cached for a day like describe so panels and forms
 * follow them offline. Shipped, so frozen: a change is a new migration.
 */
export const v012Layouts = `
CREATE TABLE layout_cache (object TEXT PRIMARY KEY, fetched_at INTEGER NOT NULL, layouts TEXT NOT NULL);`;
