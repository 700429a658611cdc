import type Database from 'better-sqlite3';
import { waitForCacheLock } from '../store/cacheLock';

export type LockedRunOptions = {
  db: Database.Database;
  cacheFile: string;
  nativeBinding?: string;
  /** How long to wait for another process's run to end. */
  waitMs: number;
  onWait?: () => void;
  /**
   * After a crashed holder, how long its last requests may still take to land in Salesforce:
   * until then a create it left in flight cannot be told from one that never arrived.
   */
  crashSettleMs: number;
  log: (message: string) => void;
};

export const defaultCrashSettleMs = 30_000;

/**
 * How long creates a crashed run left in flight may still land: from the latest of their sends
 * (stamped with Salesforce's clock, close enough to ours), at most `settleMs`.
 */
function settleTime(db: Database.Database, settleMs: number, now: number): number {
  const latest = db
    .prepare(`SELECT MAX(inflight_at) FROM outbox WHERE op = 'create' AND status = 'inflight'`)
    .pluck()
    .get() as string | null;
  return latest ? Math.max(0, Math.min(settleMs, Date.parse(latest) + settleMs - now)) : 0;
}

/**
 * Runs a push or pull holding the cache's lock, so no two processes push one outbox: an op in
 * flight belongs to the run that marked it, and only a run holding the lock judges it lost.
 * `{ ran: false }` when another process kept the lock past the wait.
 */
export async function lockedRun<T>(
  options: LockedRunOptions,
  work: () => Promise<T>,
): Promise<{ ran: true; value: T } | { ran: false }> {
  const lock = await waitForCacheLock(options.cacheFile, {
    waitMs: options.waitMs,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.onWait ? { onWait: options.onWait } : {}),
  });
  if (!lock) return { ran: false };
  try {
    const wait = lock.tookOverFromCrash
      ? settleTime(options.db, options.crashSettleMs, Date.now())
      : 0;
    if (wait) {
      options.log(
        `The last sync of this cache stopped while sending new records to Salesforce; waiting ${wait} ms for them to land before looking for them`,
      );
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    return { ran: true, value: await work() };
  } finally {
    lock.release();
  }
}
