import type Database from 'better-sqlite3';
import type { Connection } from 'jsforce';
import { pushOutbox, type PushSummary } from '../outbox/pushOutbox';
import { nextGeneration, syncStateStore } from '../store/syncState';
import {
  defaultEventWindow,
  type EventWindow,
  type ObjectScope,
} from '../../shared/ipc/syncSettings';
import { visibleFields } from '../schema/fieldList';
import { dropHiddenFields } from './dropHiddenFields';
import { searchFields } from '../store/searchIndex';
import { syncLayouts } from './syncLayouts';
import { adoptScope, dayWindow, scopeOf, trimToCap } from './objectScope';
import { objectSpecs, specFor, type ObjectSpec } from '../schema/objectSpecs';
import { pullObject, scopeClause, type PullProgress } from './pullObject';
import { pullOrgMetadata } from './pullOrgMetadata';
import { reconcileEveryMs, reconcileObject } from './reconcile';
import { requestWithHeaders } from '../salesforce/rawRequest';
import { defaultDeadlines, withDeadline, type Deadlines } from '../salesforce/deadlineTransport';

export type SyncOptions = {
  db: Database.Database;
  conn: Connection;
  apiVersion: string;
  userId: string;
  objects?: string[];
  /** Only the user's own records, of every object (the CLI's --scope mine). */
  mine?: boolean;
  /** Each object's reach, from Settings. */
  scopes?: Partial<Record<string, ObjectScope>>;
  /** Which of the rep's Events sync, around the server's today. */
  eventWindow?: EventWindow;
  /** Run the id-only mark and sweep now, whatever its weekly schedule says. */
  reconcile?: boolean;
  /** Background syncs stop near the daily API limit; a rep's "Sync now" does not. */
  background?: boolean;
  bulkThreshold?: number;
  bulkPageSize?: number;
  /** Send the outbox only (the rep's edits, soon after they are made); no pull. */
  pushOnly?: boolean;
  /** How long one call to Salesforce may take before it counts as a network failure. */
  deadlines?: Partial<Deadlines>;
  onProgress?(progress: PullProgress): void;
  /** An object's pull begins (nothing so far), and later all its records are written (stored). */
  onObject?(progress: PullProgress): void;
  log?(message: string): void;
};

type ObjectSummary = {
  object: string;
  fetched: number;
  cached: number;
  cursor: string | null;
};
export type SyncSummary =
  | {
      outcome: 'done';
      objects: ObjectSummary[];
      pushed: PushSummary;
      apiCalls: number;
      durationMs: number;
      apiUsage: { used: number; max: number };
    }
  | {
      outcome: 'paused';
      reason: string;
      resumeAt: number;
      apiCalls: number;
      apiUsage: { used: number; max: number };
    };

type Limits = { DailyApiRequests?: { Max: number; Remaining: number } };

const budgetShare = 0.8;

/**
 * Records per Bulk results page, each written in one transaction. Up to four pages are in memory
 * at once (two lanes, each writing one and downloading the next). At 5k rows the longest hold of
 * the thread was ~0.2–0.3 s instead of ~0.45–0.6 s at 10k, and a first load was no slower (10
 * more calls per 100k records); 20k-row transactions wrote no faster either (the bench's ingest
 * limit at 100k, 3.0–3.2 s of CPU both ways), and the window's edits wait for one transaction.
 */
export const bulkPageRows = 5_000;
const running = new Set<Database.Database>();

/**
 * One sync of an org into its cache: one call for the server's clock and API budget, then each
 * object in turn. Never two at once on one database.
 */
export async function syncOrg(options: SyncOptions): Promise<SyncSummary> {
  if (running.has(options.db)) throw new Error('A sync of this org is already running');
  running.add(options.db);
  try {
    return await runSync(options);
  } finally {
    running.delete(options.db);
  }
}

