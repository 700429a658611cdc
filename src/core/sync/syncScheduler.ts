import type { SyncStatus } from '../../shared/ipc/syncStatus';
import type { Logger } from '../log/logger';

export type SyncSchedulerDeps = {
  /** One sync run; `pushOnly` sends the outbox and pulls nothing. */
  run(background: boolean, pushOnly: boolean): Promise<SyncStatus>;
  status(): SyncStatus;
  /** Minutes between background syncs, read each time the schedule is set. */
  intervalMs(): number;
  /** Quiet time after the last edit before it is sent. */
  pushDelayMs: number;
  logger: Logger;
};

/**
 * When syncs run: on request, every interval while online, and soon after an edit; never two
 * at once.
 */
export function createSyncScheduler(deps: SyncSchedulerDeps) {
  let running: Promise<SyncStatus> | undefined;
  /** A full run asked for while another runs: it starts when that one ends. */
  let queued: { run: Promise<SyncStatus>; background: boolean } | undefined;
  let timer: NodeJS.Timeout | undefined;
  let pushTimer: NodeJS.Timeout | undefined;
  let online = true;

  function start(background: boolean, pushOnly: boolean): Promise<SyncStatus> {
    const started = deps.run(background, pushOnly).finally(() => {
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
    const next = { background, run: Promise.resolve(deps.status()) };
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

  /** Starts a sync and answers at once; the status events say how it goes. */
  function request(background: boolean, pushOnly = false): SyncStatus {
    syncNow(background, pushOnly).catch((error: unknown) =>
      deps.logger.error('Sync failed', error),
    );
    return deps.status();
  }

  /**
   * The change goes out a quiet while after the last edit, while online; when a run is going
   * on, `again` is called once it ends (that run may have started before the edit).
   */
  function pushSoon(again: () => void) {
    clearTimeout(pushTimer);
    pushTimer = setTimeout(() => {
      if (running) void running.finally(again);
      else if (online && !deps.status().pausedByUser) request(true, true);
    }, deps.pushDelayMs);
    pushTimer.unref();
  }

  function schedule() {
    clearInterval(timer);
    timer = setInterval(() => {
      if (online) request(true);
    }, deps.intervalMs());
    timer.unref();
  }

  return {
    syncNow,
    settled,
    request,
    pushSoon,
    schedule,
    /** A new interval counts from now, once the schedule has started. */
    reschedule() {
      if (timer) schedule();
    },
    isOnline: () => online,
    /** Says whether the network came back just now. */
    setOnline(next: boolean): boolean {
      const regained = next && !online;
      online = next;
      return regained;
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
      clearTimeout(pushTimer);
    },
  };
}
