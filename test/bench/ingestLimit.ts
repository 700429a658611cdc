import Database from 'better-sqlite3';
import { deferIndexes, restoreIndexes } from '../../src/core/store/deferredIndexes';
import { openDatabase } from '../../src/core/store/openDatabase';
import { pauseRollup, resumeRollup } from '../../src/core/store/opportunityRollup';
import { recordWriter } from '../../src/core/store/recordWriter';
import { searchFillFor } from '../../src/core/store/searchIndex';
import { nextGeneration } from '../../src/core/store/syncState';
import type { ServerRecord } from '../../src/core/salesforce/serverRecord';
import { objectSpecs } from '../../src/core/schema/objectSpecs';
import { bulkPageRows } from '../../src/core/sync/syncOrg';

/**
 * SQLite's own ingest limit for these rows: every record the sync cached (its `json` column, as
 * the sync parsed it) written into a fresh cache through the record writer, as a first load does
 * (indexes, search entries and the rollup deferred, a transaction per Bulk page of the
 * sync's size), with no network and no CSV. `rowsSeconds`: the rows into their tables (JSON
 * parsing included); `indexesSeconds`: the deferred indexes, search entries and rollup built after.
 */
export async function measureIngestLimit(source: string, target: string) {
  const from = new Database(source, { readonly: true });
  const db = openDatabase(target);
  const generation = nextGeneration(db, Date.now());
  let records = 0;
  let indexesSeconds = 0;
  const began = performance.now();
  for (const spec of objectSpecs) {
    const writer = recordWriter(db, spec, true);
    pauseRollup(db, spec.table);
    deferIndexes(db, spec.table, searchFillFor(db, spec));
    let batch: string[] = [];
    const write = db.transaction((rows: string[]) => {
      for (const json of rows) writer.load(JSON.parse(json) as ServerRecord, generation);
    });
    for (const row of from.prepare(`SELECT json FROM ${spec.table}`).pluck().iterate()) {
      batch.push(row as string);
      if (batch.length === bulkPageRows) {
        write(batch);
        records += batch.length;
        batch = [];
      }
    }
    write(batch);
    records += batch.length;
    const indexesBegan = performance.now();
    await restoreIndexes(db, spec.table);
    resumeRollup(db, spec.table);
    indexesSeconds += (performance.now() - indexesBegan) / 1000;
  }
  const seconds = (performance.now() - began) / 1000;
  db.close();
  from.close();
  return { records, seconds, rowsSeconds: seconds - indexesSeconds, indexesSeconds };
}
