import type Database from 'better-sqlite3';
import type { RecordRow } from '../../shared/ipc/views';
import { specFor } from '../schema/objectSpecs';
import { withLookupNames } from './lookupNames';
import { named, selectWithNames, type NamedRow } from './namedRows';

/** One cached record with its owner's (and account's) name and its lookups' names, or null when it is not cached. */
export function recordDetail(db: Database.Database, object: string, id: string): RecordRow | null {
  const spec = specFor(object);
  const withAccount = spec.columns.some((c) => c.column === 'account_id');
  const row = db.prepare(`${selectWithNames(spec.table, withAccount)} WHERE id = ?`).get(id) as
    NamedRow | undefined;
  return row ? withLookupNames(db, object, [named(row)])[0]! : null;
}
