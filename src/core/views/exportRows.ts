import type Database from 'better-sqlite3';
import type { ExportInput, RecordRow } from '../../shared/ipc/views';
import { IpcError } from '../../shared/ipc/result';
import { lookupNameKey } from '../../shared/lookups';
import { isoDay } from '../../shared/periods';
import { objectWord } from '../../shared/syncWording';
import { syncedFieldList } from './fieldSql';
import { listFilter, listSql } from './listRecords';
import { loadingAmong } from './loadingAmong';
import { withLookupNames } from './lookupNames';
import { named, type NamedRow } from './namedRows';
import type { ViewContext } from './sqlFilter';
import { tableCsv } from './tableCsv';

/** Rows whose lookups' names are read together: a few queries per thousand rows. */
const namesPerQuery = 500;

const plural = {
  Lead: 'Leads',
  Account: 'Accounts',
  Contact: 'Contacts',
  Opportunity: 'Opportunities',
};

/**
 * Every row the table's filter and sort give, not just the window on screen, as CSV in the
 * columns shown. The rows stream from SQLite a few hundred at a time, so a 100k-lead export never
 * holds more than the text it builds.
 */
export function exportRows(
  db: Database.Database,
  input: ExportInput,
  context: ViewContext,
): { csv: string; rows: number; fileName: string } {
  const object = input.question.object;
  if (loadingAmong(db, [object]).length)
    throw new IpcError(
      'NOT_ALLOWED',
      `Your ${objectWord(object).toLowerCase()} are still loading: export them once they are all here.`,
    );
  const filter = listFilter(db, input.question, context);
  const sql = listSql(db, input.question, filter);
  let rows = 0;
  const records = function* () {
    let batch: RecordRow[] = [];
    // LIMIT -1 is SQLite's "no limit": the same statement as a table window, all of it.
    for (const row of db.prepare(sql.rows).iterate(...filter.params, -1, 0)) {
      rows += 1;
      batch.push(named(row as NamedRow));
      if (batch.length === namesPerQuery) {
        yield* withLookupNames(db, object, batch);
        batch = [];
      }
    }
    yield* withLookupNames(db, object, batch);
  };
  // A lookup exports as the name of its record, as the table shows it.
  const lookups = new Set(
    syncedFieldList(db, object)
      .filter((f) => f.type === 'reference')
      .map((f) => f.name),
  );
  const columns = input.columns.map((c) =>
    lookups.has(c.field) ? { ...c, field: lookupNameKey(c.field) } : c,
  );
  const csv = tableCsv(columns, records());
  return { csv, rows, fileName: `${plural[input.question.object]} ${isoDay(context.now)}.csv` };
}
