import { BroadcastChannel } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';

/** The channel on which the bench's sync worker reports its heap (the sync's protocol is left alone). */
const heapChannelName = 'roadbook-bench-heap';

/** This thread's V8 heap as the system sees it: what it has taken, in MB. */
export const heapMb = () => getHeapStatistics().total_heap_size / 1e6;

/**
 * Samples this thread's heap every `everyMs` (whenever its event loop gets to it) and posts each
 * new peak on the bench's channel. For the sync worker: a thread in the same process, so the
 * process's RSS cannot tell its memory from the main thread's, but each thread's heap can.
 */
export function reportHeapPeaks(everyMs = 20): void {
  const channel = new BroadcastChannel(heapChannelName);
  channel.unref();
  let peak = 0;
  const sample = () => {
    const now = heapMb();
    if (now <= peak) return;
    peak = now;
    channel.postMessage(peak);
  };
  sample();
  setInterval(sample, everyMs).unref();
}

/** Listens for the worker's peaks; `peakMb()` is the highest heard so far. */
export function listenForHeapPeaks() {
  const channel = new BroadcastChannel(heapChannelName);
  let peak = 0;
  channel.onmessage = (event) => (peak = Math.max(peak, (event as { data: number }).data));
  return {
    peakMb: () => Math.round(peak),
    close: () => channel.close(),
  };
}
