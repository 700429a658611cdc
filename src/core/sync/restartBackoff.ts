/**
 * When a sync whose worker died starts again: after `firstMs`, doubling at each death in a row up
 * to `maxMs`, so a worker that dies at once every time does not spin; a run that ends any other
 * way starts the count again.
 */
export function createRestartBackoff(restart: () => void, firstMs: number, maxMs = 300_000) {
  let deaths = 0;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  return {
    /** Schedules the restart; answers the delay in whole seconds, for the rep. */
    died(): number {
      const delayMs = Math.min(maxMs, firstMs * 2 ** deaths++);
      clearTimeout(timer);
      // Quitting ends the worker too: that death restarts nothing.
      if (!stopped) {
        timer = setTimeout(restart, delayMs);
        timer.unref();
      }
      return Math.max(1, Math.round(delayMs / 1000));
    },
    lived() {
      deaths = 0;
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
