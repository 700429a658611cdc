import { apiVersion } from '../salesforce/apiVersion';
import { createAuthService, type AuthService, type CallbackOutcome } from '../auth/authService';
import type { SecretStore } from '../auth/secretStore';
import { createCacheRegistry, type CacheRegistry } from '../store/cacheRegistry';
import { createSyncService, type SyncService } from '../sync/syncService';
import type { SyncWorkerEntry } from '../sync/syncWorkerClient';
import { parseDeepLink } from '../deepLink/parseDeepLink';
import { createEventBus, type EventBus } from './events';
import { createHandlers, type HandlerDeps } from '../ipc/createHandlers';
import type { HandlerTable } from '../ipc/handlerTable';

export type AppCoreDeps = HandlerDeps & {
  secrets: SecretStore;
  /** The app's data folder: cache files live here. */
  dataDir: string;
  /** The consumer key built into this build (ROADBOOK_CLIENT_ID), overridable in Settings. */
  defaultClientId: string;
  /** Preselected login host (the fake org in the demo); production otherwise. */
  defaultLoginHost?: string;
  allowLocalhost: boolean;
  loopbackPort?: number;
  /** better-sqlite3's Electron-ABI build (the app); Node's own build otherwise. */
  nativeBinding?: string;
  syncIntervalMs?: number;
  /** Quiet time after the last edit before it is sent (tests shorten it). */
  pushDelayMs?: number;
  /**
   * How the sync process starts and where its code is: the built files in the app, the source
   * through tsx elsewhere.
   */
  syncWorker: SyncWorkerEntry;
  /** How long after the sync worker died the sync starts again (tests shorten it). */
  restartAfterMs?: number;
  /** Test hook: the first sync's worker dies at this progress report. */
  workerDiesAtProgress?: number;
  /** How long one OAuth exchange with Salesforce may take (tests shorten it). */
  requestDeadlineMs?: number;
};

export type AppCore = {
  handlers: HandlerTable;
  events: EventBus;
  auth: AuthService;
  sync: SyncService;
  /** The open caches: the views and the sync ask it for a connection's database. */
  caches: CacheRegistry;
  handleDeepLink(raw: unknown): Promise<CallbackOutcome>;
};

/** Everything Electron main and the browser test bed share: one handler table, one event bus. */
export function createAppCore(deps: AppCoreDeps): AppCore {
  const events = createEventBus();
  const auth = createAuthService({
    ...deps,
    apiVersion,
    emit: (state) => events.emit('auth.changed', state),
  });
  const caches = createCacheRegistry(
    deps.dataDir,
    deps.nativeBinding ? { nativeBinding: deps.nativeBinding } : {},
  );
  const sync = createSyncService({
    auth,
    caches,
    apiVersion,
    logger: deps.logger,
    settings: deps.settings,
    emit: (status) => events.emit('sync.status', status),
    ...(deps.syncIntervalMs ? { intervalMs: deps.syncIntervalMs } : {}),
    ...(deps.pushDelayMs ? { pushDelayMs: deps.pushDelayMs } : {}),
    ...(deps.now ? { now: deps.now } : {}),
    worker: deps.syncWorker,
    ...(deps.restartAfterMs ? { restartAfterMs: deps.restartAfterMs } : {}),
    ...(deps.workerDiesAtProgress ? { workerDiesAtProgress: deps.workerDiesAtProgress } : {}),
  });
  // A new or switched connection syncs at once; with none left, the status says so.
  let syncedKey: string | undefined;
  events.subscribe((event) => {
    if (event !== 'auth.changed' || auth.activeKey() === syncedKey) return;
    syncedKey = auth.activeKey();
    void sync.syncNow();
  });
  const handlers = createHandlers(deps, auth, sync, caches);

  async function handleDeepLink(raw: unknown): Promise<CallbackOutcome> {
    const parsed = parseDeepLink(raw);
    if (!parsed.ok) {
      deps.logger.warn(`Ignored a deep link: ${parsed.reason}`);
      return {
        handled: false,
        message: `Roadbook ignored a link it did not expect (${parsed.reason}).`,
      };
    }
    return auth.handleCallback(raw as string);
  }

  return { handlers, events, auth, sync, caches, handleDeepLink };
}
