import type Database from 'better-sqlite3';
import type { Connection } from 'jsforce';
import type { ServerRecord } from '../salesforce/serverRecord';
import { cachedDescribe, visibleFields } from '../schema/fieldList';
import { syncableFields } from '../schema/syncableFields';
import { specFor } from '../schema/objectSpecs';
import { rebaseRow } from './conflicts';
import { localIdsIn } from './localId';
import { localRecords } from './localRecord';
import { opFields, outboxStore, type OutboxOp } from '../store/outboxStore';

// The Salesforce calls a push makes, and the small tools its phases share.

export type PushContext = {
  db: Database.Database;
  conn: Connection;
  apiVersion: string;
  userId: string;
  /** Salesforce's clock (from the sync's first response), for finding creates after a crash. */
  serverNow: () => number;
  countCall: () => void;
  log: (message: string) => void;
  /** The rep asked (Sync now): changes waiting out a backoff go too. */
  skipBackoff?: boolean;
  /** How long Salesforce may still carry out a create whose call ran out its deadline. */
  serverMs: number;
};
export type Values = Record<string, unknown>;

const retrieveSize = 2000;

export const chunks = <T>(items: T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  );
export function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
/**
 * The ops as they are now, read in the transaction that marks them in flight. While the push's
 * earlier requests were on the wire the rep may have added to one (those values go too),
 * discarded one (it is not sent) or pointed one at a record not created yet (it waits). An op
 * thrown away may have left its number to a new one (SQLite reuses the highest rowid): only the
 * same kind of change to the same record is taken for it.
 */
export function stillToSend(ctx: PushContext, ops: OutboxOp[]): OutboxOp[] {
  const outbox = outboxStore(ctx.db);
  return ops.flatMap((read) => {
    const op = outbox.get(read.op_id);
    const same = op?.object === read.object && op.record_id === read.record_id && op.op === read.op;
    return same &&
      (op.status === 'pending' || op.status === 'inflight') &&
      localIdsIn(opFields(op)).length === 0
      ? [op]
      : [];
  });
}

export async function post<T>(ctx: PushContext, path: string, body: unknown) {
  ctx.countCall();
  return (await ctx.conn.request({
    method: 'POST',
    url: `/services/data/v${ctx.apiVersion}${path}`,
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json' },
  })) as T;
}

/**
 * The fields this cache keeps for an object, as far as describe shows them to this user. A cache
 * without its describe yet (changes put back into a rebuilt one) asks for it: asking Salesforce
 * for no fields is refused, and that push would fail every time before a pull could fetch it.
 */
async function cachedFieldNames(ctx: PushContext, object: string): Promise<string[]> {
  const spec = specFor(object);
  const cached = cachedDescribe(ctx.db, object);
  const synced = cached
    ? syncableFields(cached, spec)
    : await visibleFields(ctx.db, ctx.conn, spec, ctx.serverNow(), ctx.countCall);
  // Who changed it last names the other side of a conflict.
  const names = synced.map((f) => f.name).filter((f) => f !== 'IsDeleted');
  return names.includes('LastModifiedById') ? names : [...names, 'LastModifiedById'];
}

/**
 * Current server versions by id (null: deleted or not visible), 2,000 ids a call. Who changed
 * each last goes into `changedBy` when asked for, not into the record: the record stays as a
 * sync would store it.
 */
export async function retrieve(
  ctx: PushContext,
  object: string,
  ids: string[],
  changedBy?: Map<string, string>,
) {
  const found = new Map<string, ServerRecord | null>();
  const fields = await cachedFieldNames(ctx, object);
  for (const batch of chunks(ids, retrieveSize)) {
    const records = await post<Array<(Values & { attributes?: unknown }) | null>>(
      ctx,
      `/composite/sobjects/${object}`,
      { ids: batch, fields },
    );
    batch.forEach((id, i) => {
      const r = records[i];
      if (!r) return found.set(id, null);
      const { attributes, LastModifiedById, ...fields } = r;
      if (typeof LastModifiedById === 'string') changedBy?.set(id, LastModifiedById);
      found.set(id, fields as ServerRecord);
    });
  }
  return found;
}

/** Lays the server's version under each record (clean again unless more changes wait). */
export async function refresh(ctx: PushContext, object: string, ids: string[]) {
  if (!ids.length) return;
  const found = await retrieve(ctx, object, ids);
  ctx.db.transaction(() => {
    const records = localRecords(ctx.db, object);
    for (const [id, theirs] of found) {
      const row = records.get(id);
      if (!row || !theirs) continue;
      rebaseRow(ctx.db, object, row, theirs);
    }
  })();
}

/** The outbox stores times as ISO strings. */
export const iso = (ms: number) => new Date(ms).toISOString();
