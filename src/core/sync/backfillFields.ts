import type Database from 'better-sqlite3';
import type { Connection } from 'jsforce';
import type { ServerRecord } from '../salesforce/serverRecord';
import type { FieldInfo } from '../schema/fieldList';
import type { ObjectSpec } from '../schema/objectSpecs';
import { recordWriter } from '../store/recordWriter';
import { setSyncedFields, syncedFields } from '../store/syncedFields';

type BackfillOptions = {
  db: Database.Database;
  conn: Connection;
  spec: ObjectSpec;
  /** Every field the pull read. */
  fields: FieldInfo[];
  /** The object's scope (owner, window): the rows the cache can hold. */
  where: string[];
  countCall(): void;
  log(message: string): void;
};

const pageSize = 2000;

const names = (fields: FieldInfo[]) => fields.map((f) => f.name).filter((n) => n !== 'IsDeleted');

/**
 * Readable fields the cached rows do not carry yet: an admin added them, or made them visible to
 * this user, since the rows were synced. A first load reads every field: its list is recorded
 * before it starts, so a load cut short and resumed is not mistaken for old rows.
 */
export function unsyncedFields(
  db: Database.Database,
  spec: ObjectSpec,
  cursor: string | null,
  fields: FieldInfo[],
): string[] {
  if (!cursor) {
    db.transaction(() => setSyncedFields(db, spec.name, names(fields)))();
    return [];
  }
  const carried = new Set(syncedFields(db, spec));
  return names(fields).filter((name) => !carried.has(name));
}

/** Fields that feed a typed column or the search index: their rows go through the writer. */
function feedsColumns(spec: ObjectSpec, fields: string[]): boolean {
  const used = new Set([
    ...spec.columns.map((c) => c.field),
    ...Object.values(spec.search ?? {}).flat(),
  ]);
  return fields.some((f) => used.has(f));
}

/**
 * Fills `missing` into every cached row without a reload: one query of Id and those fields,
 * paged, each page merged into the rows' JSON in one transaction; the sync cursor stays where it
 * is. The list of synced fields moves on with the last page, so a failure part way repeats the
 * backfill next time (merging a value twice is harmless).
 */
export async function backfillFields(options: BackfillOptions, missing: string[]): Promise<number> {
  const { db, spec, conn } = options;
  const all = names(options.fields);
  if (missing.length === 0) {
    db.transaction(() => setSyncedFields(db, spec.name, all))();
    return 0;
  }
  const writer = recordWriter(db, spec);
  const find = db.prepare(`SELECT rowid, json FROM ${spec.table} WHERE id = ?`);
  const setJson = db.prepare(`UPDATE ${spec.table} SET json = ? WHERE rowid = ?`);
  const throughWriter = feedsColumns(spec, missing);
  const merge = (records: ServerRecord[]) => {
    for (const record of records) {
      const row = find.get(record.Id) as { rowid: number; json: string } | undefined;
      if (!row) continue;
      const merged = { ...(JSON.parse(row.json) as Record<string, unknown>) };
      for (const name of missing) merged[name] = record[name] ?? null;
      if (throughWriter) writer.putFields(row.rowid, merged as typeof merged & { Id: string });
      else setJson.run(JSON.stringify(merged), row.rowid);
    }
  };
  const where = options.where.length ? ` WHERE ${options.where.join(' AND ')}` : '';
  options.countCall();
  let result = await conn.query<ServerRecord>(
    `SELECT Id, ${missing.join(', ')} FROM ${spec.name}${where}`,
    { headers: { 'Sforce-Query-Options': `batchSize=${pageSize}` } },
  );
  let filled = 0;
  for (;;) {
    if (!Array.isArray(result.records))
      throw new Error(`Salesforce returned an unreadable page of ${spec.name}`);
    const records = result.records;
    const last = result.done || !result.nextRecordsUrl;
    db.transaction(() => {
      merge(records);
      if (last) setSyncedFields(db, spec.name, all);
    })();
    filled += records.length;
    if (last) break;
    options.countCall();
    result = await conn.queryMore<ServerRecord>(result.nextRecordsUrl!);
  }
  options.log(`${spec.name}: filled ${missing.join(', ')} into ${filled} cached records`);
  return filled;
}
