import type Database from 'better-sqlite3';
import type { Connection } from 'jsforce';
import { recordWriter } from '../store/recordWriter';
import { syncStateStore } from '../store/syncState';
import type { ObjectSpec } from '../schema/objectSpecs';

export const reconcileEveryMs = 7 * 86_400_000;

/**
 * Stands in for "last full reconcile" after a change of scope: the reload that follows reads the
 * new scope but cannot tell which cached rows left it, so a reconcile must follow it. A first
 * load (last_full_reconcile NULL) counts as one itself and leaves this in place.
 */
export const reconcileDue = '1970-01-01T00:00:00.000Z';

/**
 * Mark and sweep by id: every id the server still shows this user is stamped with this pass's
 * generation, page by page; clean rows left unstamped were deleted beyond the recycle bin or are
 * no longer visible, and go. Rows with local edits stay for the rep to decide.
 */
export async function reconcileObject(options: {
  db: Database.Database;
  conn: Connection;
  spec: ObjectSpec;
  scopeClause: string[];
  generation: number;
  countCall(): void;
}): Promise<number> {
  const { db, conn, spec } = options;
  const mark = db.prepare(`UPDATE ${spec.table} SET seen_gen = ? WHERE id = ? AND seen_gen < ?`);
  const where = options.scopeClause.length ? ` WHERE ${options.scopeClause.join(' AND ')}` : '';
  options.countCall();
  let result = await conn.query<{ Id: string }>(`SELECT Id FROM ${spec.name}${where}`, {
    headers: { 'Sforce-Query-Options': 'batchSize=2000' },
  });
  for (;;) {
    if (!Array.isArray(result.records))
      throw new Error(`Salesforce returned an unreadable page of ${spec.name} ids`);
    const ids = result.records.map((r) => r.Id);
    db.transaction(() =>
      ids.forEach((id) => mark.run(options.generation, id, options.generation)),
    )();
    if (result.done || !result.nextRecordsUrl) break;
    options.countCall();
    result = await conn.queryMore<{ Id: string }>(result.nextRecordsUrl);
  }
  const writer = recordWriter(db, spec);
  const states = syncStateStore(db);
  let removed = 0;
  db.transaction(() => {
    removed = writer.sweep(options.generation);
    states.set(spec.name, {
      last_full_reconcile: new Date(options.generation).toISOString(),
      records: writer.count(),
    });
  })();
  return removed;
}
