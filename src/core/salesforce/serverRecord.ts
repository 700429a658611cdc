/** A record as Salesforce sends it (REST or a Bulk CSV row): its Id and stamp, then fields. */
export type ServerRecord = Record<string, unknown> & { Id: string; SystemModstamp: string };
