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
    /** Schedules the restart; answers the delay. */
    died(): number {
      const delayMs = Math.min(maxMs, firstMs * 2 ** deaths++);
      clearTimeout(timer);
      // Quitting ends the worker too: that death restarts nothing.
      if (!stopped) {
        timer = setTimeout(restart, delayMs);
        timer.unref();
      }
      return delayMs;
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

/** A wait as the rep reads it: "5 seconds", "1 minute". */
export function waitInWords(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  const [n, unit] = seconds < 60 ? [seconds, 'second'] : [Math.round(seconds / 60), 'minute'];
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
