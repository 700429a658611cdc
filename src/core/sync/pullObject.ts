import type Database from 'better-sqlite3';
import type { Connection } from 'jsforce';
import type { ServerRecord } from '../salesforce/serverRecord';
import { recordWriter } from '../store/recordWriter';
import { deferIndexes, restoreIndexes } from '../store/deferredIndexes';
import { searchFillFor } from '../store/searchIndex';
import { pauseRollup, resumeRollup } from '../store/opportunityRollup';
import { syncStateStore } from '../store/syncState';
import type { FieldInfo } from '../schema/fieldList';
import type { ObjectSpec } from '../schema/objectSpecs';
import { fetchResultsPage, readResultsPage, type ResultsPage } from '../salesforce/bulkResultsPage';
import type { PullScope } from './objectScope';
import { reconcileDue } from './reconcile';
import { backfillFields, unsyncedFields } from './backfillFields';
import {
  modstampWindow,
  overlapMs,
  parseSfDateTime,
  sfDateTime,
  soqlDateTime,
} from '../salesforce/soqlTime';

export type PullProgress = {
  object: string;
  phase: 'initial' | 'incremental';
  done: number;
  total?: number;
  /** The object's pull, reconcile and trim are written: its views can show it. */
  stored?: boolean;
};

export type PullOptions = {
  db: Database.Database;
  conn: Connection;
  spec: ObjectSpec;
  fields: FieldInfo[];
  scope: PullScope;
  /** Server time at sync start: nothing newer is read, so the cursor never passes it. */
  upper: number;
  generation: number;
  bulkThreshold: number;
  bulkPageSize: number;
  apiVersion: string;
  /** How long one Bulk results page may take to arrive. */
  pageDeadlineMs: number;
  countCall(): void;
  onProgress(progress: PullProgress): void;
  log(message: string): void;
};

const pageSize = 2000;
const maxNarrowing = 4;

export function scopeClause(options: Pick<PullOptions, 'scope' | 'spec'>): string[] {
  const { scope, spec } = options;
  const ownerField = spec.reachOf ? `${spec.reachOf.relationship}.OwnerId` : 'OwnerId';
  const owner =
    (scope.mine || spec.mineOnly) && (spec.hasOwner || spec.reachOf)
      ? [`${ownerField} = '${scope.userId.replace(/'/g, '')}'`]
      : [];
  const window =
    spec.windowField && scope.window
      ? [
          `${spec.windowField} >= ${soqlDateTime(scope.window.from)}`,
          `${spec.windowField} < ${soqlDateTime(scope.window.to)}`,
        ]
      : [];
  return [...owner, ...window];
}

/** Pulls one object: Bulk API 2.0 for a big first load, otherwise queryAll pages ordered by SystemModstamp. */
export async function pullObject(options: PullOptions): Promise<number> {
  const { db, spec } = options;
  const state = syncStateStore(db).get(spec.name);
  const total = state.cursor || state.bulk_job_id ? undefined : await countSince(options);
  const cap = options.scope.cap ?? Infinity;
  const floor = total !== undefined && total > cap ? await capFloor(options, cap) : undefined;
  const loading = Math.min(total ?? 0, cap);
  // A first load (nothing to resume from) into an empty table; an incremental pull never asks.
  const fresh = total !== undefined && !db.prepare(`SELECT 1 FROM ${spec.table} LIMIT 1`).get();
  const deferred = loading > pageSize && fresh;
  if (deferred) {
    pauseRollup(db, spec.table);
    deferIndexes(db, spec.table, searchFillFor(db, spec));
  }
  const missing = unsyncedFields(db, spec, state.cursor, options.fields);
  try {
    const fetched = await pullRows(
      { ...options, floor, fresh, deferred },
      Boolean(state.bulk_job_id) || loading > options.bulkThreshold,
    );
    await backfillFields({ ...options, where: scopeClause(options) }, missing);
    return fetched;
  } finally {
    await restoreIndexes(db, spec.table);
    resumeRollup(db, spec.table);
  }
}

/**
 * The Bulk API said no to this query (not supported, the job failed or expired): REST paging can
 * still read it. A lost connection, a cut-off page or a server hiccup is not that: the error goes
 * up and the next sync resumes the same job from its saved locator, re-reading one page.
 */
function bulkRefused(error: unknown): boolean {
  const code = (error as { errorCode?: string }).errorCode;
  return (
    code !== undefined &&
    !/^(ERROR_HTTP_(5\d\d|429)|REQUEST_LIMIT_EXCEEDED|INVALID_SESSION_ID)$/.test(code)
  );
}

/**
 * A capped first load reads only records changed at or after `floor`. `fresh`: the table held no
 * row when the pull began. `deferred`: its indexes and search entries are built when it ends.
 */
