import { parentPort } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import type { FromWorker } from '../../src/core/sync/workerProtocol';

/** This thread's V8 heap as the system sees it: what it has taken, in MB. */
export const heapMb = () => getHeapStatistics().total_heap_size / 1e6;

/** The highest RSS this process has had, in MB (a high-water mark: a late look still sees it). */
export const peakRssMb = () => (process.resourceUsage().maxRSS * 1024) / 1e6;

/** CPU this process has used since it started, all its threads, in seconds. */
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** Peaks, and the CPU the sync process had used by then (it only grows). */
type Peaks = { heapMb: number; rssMb: number; cpuSeconds: number };
const prefix = 'bench peaks: ';

/**
 * For the bench's sync thread: samples its heap and its process's peak RSS every `everyMs`
 * (whenever its event loop gets to it) and reports each new peak as a log message of the sync's
 * own protocol, which the bench's run reads (`peaksFromLog`); a last sample goes just before the
 * run's answer, while the run still hears its log.
 */
export function reportPeaks(everyMs = 20): void {
  const port = parentPort!;
  const post = port.postMessage.bind(port);
  const peak: Peaks = { heapMb: 0, rssMb: 0, cpuSeconds: 0 };
  const sample = (last = false) => {
    const now = { heapMb: heapMb(), rssMb: peakRssMb() };
    if (!last && now.heapMb <= peak.heapMb && now.rssMb <= peak.rssMb) return;
    Object.assign(peak, {
      heapMb: Math.max(peak.heapMb, now.heapMb),
      rssMb: now.rssMb,
      cpuSeconds: cpuSeconds(),
    });
    post({ type: 'log', message: prefix + JSON.stringify(peak) } satisfies FromWorker);
  };
  port.postMessage = (message: FromWorker) => {
    if (message.type === 'done') sample(true);
    post(message);
  };
  sample();
  setInterval(sample, everyMs).unref();
}

/**
 * Reads the sync thread's reports from its log; `peaks()` is the highest heard so far, with the
 * sync process's CPU at its last report (at the run's answer: from its start to then).
 */
export function peaksFromLog() {
  const peak: Peaks = { heapMb: 0, rssMb: 0, cpuSeconds: 0 };
  return {
    log(message: string) {
      if (!message.startsWith(prefix)) return;
      const heard = JSON.parse(message.slice(prefix.length)) as Peaks;
      peak.heapMb = Math.max(peak.heapMb, heard.heapMb);
      peak.rssMb = Math.max(peak.rssMb, heard.rssMb);
      peak.cpuSeconds = Math.max(peak.cpuSeconds, heard.cpuSeconds);
    },
    peaks: () => ({
      heapMb: Math.round(peak.heapMb),
      rssMb: Math.round(peak.rssMb),
      cpuSeconds: Math.round(peak.cpuSeconds * 10) / 10,
    }),
  };
}