async function runSync(options: SyncOptions): Promise<SyncSummary> {
  const began = performance.now();
  let apiCalls = 1;
  const deadlines = { ...defaultDeadlines, ...options.deadlines };
  withDeadline(options.conn, deadlines.callMs);
  const { body: limits, headers } = await requestWithHeaders<Limits>(options.conn, {
    method: 'GET',
    url: `/services/data/v${options.apiVersion}/limits`,
  });
  // The Date header has whole seconds; the server's clock is somewhere in the next 999 ms, and
  // the overlap of the next incremental covers anything committed after this instant.
  const serverDate = Date.parse(headers['date'] ?? '');
  const serverNow = Number.isNaN(serverDate) ? Date.now() : serverDate + 999;
  const daily = limits.DailyApiRequests ?? { Max: 1, Remaining: 1 };
  const apiUsage = { used: daily.Max - daily.Remaining, max: daily.Max };
  if (options.background && apiUsage.used >= apiUsage.max * budgetShare) {
    return {
      outcome: 'paused',
      reason: `Background sync pauses at ${budgetShare * 100}% of the org's daily API limit (${apiUsage.used} of ${apiUsage.max} used).`,
      resumeAt: serverNow + 3_600_000,
      apiCalls,
      apiUsage,
    };
  }
  const specs = options.objects ? options.objects.map(specFor) : objectSpecs;
  const countCall = () => void apiCalls++;
  let objects: ObjectSummary[] = [];
  let pushed: PushSummary;
  try {
    // Push first, so the pull brings back what the rep changed instead of raising conflicts.
    const offset = serverNow - Date.now();
    pushed = await pushOutbox({
      db: options.db,
      conn: options.conn,
      apiVersion: options.apiVersion,
      userId: options.userId,
      serverNow: () => Date.now() + offset,
      countCall,
      log: options.log ?? (() => {}),
      skipBackoff: !options.background,
      serverMs: deadlines.serverMs,
    });
    if (!options.pushOnly) {
      await pullOrgMetadata({
        db: options.db,
        conn: options.conn,
        apiVersion: options.apiVersion,
        now: serverNow,
        countCall,
      });
      objects = await pullEach(options, specs, serverNow, countCall, deadlines.pageMs);
    }
  } catch (error) {
    if ((error as { errorCode?: string }).errorCode !== 'REQUEST_LIMIT_EXCEEDED') throw error;
    return {
      outcome: 'paused',
      reason: "Salesforce says the org's daily API limit is used up; sync resumes in an hour.",
      resumeAt: serverNow + 3_600_000,
      apiCalls,
      apiUsage,
    };
  }
  return {
    outcome: 'done',
    objects,
    pushed,
    apiCalls,
    durationMs: Math.round(performance.now() - began),
    apiUsage,
  };
}

async function pullEach(
  options: SyncOptions,
  specs: ObjectSpec[],
  serverNow: number,
  countCall: () => void,
  pageDeadlineMs: number,
): Promise<ObjectSummary[]> {
  const generation = nextGeneration(options.db, serverNow);
  const pullOne = async (spec: ObjectSpec): Promise<ObjectSummary> => {
    const parent = spec.reachOf && options.scopes?.[spec.reachOf.object];
    const scope = scopeOf(
      options.userId,
      // A role reaches as far as its deal's owner scope. A cap counts deals, not roles, so the
      // roles are not capped: those of deals the cap leaves out are rows no view joins to.
      parent ? { ...parent, cap: null } : options.scopes?.[spec.name],
      options.mine ?? false,
      spec.windowField ? dayWindow(serverNow, options.eventWindow ?? defaultEventWindow) : null,
    );
    adoptScope(options.db, spec, scope);
    // Said at once, so the rep sees every object under way, not only those past a first page.
    options.onObject?.({
      object: spec.name,
      phase: syncStateStore(options.db).get(spec.name).cursor ? 'incremental' : 'initial',
      done: 0,
    });
    // What the search index was written with, before describe may say a field is hidden now.
    const searched = searchFields(options.db, spec);
    const fields = await visibleFields(options.db, options.conn, spec, serverNow, countCall);
    const hidden = dropHiddenFields(options.db, spec, fields, searched);
    if (hidden.length)
      options.log?.(`${spec.name}: removed ${hidden.join(', ')}, no longer readable`);
    await syncLayouts(options.db, options.conn, spec.name, serverNow, countCall);
    const fetched = await pullObject({
      db: options.db,
      conn: options.conn,
      spec,
      fields,
      scope,
      upper: serverNow,
      generation,
      bulkThreshold: options.bulkThreshold ?? 10_000,
      bulkPageSize: options.bulkPageSize ?? bulkPageRows,
      apiVersion: options.apiVersion,
      pageDeadlineMs,
      countCall,
      onProgress: options.onProgress ?? (() => {}),
      log: options.log ?? (() => {}),
    });
    const lastReconcile = Date.parse(
      syncStateStore(options.db).get(spec.name).last_full_reconcile ?? '',
    );
    if (options.reconcile || !(serverNow - lastReconcile < reconcileEveryMs)) {
      const removed = await reconcileObject({
        db: options.db,
        conn: options.conn,
        spec,
        scopeClause: scopeClause({ spec, scope }),
        generation,
        countCall,
      });
      if (removed)
        options.log?.(
          `${spec.name}: removed ${removed} records no longer in Salesforce or visible`,
        );
    }
    const trimmed = trimToCap(options.db, spec, scope);
    if (trimmed)
      options.log?.(
        `${spec.name}: kept the ${scope.cap} most recently changed, removed ${trimmed}`,
      );
    const store = syncStateStore(options.db);
    options.db.transaction(() =>
      store.set(spec.name, { last_success: new Date().toISOString(), last_error: null }),
    )();
    const state = store.get(spec.name);
    options.onObject?.({
      object: spec.name,
      phase: 'incremental',
      done: state.records,
      total: state.records,
      stored: true,
    });
    return { object: spec.name, fetched, cached: state.records, cursor: state.cursor };
  };
  return inLanes(specs, pullLanes, pullOne);
}

/**
 * Two objects at a time: while one writes a page (SQLite is synchronous), the other's requests
 * are on the wire, so neither the network nor the disk waits for the other.
 */
const pullLanes = 2;

/** Runs `work` over `items`, `lanes` at a time, in order; settles only when every item has. */
async function inLanes<T, R>(items: T[], lanes: number, work: (item: T) => Promise<R>) {
  const results: R[] = [];
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: lanes }, lane));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  return results;
}