type LoadOptions = PullOptions & { floor: number | undefined; fresh: boolean; deferred: boolean };

async function pullRows(options: LoadOptions, bulk: boolean): Promise<number> {
  if (bulk) {
    try {
      return await bulkPull(options);
    } catch (error) {
      if (!bulkRefused(error)) throw error;
      options.log(
        `Bulk API 2.0 load of ${options.spec.name} failed (${(error as Error).message}); using REST paging`,
      );
      options.db.transaction(() =>
        syncStateStore(options.db).set(options.spec.name, {
          bulk_job_id: null,
          bulk_locator: null,
          bulk_upper: null,
        }),
      )();
    }
  }
  return restPull(options);
}

async function countSince(options: PullOptions, from?: number): Promise<number> {
  const where = [...scopeClause(options), ...modstampWindow(from, options.upper)];
  options.countCall();
  const result = await options.conn.query(
    `SELECT COUNT() FROM ${options.spec.name} WHERE ${where.join(' AND ')}`,
  );
  return result.totalSize;
}

/**
 * The earliest SystemModstamp, to the hour, from which at most `cap` records are in scope: a
 * bisection of COUNT() queries (about 18 calls, once, when a first load would exceed the cap).
 */
async function capFloor(options: PullOptions, cap: number): Promise<number> {
  let older = Date.UTC(1999, 0, 1);
  let newer = options.upper;
  while (newer - older > 3_600_000) {
    const middle = Math.floor((older + newer) / 2);
    if ((await countSince(options, middle)) > cap) older = middle;
    else newer = middle;
  }
  return newer;
}

/** Walks a page, handing each record to the writer. */
type PageRows = (write: (record: ServerRecord) => void) => void;

/**
 * Writes a page of rows and the sync state that covers them in one transaction. The rows cached
 * are counted once, then kept by what the writer adds and removes: a count at every page scanned
 * the whole table each time, which a 1M-record load paid once per page. `close` counts again, so
 * what the rep changed here meanwhile (on the window's connection) is in the final figure.
 */
function pageCommitter(options: LoadOptions) {
  const writer = recordWriter(options.db, options.spec, options.deferred);
  const write = options.fresh ? writer.load : writer.apply;
  const state = syncStateStore(options.db);
  let cached: number | undefined;
  const commit = (rows: PageRows, change: Parameters<typeof state.set>[1], recount: boolean) =>
    options.db.transaction(() => {
      const before = writer.added();
      rows((record) => write(record, options.generation));
      cached = cached === undefined || recount ? writer.count() : cached + writer.added() - before;
      state.set(options.spec.name, { ...change, records: cached });
    })();
  return {
    page: (rows: PageRows, change: Parameters<typeof state.set>[1]) => commit(rows, change, false),
    close: (change: Parameters<typeof state.set>[1]) => commit(() => {}, change, true),
  };
}

function prefetch(options: PullOptions, nextRecordsUrl: string | undefined) {
  if (!nextRecordsUrl) return undefined;
  options.countCall();
  const next = Promise.resolve(options.conn.queryMore<ServerRecord>(nextRecordsUrl));
  // Awaited later; a failure surfaces there, not as an unhandled rejection now.
  next.catch(() => undefined);
  return next;
}

/** queryAll over [cursor − overlap, upper], each page and its cursor in one transaction. */
async function restPull(options: LoadOptions): Promise<number> {
  const { spec, conn } = options;
  const commit = pageCommitter(options);
  const stored = syncStateStore(options.db).get(spec.name).cursor;
  const phase = stored ? 'incremental' : 'initial';
  let from = stored ? parseSfDateTime(stored) - overlapMs : options.floor;
  let fetched = 0;
  let narrowing = 0;
  while (true) {
    // QUERY_TIMEOUT narrows the window by halves; the rest is read on the next turn of the loop.
    const span = from === undefined ? undefined : options.upper - from;
    const to =
      span !== undefined && narrowing > 0
        ? from! + Math.ceil(span / 2 ** narrowing)
        : options.upper;
    const where = [...scopeClause(options), ...modstampWindow(from, to)];
    const soql = `SELECT ${options.fields.map((f) => f.name).join(', ')} FROM ${spec.name} WHERE ${where.join(' AND ')} ORDER BY SystemModstamp, Id`;
    let result;
    try {
      options.countCall();
      result = await conn.query<ServerRecord>(soql, {
        scanAll: true,
        headers: { 'Sforce-Query-Options': `batchSize=${pageSize}` },
      });
    } catch (error) {
      if (
        (error as { errorCode?: string }).errorCode !== 'QUERY_TIMEOUT' ||
        narrowing >= maxNarrowing
      )
        throw error;
      if (from === undefined) from = 0;
      narrowing++;
      options.log(
        `${spec.name}: query timed out, narrowing the window (${narrowing}/${maxNarrowing})`,
      );
      continue;
    }
    while (true) {
      // jsforce hands back unparsable JSON as a string rather than failing.
      if (!Array.isArray(result.records))
        throw new Error(`Salesforce returned an unreadable page of ${spec.name}`);
      // The next page downloads while this one is written.
      const next = prefetch(options, result.done ? undefined : result.nextRecordsUrl);
      const records = result.records;
      const last = records.at(-1);
      commit.page(
        (write) => records.forEach((record) => write(record)),
        last ? { cursor: last.SystemModstamp } : {},
      );
      fetched += records.length;
      options.onProgress({ object: spec.name, phase, done: fetched, total: result.totalSize });
      if (!next) break;
      result = await next;
    }
    if (to >= options.upper) break;
    from = to;
    narrowing = 0;
  }
  commit.close({
    cursor: sfDateTime(options.upper),
    last_error: null,
    ...(phase === 'initial' ? loadReconciled(options, new Date(options.upper).toISOString()) : {}),
  });
  return fetched;
}

