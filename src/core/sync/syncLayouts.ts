import type Database from 'better-sqlite3';
import type { Connection } from 'jsforce';
import { describeLayouts } from '../salesforce/describeLayouts';
import { laidOutObjects, layoutsFresh, storeLayouts } from '../schema/layouts';

/**
 * The page layouts of an object a panel shows, fetched with its describe: once a day, one call.
 * Offline the last ones cached are used.
 */
export async function syncLayouts(
  db: Database.Database,
  conn: Connection,
  object: string,
  now: number,
  countCall: () => void,
): Promise<void> {
  if (!laidOutObjects.includes(object) || layoutsFresh(db, object, now)) return;
  countCall();
  storeLayouts(db, object, await describeLayouts(conn, object), now);
}
