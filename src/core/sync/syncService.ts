import type { SyncSettings } from '../../shared/ipc/syncSettings';
import type { SyncStatus } from '../../shared/ipc/syncStatus';
import { IpcError } from '../../shared/ipc/result';
import type { AuthService } from '../auth/authService';
import type { Logger } from '../log/logger';
import type { SettingsStore } from '../settings/settingsStore';
import { cacheFacts } from '../store/cacheFacts';
import { cacheProblemOf } from '../store/cacheProblems';
import type { CacheRegistry } from '../store/cacheRegistry';
import { waitAtMost } from './waitAtMost';
import { savedSyncSettings } from './savedSyncSettings';
import { createSyncRun, offlineMessage } from './syncRun';
import { createSyncScheduler } from './syncScheduler';
import { createSyncStatusHolder } from './syncStatusHolder';
import { createRestartBackoff } from './restartBackoff';
import { createSyncWorker, type SyncWorkerEntry } from './syncWorkerClient';

export type SyncServiceDeps = {
  auth: AuthService;
  /** The open caches, shared with the views. */
  caches: CacheRegistry;
  apiVersion: string;
  logger: Logger;
  emit(status: SyncStatus): void;
  /** Where the rep's sync settings (interval, each object's reach) are kept. */
  settings: SettingsStore;
  /** Overrides the interval in the settings (tests). */
  intervalMs?: number;
  /** Quiet time after the last edit before it is sent. */
  pushDelayMs?: number;
  /** How long a sync waits for another process (the CLI) to finish with the cache. */
  lockWaitMs?: number;
  /** See lockedRun: after a crashed run, how long its creates may still take to land. */
  crashSettleMs?: number;
  now?: () => number;
  /** How the sync process starts and where its code is (syncWorkerClient.ts). */
  worker: SyncWorkerEntry;
  /** The sync thread's heap cap. */
  workerHeapMb?: number;
  /** How long after the worker died the sync starts again (doubling while it keeps dying). */
  restartAfterMs?: number;
  /** Test hook: the first run's worker dies at this progress report. */
  workerDiesAtProgress?: number;
};

/**
 * Runs syncs of the active org: at start, every N minutes while online, when the network
 * returns and when the rep asks; never two at once; Pause stops the schedule until Resume.
 */