/** A first load read everything there is: it counts as a full reconcile, unless one is due. */
function loadReconciled(options: PullOptions, at: string): { last_full_reconcile?: string } {
  const due =
    syncStateStore(options.db).get(options.spec.name).last_full_reconcile === reconcileDue;
  return due ? {} : { last_full_reconcile: at };
}

type Job = { id: string; state: string };

/**
 * Our own Bulk 2.0 results loop (jsforce's bulk2.query crashes on the second page). The job id
 * and locator are saved with each page, so a restart continues the same job.
 */
async function bulkPull(options: LoadOptions): Promise<number> {
  const { spec, conn, db } = options;
  const states = syncStateStore(db);
  const commit = pageCommitter(options);
  const base = `/services/data/v${options.apiVersion}/jobs/query`;
  let state = states.get(spec.name);
  if (!state.bulk_job_id) {
    const where = [...scopeClause(options), ...modstampWindow(options.floor, options.upper)];
    const query = `SELECT ${options.fields.map((f) => f.name).join(', ')} FROM ${spec.name} WHERE ${where.join(' AND ')}`;
    options.countCall();
    const job = await conn.request<Job>({
      method: 'POST',
      url: base,
      body: JSON.stringify({ operation: 'queryAll', query }),
      headers: { 'Content-Type': 'application/json' },
    });
    db.transaction(() =>
      states.set(spec.name, {
        bulk_job_id: job.id,
        bulk_locator: null,
        bulk_upper: new Date(options.upper).toISOString(),
      }),
    )();
    state = states.get(spec.name);
  }
  const jobId = state.bulk_job_id!;
  for (let wait = 100; ; wait = Math.min(wait * 2, 2000)) {
    options.countCall();
    const job = await conn.request<Job>(`${base}/${jobId}`);
    if (job.state === 'JobComplete') break;
    if (job.state === 'Failed' || job.state === 'Aborted')
      throw Object.assign(new Error(`job ${job.state}`), {
        errorCode: `BULK_JOB_${job.state.toUpperCase()}`,
      });
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  let locator = state.bulk_locator;
  let fetched = 0;
  const fetchPage = (from: string | null): Promise<ResultsPage> => {
    options.countCall();
    const params = new URLSearchParams({
      maxRecords: String(options.bulkPageSize),
      ...(from ? { locator: from } : {}),
    });
    return fetchResultsPage(conn, `${base}/${jobId}`, params, options.pageDeadlineMs);
  };
  let pending: Promise<ResultsPage> | undefined = fetchPage(locator);
  while (pending) {
    const page: ResultsPage = await pending;
    locator = page.locator;
    // The next page downloads while this one is written.
    pending = locator !== 'null' ? fetchPage(locator) : undefined;
    pending?.catch(() => undefined);
    let rows = 0;
    commit.page(
      (write) => {
        rows = readResultsPage(page, options.fields, write);
      },
      { bulk_locator: locator === 'null' ? null : locator },
    );
    fetched += rows;
    options.onProgress({ object: spec.name, phase: 'initial', done: fetched });
  }
  const upper = states.get(spec.name).bulk_upper ?? new Date(options.upper).toISOString();
  commit.close({
    cursor: sfDateTime(upper),
    bulk_job_id: null,
    bulk_locator: null,
    bulk_upper: null,
    last_error: null,
    ...loadReconciled(options, upper),
  });
  options.countCall();
  await conn.request({ method: 'DELETE', url: `${base}/${jobId}` }).catch(() => undefined);
  return fetched;
}
