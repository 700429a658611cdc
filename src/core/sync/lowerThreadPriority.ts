import os from 'node:os';
import { isMainThread } from 'node:worker_threads';

/**
 * The sync worker's nice value. When the window's thread and the worker both want a CPU (two
 * cores shared with the network and everything else), the scheduler gives the window's thread
 * its turn first; when it is idle, the worker still has the whole core.
 */
export const syncWorkerNice = 10;

export type PriorityDeps = {
  platform: NodeJS.Platform;
  isMainThread: boolean;
  setPriority(pid: number, priority: number): void;
};

const realDeps: PriorityDeps = {
  platform: process.platform,
  isMainThread,
  setPriority: (pid, priority) => os.setPriority(pid, priority),
};

/**
 * Lowers the priority of the calling worker thread alone. Only Linux keeps a nice value per
 * thread (setpriority with pid 0 changes the calling thread: man 2 setpriority, "Linux notes");
 * on macOS and Windows `os.setPriority(0, …)` changes the whole process, the window's thread
 * with it, so there the worker keeps its priority. Never throws: a refusal is said once through
 * `log` and the sync runs at the usual priority. True when the priority was lowered.
 */
export function lowerThreadPriority(log: (message: string) => void, deps = realDeps): boolean {
  if (deps.isMainThread || deps.platform !== 'linux') return false;
  try {
    deps.setPriority(0, syncWorkerNice);
    return true;
  } catch (error) {
    log(`The sync runs at normal priority: lowering it failed (${(error as Error).message})`);
    return false;
  }
}
