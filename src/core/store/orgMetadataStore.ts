import type Database from 'better-sqlite3';
import type {
  CurrencyRow,
  DatedRateRow,
  RecordTypePicklist,
  RecordTypeRow,
} from '../salesforce/orgMetadata';

export type OrgMetadata = {
  recordTypes: RecordTypeRow[];
  /** By record type id, then object field. */
  picklists: Map<string, Record<string, RecordTypePicklist>>;
  currencies: CurrencyRow[];
  datedRates: DatedRateRow[];
};

/** Dated rates live in sync_meta as one JSON value: read whole, never queried by column. */
const datedRatesKey = 'dated_conversion_rates';

export function cachedDatedRates(db: Database.Database): DatedRateRow[] {
  const row = db.prepare('SELECT value FROM sync_meta WHERE key = ?').get(datedRatesKey) as
    { value: string } | undefined;
  return row ? (JSON.parse(row.value) as DatedRateRow[]) : [];
}

const stateName = 'record types and currencies';

/** When the org's record types and currencies were last read, in epoch ms; null if never. */
export function orgMetadataFetchedAt(db: Database.Database): number | null {
  const row = db
    .prepare('SELECT fetched_at FROM org_metadata_state WHERE name = ?')
    .get(stateName) as { fetched_at: number } | undefined;
  return row?.fetched_at ?? null;
}

/** Replaces the org's record types, their picklists and its currencies, in one transaction. */
export function saveOrgMetadata(db: Database.Database, metadata: OrgMetadata, now: number): void {
  const putType = db.prepare(
    'INSERT INTO record_type (id, object, developer_name, name, process_name, is_active) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const putPicklist = db.prepare(
    'INSERT INTO record_type_picklist (record_type_id, object, field, picklist_values) VALUES (?, ?, ?, ?)',
  );
  const putCurrency = db.prepare(
    'INSERT INTO currency_type (iso_code, conversion_rate, decimal_places, is_corporate, is_active) VALUES (?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    db.exec(
      'DELETE FROM record_type; DELETE FROM record_type_picklist; DELETE FROM currency_type;',
    );
    for (const t of metadata.recordTypes) {
      putType.run(t.id, t.object, t.developerName, t.name, t.processName, t.isActive ? 1 : 0);
      for (const [field, picklist] of Object.entries(metadata.picklists.get(t.id) ?? {}))
        putPicklist.run(t.id, t.object, field, JSON.stringify(picklist));
    }
    for (const c of metadata.currencies)
      putCurrency.run(
        c.isoCode,
        c.conversionRate,
        c.decimalPlaces,
        c.isCorporate ? 1 : 0,
        c.isActive ? 1 : 0,
      );
    db.prepare('INSERT OR REPLACE INTO sync_meta (key, value) VALUES (?, ?)').run(
      datedRatesKey,
      JSON.stringify(metadata.datedRates),
    );
    db.prepare('INSERT OR REPLACE INTO org_metadata_state (name, fetched_at) VALUES (?, ?)').run(
      stateName,
      now,
    );
  })();
}