export function createSyncService(deps: SyncServiceDeps) {
  const { caches } = deps;
  const lockWaitMs = deps.lockWaitMs ?? 120_000;
  const status = createSyncStatusHolder(deps.emit);
  const { publish } = status;
  const settings = savedSyncSettings(deps.settings);
  const worker = createSyncWorker(deps.worker, deps.workerHeapMb);
  // Declared before the run that reports deaths to it; it restarts through the scheduler.
  const backoff = createRestartBackoff(
    () => void scheduler.request(true),
    deps.restartAfterMs ?? 5_000,
  );
  const { run, cacheBroke, changesOf } = createSyncRun({
    auth: deps.auth,
    apiVersion: deps.apiVersion,
    logger: deps.logger,
    caches,
    status,
    settings,
    lockWaitMs,
    ...(deps.crashSettleMs !== undefined ? { crashSettleMs: deps.crashSettleMs } : {}),
    now: deps.now ?? Date.now,
    worker,
    workerDied: backoff.died,
    workerLived: backoff.lived,
    ...(deps.workerDiesAtProgress ? { workerDiesAtProgress: deps.workerDiesAtProgress } : {}),
  });
  const scheduler = createSyncScheduler({
    run,
    status: status.current,
    intervalMs: () => deps.intervalMs ?? settings.read().intervalMinutes * 60_000,
    pushDelayMs: deps.pushDelayMs ?? 10_000,
    logger: deps.logger,
  });
  const { request, settled } = scheduler;

  /**
   * The rep changed something: the count updates now, and the change goes out about 10 s after
   * the last edit while online (a run already going picks it up next time).
   */
  function edited() {
    const key = deps.auth.activeKey();
    if (key) publish({ changes: changesOf(key) });
    scheduler.pushSoon(edited);
  }

  /** After a restart the cache, not this process, knows when the last sync finished. */
  function withCacheFacts(): SyncStatus {
    const key = deps.auth.activeKey();
    if (!key || caches.isClosed(key) || status.current().lastSuccess !== null)
      return status.current();
    try {
      // A run publishes the cache's facts as it begins and its own as it ends. In between the
      // worker is writing the cache: an object it stored is not a sync finished, and a window
      // told so would show every list as synced and not ask again until the end.
      const facts = status.current().state === 'syncing' ? undefined : cacheFacts(caches.open(key));
      if (facts && facts.lastSuccess !== null) status.fillIn(facts);
      status.fillIn({ changes: changesOf(key) });
    } catch (error) {
      const problem = cacheProblemOf(error);
      if (!problem) throw error;
      cacheBroke(problem, error);
    }
    return status.current();
  }

  /**
   * "Rebuild the cache": with the cache closed to everyone and its lock held, copy out what
   * waits for Salesforce, make a fresh cache, put it back, and sync everything again.
   */
  let rebuilding: Promise<SyncStatus> | undefined;
  /** One rebuild at a time; a second click gets the first one's answer. */
  const rebuild = () => (rebuilding ??= rebuildOnce().finally(() => (rebuilding = undefined)));

  async function rebuildOnce(): Promise<SyncStatus> {
    const key = deps.auth.activeKey();
    if (!key) throw new IpcError('NOT_ALLOWED', 'Connect to Salesforce first.');
    const kept = await caches.rebuild(key, settled, lockWaitMs);
    // A disconnect began meanwhile: the cache is its business now.
    if (caches.isClosed(key)) return status.current();
    deps.logger.info(
      `Rebuilt the cache of ${key}: ${kept.kept} changes kept${kept.unreadable.length ? `; could not read ${kept.unreadable.join(', ')}` : ''}`,
    );
    publish({
      state: 'idle',
      cacheProblem: null,
      lastSuccess: null,
      records: 0,
      message: kept.unreadable.length
        ? 'Roadbook rebuilt its copy of your records, but some changes waiting for Salesforce could not be read from the damaged copy. Check your recent edits in Salesforce.'
        : null,
      changes: changesOf(key),
    });
    return request(false);
  }

  return {
    cacheBroke,
    rebuild,
    status: withCacheFacts,
    syncNow: () => scheduler.syncNow(false),
    /**
     * The rep's "Sync now" (answers at once, whatever the network does); `background` for the
     * app's own occasions (waking from sleep), which a pause holds back.
     */
    request: (background = false) => request(background),
    /** Waits for the sync going on and the one asked for after it. */
    settled,
    edited,
    settings: settings.read,
    /** Saves the rep's choice; a new interval counts from now, a new reach syncs at once. */
    configure(next: SyncSettings): SyncSettings {
      const reachOf = (s: SyncSettings) => JSON.stringify([s.objects, s.eventWindow]);
      const reachChanged = reachOf(next) !== reachOf(settings.read());
      settings.save(next);
      scheduler.reschedule();
      if (reachChanged && scheduler.isOnline() && !status.current().pausedByUser) request(false);
      return settings.read();
    },
    start() {
      scheduler.schedule();
      request(true);
    },
    pause: () => {
      const { state } = status.current();
      return publish({
        state: state === 'syncing' || state === 'not-connected' ? state : 'paused',
        pausedByUser: true,
        message: 'Sync is paused.',
      });
    },
    resume() {
      publish({
        pausedByUser: false,
        pausedUntil: null,
        state: status.current().state === 'paused' ? 'idle' : status.current().state,
        message: null,
      });
      return request(true);
    },
    setOnline(next: boolean) {
      const regained = scheduler.setOnline(next);
      if (!next) publish({ state: 'offline', message: offlineMessage, noNetwork: true });
      if (regained) {
        publish({ noNetwork: false });
        request(true);
      }
    },
    /**
     * Disconnect, before the secret and files go: from now nothing opens the org's cache or
     * syncs it; its run ends and the cache closes. Call the returned function once its files are
     * gone: a reconnect then opens a fresh cache.
     */
    async forget(key: string): Promise<() => void> {
      await caches.close(key, settled);
      return () => caches.reopen(key);
    },
    /**
     * Waits for the running sync (at most `waitMs`, when quitting), then closes every cache.
     * Writes are synchronous transactions, so closing between two of them leaves nothing
     * half-written; a sync cut off here fails its next write and resumes from its cursor.
     */
    async stop(options: { waitMs?: number } = {}) {
      scheduler.stop();
      backoff.stop();
      await waitAtMost(settled(), options.waitMs);
      // A run still going is cut off: the worker closes the cache and ends, and the run ends
      // with it (its last status read must come before the caches close, or it reopens one).
      await worker.stop();
      await waitAtMost(settled(), 1_000);
      caches.closeAll();
      // The service may be asked again (a test closing the caches): a new worker then starts.
      worker.reopen();
    },
  };
}

export type SyncService = ReturnType<typeof createSyncService>;
