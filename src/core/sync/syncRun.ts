import type { SyncStatus } from '../../shared/ipc/syncStatus';
import { IpcError, type CacheProblemCode } from '../../shared/ipc/result';
import { userIdOf } from '../auth/connectionRecord';
import type { AuthService } from '../auth/authService';
import { ReconnectNeededError } from '../auth/sessions';
import type { Logger } from '../log/logger';
import { cacheFacts } from '../store/cacheFacts';
import { outboxStore } from '../store/outboxStore';
import { cacheProblemOf } from '../store/cacheProblems';
import type { CacheRegistry } from '../store/cacheRegistry';
import { defaultCrashSettleMs } from './lockedRun';
import { isNetworkError } from '../salesforce/networkError';
import type { savedSyncSettings } from './savedSyncSettings';
import { waitInWords } from './restartBackoff';
import { SyncQuitError, SyncWorkerStoppedError, type SyncWorker } from './syncWorkerClient';
import type { SyncStatusHolder } from './syncStatusHolder';

export type SyncRunDeps = {
  auth: AuthService;
  apiVersion: string;
  logger: Logger;
  caches: CacheRegistry;
  status: SyncStatusHolder;
  settings: ReturnType<typeof savedSyncSettings>;
  lockWaitMs: number;
  crashSettleMs?: number;
  now: () => number;
  /** The thread that pulls and pushes; this one relays what it reports. */
  worker: SyncWorker;
  /** The worker died: the delay (ms) before the sync starts again. */
  workerDied(): number;
  /** A run ended without the worker dying. */
  workerLived(): void;
  /** Test hook: the first run's worker dies at this progress report. */
  workerDiesAtProgress?: number;
};

export const offlineMessage =
  'Offline: Roadbook shows the records it has and syncs when the network is back.';

/** One sync of the active org, and what the rep sees of how it ended. */
export function createSyncRun(deps: SyncRunDeps) {
  const { caches, status, now } = deps;
  const { publish } = status;

  const changesOf = (key: string) => outboxStore(caches.open(key)).counts();
  /** The org the status's record count and last sync are about. */
  let statusKey: string | undefined;

  async function run(background: boolean, pushOnly = false): Promise<SyncStatus> {
    const key = deps.auth.activeKey();
    if (!key || caches.isClosed(key)) {
      // A reconnect (its local data deleted, or another org) must not show this org's count.
      statusKey = undefined;
      return publish({
        state: 'not-connected',
        progress: [],
        message: null,
        lastSuccess: null,
        records: 0,
      });
    }
    try {
      return await runFor(key, background, pushOnly);
    } finally {
      if (!caches.isClosed(key) && !status.current().cacheProblem)
        publish({ changes: changesOf(key) });
    }
  }

  let dieAtProgress = deps.workerDiesAtProgress;

  function syncWith(key: string, background: boolean, pushOnly: boolean) {
    const { nativeBinding } = caches.engine;
    const settings = deps.settings.read();
    const request = {
      cacheFile: caches.fileOf(key),
      ...(nativeBinding ? { nativeBinding } : {}),
      apiVersion: deps.apiVersion,
      userId: userIdOf(key),
      background,
      pushOnly,
      scopes: settings.objects,
      eventWindow: settings.eventWindow,
      session: deps.auth.session(key),
      lock: {
        waitMs: deps.lockWaitMs,
        crashSettleMs: deps.crashSettleMs ?? defaultCrashSettleMs,
      },
      ...(dieAtProgress ? { dieAtProgress } : {}),
    };
    dieAtProgress = undefined;
    return deps.worker.run(request, {
      onProgress: status.progressed,
      waiting: () => publish({ message: 'Waiting for another Roadbook sync to finish…' }),
      log: (message) => deps.logger.info(message),
      refreshed: () => deps.auth.refreshedSession(key),
    });
  }

  async function runFor(key: string, background: boolean, pushOnly: boolean): Promise<SyncStatus> {
    const before = status.current();
    if (background && before.pausedByUser) return before;
    if (background && before.pausedUntil && before.pausedUntil > now()) return before;
    publish({ state: 'syncing', progress: [], message: null, pausedUntil: null });
    const restingState = () => (status.current().pausedByUser ? 'paused' : 'idle');
    try {
      const db = caches.open(key);
      if (key !== statusKey) {
        statusKey = key;
        publish(cacheFacts(db));
      }
      const locked = await syncWith(key, background, pushOnly);
      deps.workerLived();
      if (!locked.ran)
        return publish({
          state: restingState(),
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
      if (pushOnly) return publish({ state: restingState(), progress: [], cacheProblem: null });
      const records = summary.objects.reduce((n, o) => n + o.cached, 0);
      return publish({
        state: restingState(),
        lastSuccess: now(),
        records,
        apiUsage: summary.apiUsage,
        progress: [],
        message: status.current().pausedByUser ? 'Sync is paused.' : null,
        cacheProblem: null,
      });
    } catch (error) {
      if (error instanceof SyncQuitError) return status.current();
      if (error instanceof SyncWorkerStoppedError) {
        deps.logger.error('The sync worker stopped', error);
        return publish({
          state: 'needs-attention',
          message: `Syncing stopped unexpectedly. Roadbook tries again in ${waitInWords(deps.workerDied())}; your records and unsent changes are kept.`,
          progress: [],
        });
      }
      deps.workerLived();
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
      if (isNetworkError(error))
        return publish({ state: 'offline', message: offlineMessage, progress: [] });
      deps.logger.error('Sync failed', error);
      return publish({
        state: 'needs-attention',
        message: 'The last sync did not finish; Roadbook will try again.',
        progress: [],
      });
    }
  }

  /**
   * The cache cannot be used: the rep sees why and the way out (update Roadbook, free space,
   * Rebuild) instead of a sync that fails forever for no reason given.
   */
  function cacheBroke(problem: IpcError, cause: unknown = problem): SyncStatus {
    const current = status.current();
    // Reading the status finds the same problem again and again: say it once. Publishing it
    // again would have every listener that reads the status (the tray) call back in here.
    if (current.cacheProblem === problem.code && current.state === 'needs-attention')
      return current;
    deps.logger.error('The cache cannot be used', cause);
    return publish({
      state: 'needs-attention',
      message: problem.message,
      cacheProblem: problem.code as CacheProblemCode,
      progress: [],
    });
  }

  return { run, cacheBroke, changesOf };
}
