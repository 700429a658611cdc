import type Database from 'better-sqlite3';
import {
  defaultSyncSettings,
  syncSettings,
  type SyncSettings,
} from '../../shared/ipc/syncSettings';
import { notConnectedStatus, type SyncStatus } from '../../shared/ipc/syncStatus';
import type { AuthService } from '../auth/authService';
import { ReconnectNeededError } from '../auth/sessions';
import type { Logger } from '../log/logger';
import type { SettingsStore } from '../settings/settingsStore';
import { cacheFacts } from '../store/cacheFacts';
import { outboxStore } from '../store/outboxStore';
import { cacheProblemOf } from '../store/cacheProblems';
import type { CacheRegistry } from '../store/cacheRegistry';
import { IpcError, type CacheProblemCode } from '../../shared/ipc/result';
import { defaultCrashSettleMs, lockedRun } from './lockedRun';
import { errorText, networkError } from '../salesforce/networkError';
import { syncOrg } from './syncOrg';
import { waitAtMost } from './waitAtMost';

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
};

const settingsKey = 'sync.settings';

/**
 * Runs syncs of the active org: at start, every N minutes while online, when the network
 * returns and when the rep asks; never two at once; Pause stops the schedule until Resume.
 */
export function createSyncService(deps: SyncServiceDeps) {
  const now = deps.now ?? Date.now;
  const { caches } = deps;
  const { isClosed, fileOf, engine } = caches;
  const cacheFor = caches.open;
  let running: Promise<SyncStatus> | undefined;
  /** A full run asked for while another runs: it starts when that one ends. */
  let queued: { run: Promise<SyncStatus>; background: boolean } | undefined;
  let timer: NodeJS.Timeout | undefined;
  let online = true;
  let status: SyncStatus = notConnectedStatus;
  let pushTimer: NodeJS.Timeout | undefined;

  const publish = (change: Partial<SyncStatus>) => {
    status = { ...status, ...change };
    deps.emit(status);
    return status;
  };

  const changesOf = (key: string) => outboxStore(cacheFor(key)).counts();

  /** What the rep chose, or the defaults; a value an older or newer build saved that no longer parses is ignored. */
  function settings(): SyncSettings {
    const parsed = syncSettings.safeParse(deps.settings.get(settingsKey));
    return parsed.success ? parsed.data : defaultSyncSettings;
  }

  async function run(background: boolean, pushOnly = false): Promise<SyncStatus> {
    const key = deps.auth.activeKey();
    if (!key || isClosed(key))
      return publish({ state: 'not-connected', progress: [], message: null });
    try {
      return await runFor(key, background, pushOnly);
    } finally {
      if (!isClosed(key) && !status.cacheProblem) publish({ changes: changesOf(key) });
    }
  }

  function syncWith(db: Database.Database, key: string, background: boolean, pushOnly: boolean) {
    return syncOrg({
      db,
      conn: deps.auth.connection(key),
      apiVersion: deps.apiVersion,
      userId: key.split('-')[1]!,
      background,
      pushOnly,
      scopes: settings().objects,
      onProgress: (p) => {
        const progress = [
          ...status.progress.filter((q) => q.object !== p.object),
          { object: p.object, done: p.done, ...(p.total ? { total: p.total } : {}) },
        ];
        publish({ progress });
      },
      log: (message) => deps.logger.info(message),
    });
  }

  async function runFor(key: string, background: boolean, pushOnly: boolean): Promise<SyncStatus> {
    if (background && status.pausedByUser) return status;
    if (background && status.pausedUntil && status.pausedUntil > now()) return status;
    publish({ state: 'syncing', progress: [], message: null, pausedUntil: null });
    try {
      const db = cacheFor(key);
      const locked = await lockedRun(
        {
          db,
          cacheFile: fileOf(key),
          ...engine,
          waitMs: deps.lockWaitMs ?? 120_000,
          crashSettleMs: deps.crashSettleMs ?? defaultCrashSettleMs,
          onWait: () => publish({ message: 'Waiting for another Roadbook sync to finish…' }),
          log: (message) => deps.logger.info(message),
        },
        () => syncWith(db, key, background, pushOnly),
      );
      if (!locked.ran)
        return publish({
          state: status.pausedByUser ? 'paused' : 'idle',
          progress: [],
          message: 'Another Roadbook sync is updating your records; Roadbook syncs again after it.',
        });
      const summary = locked.value;
      if (summary.outcome === 'paused') {
        return publish({
          state: 'paused',
          message: summary.reason,
          pausedUntil: summary.resumeAt,
          apiUsage: summary.apiUsage,
          progress: [],
        });
      }
      if (pushOnly)
        return publish({
          state: status.pausedByUser ? 'paused' : 'idle',
          progress: [],
          cacheProblem: null,
        });
      const records = summary.objects.reduce((n, o) => n + o.cached, 0);
      return publish({
        state: status.pausedByUser ? 'paused' : 'idle',
        lastSuccess: now(),
        records,
        apiUsage: summary.apiUsage,
        progress: [],
        message: status.pausedByUser ? 'Sync is paused.' : null,
        cacheProblem: null,
      });
    } catch (error) {
      const problem = cacheProblemOf(error);
      if (problem) return cacheBroke(problem, error);
      // jsforce wraps a failed refresh in its own error, so ask the auth service what happened.
      const connection = (await deps.auth.state()).connections.find((c) => c.key === key);
      if (error instanceof ReconnectNeededError || connection?.state === 'reconnect-needed') {
        return publish({
          state: 'needs-attention',
          message: connection?.reason ?? (error as Error).message,
          progress: [],
        });
      }
      if (networkError.test(errorText(error))) {
        return publish({
          state: 'offline',
          message: 'Offline: Roadbook shows the records it has and syncs when the network is back.',
          progress: [],
        });
      }
      deps.logger.error('Sync failed', error);
      return publish({
        state: 'needs-attention',
        message: 'The last sync did not finish; Roadbook will try again.',
        progress: [],
      });
    }
  }

  function start(background: boolean, pushOnly: boolean): Promise<SyncStatus> {
    const started = run(background, pushOnly).finally(() => {
      if (running === started) running = undefined;
    });
    running = started;
    return started;
  }

  /**
   * Every run pushes, so a push asked for during one is answered by it. A full run is its own
   * request: asked for during any run, it runs right after, once however often it was asked, and
   * in the foreground when any asker was (a paused schedule does not skip the rep's own request).
   */
  function syncNow(background = false, pushOnly = false): Promise<SyncStatus> {
    if (queued) {
      if (!pushOnly) queued.background &&= background;
      return queued.run;
    }
    if (!running) return start(background, pushOnly);
    if (pushOnly) return running;
    const next = { background, run: Promise.resolve(status) };
    next.run = running
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return start(next.background, false);
      });
    queued = next;
    return next.run;
  }

  /** Waits for the run going on and the one asked for after it. */
  const settled = () => Promise.all([running, queued?.run]).catch(() => undefined);

  /**
   * The rep changed something: the count updates now, and the change goes out about 10 s after
   * the last edit while online (a run already going picks it up next time).
   */
  function edited() {
    const key = deps.auth.activeKey();
    if (key) publish({ changes: changesOf(key) });
    clearTimeout(pushTimer);
    pushTimer = setTimeout(() => {
      if (running) void running.finally(edited);
      else if (online && !status.pausedByUser) request(true, true);
    }, deps.pushDelayMs ?? 10_000);
    pushTimer.unref();
  }

  function schedule() {
    clearInterval(timer);
    timer = setInterval(
      () => {
        if (online) request(true);
      },
      deps.intervalMs ?? settings().intervalMinutes * 60_000,
    );
    timer.unref();
  }

  /**
   * The cache cannot be used: the rep sees why and the way out (update Roadbook, free space,
   * Rebuild) instead of a sync that fails forever for no reason given.
   */
  function cacheBroke(problem: IpcError, cause: unknown = problem): SyncStatus {
    // Reading the status finds the same problem again and again: say it once. Publishing it
    // again would have every listener that reads the status (the tray) call back in here.
    if (status.cacheProblem === problem.code && status.state === 'needs-attention') return status;
    deps.logger.error('The cache cannot be used', cause);
    return publish({
      state: 'needs-attention',
      message: problem.message,
      cacheProblem: problem.code as CacheProblemCode,
      progress: [],
    });
  }

  /** After a restart the cache, not this process, knows when the last sync finished. */
  function withCacheFacts(): SyncStatus {
    const key = deps.auth.activeKey();
    if (!key || isClosed(key) || status.lastSuccess !== null) return status;
    try {
      const facts = cacheFacts(cacheFor(key));
      if (facts.lastSuccess !== null) status = { ...status, ...facts };
      status = { ...status, changes: changesOf(key) };
    } catch (error) {
      const problem = cacheProblemOf(error);
      if (!problem) throw error;
      cacheBroke(problem, error);
    }
    return status;
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
    const kept = await caches.rebuild(key, settled, deps.lockWaitMs ?? 120_000);
    // A disconnect began meanwhile: the cache is its business now.
    if (isClosed(key)) return status;
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

  /** Starts a sync and answers at once; the status events say how it goes. */
  function request(background: boolean, pushOnly = false): SyncStatus {
    syncNow(background, pushOnly).catch((error: unknown) =>
      deps.logger.error('Sync failed', error),
    );
    return status;
  }

  return {
    cacheBroke,
    rebuild,
    status: withCacheFacts,
    syncNow: () => syncNow(false),
    /**
     * The rep's "Sync now" (answers at once, whatever the network does); `background` for the
     * app's own occasions (waking from sleep), which a pause holds back.
     */
    request: (background = false) => request(background),
    /** Waits for the sync going on and the one asked for after it. */
    settled,
    edited,
    settings,
    /** Saves the rep's choice; a new interval counts from now, a new reach syncs at once. */
    configure(next: SyncSettings): SyncSettings {
      const reachChanged = JSON.stringify(next.objects) !== JSON.stringify(settings().objects);
      deps.settings.set(settingsKey, next);
      if (timer) schedule();
      if (reachChanged && online && !status.pausedByUser) request(false);
      return settings();
    },
    start() {
      schedule();
      request(true);
    },
    pause: () =>
      publish({
        state:
          status.state === 'syncing' || status.state === 'not-connected' ? status.state : 'paused',
        pausedByUser: true,
        message: 'Sync is paused.',
      }),
    resume() {
      publish({
        pausedByUser: false,
        pausedUntil: null,
        state: status.state === 'paused' ? 'idle' : status.state,
        message: null,
      });
      return request(true);
    },
    setOnline(next: boolean) {
      const regained = next && !online;
      online = next;
      if (!next)
        publish({
          state: 'offline',
          message: 'Offline: Roadbook shows the records it has and syncs when the network is back.',
        });
      if (regained) request(true);
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
      clearInterval(timer);
      timer = undefined;
      clearTimeout(pushTimer);
      await waitAtMost(settled(), options.waitMs);
      caches.closeAll();
    },
  };
}

export type SyncService = ReturnType<typeof createSyncService>;
