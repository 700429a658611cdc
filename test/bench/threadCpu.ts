import fs from 'node:fs';

const schedstat = `/proc/self/task/${process.pid}/schedstat`;

/**
 * This (main) thread's time on a CPU and waiting for one, in ms, from Linux's schedstat; null
 * elsewhere. On a loaded machine a call's latency is mostly the wait: the on-CPU part is the
 * views' own work, which is what a quiet machine would see.
 */
export function mainThreadTimes(): { onCpuMs: number; waitingMs: number } | null {
  try {
    const [onCpu, waiting] = fs.readFileSync(schedstat, 'utf8').split(' ').map(Number);
    return { onCpuMs: onCpu! / 1e6, waitingMs: waiting! / 1e6 };
  } catch {
    return null;
  }
}
