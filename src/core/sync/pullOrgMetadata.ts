import type Database from 'better-sqlite3';
import type { Connection } from 'jsforce';
import {
  fetchCurrencies,
  fetchDatedRates,
  fetchRecordTypePicklists,
  fetchRecordTypes,
  type RecordTypePicklist,
} from '../salesforce/orgMetadata';
import { describeTtlMs } from '../schema/fieldList';
import { orgMetadataFetchedAt, saveOrgMetadata } from '../store/orgMetadataStore';

/** The objects whose restricted picklists a sales or lead process narrows. */
const processObjects = ['Opportunity', 'Lead'];

/**
 * The org's record types, what each offers in its picklists, and its currencies and rates (dated
 * ones too, with advanced currency management): read
 * as often as describe (they change when an admin changes the org), so a quiet sync costs nothing
 * more. One call per active record type; none of it in an org without record types or currencies.
 */
export async function pullOrgMetadata(options: {
  db: Database.Database;
  conn: Connection;
  apiVersion: string;
  now: number;
  countCall(): void;
}): Promise<void> {
  const { db, conn, now, countCall } = options;
  const fetchedAt = orgMetadataFetchedAt(db);
  if (fetchedAt !== null && now - fetchedAt < describeTtlMs) return;
  const recordTypes = await fetchRecordTypes(conn, processObjects, countCall);
  const picklists = new Map<string, Record<string, RecordTypePicklist>>();
  for (const type of recordTypes.filter((t) => t.isActive))
    picklists.set(
      type.id,
      await fetchRecordTypePicklists(conn, options.apiVersion, type.object, type.id, countCall),
    );
  const currencies = await fetchCurrencies(conn, countCall);
  const datedRates = currencies.length ? await fetchDatedRates(conn, countCall) : [];
  saveOrgMetadata(db, { recordTypes, picklists, currencies, datedRates }, now);
}
