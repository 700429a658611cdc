import fs from 'node:fs';
import os from 'node:os';

/**
 * The sync process's nice value. When the window's process and the sync both want a CPU (two
 * cores shared with the network and everything else), the scheduler gives the window its turn
 * first; when it is idle, the sync still has the whole core.
 */
export const syncProcessNice = 10;

export type PriorityDeps = {
  platform: NodeJS.Platform;
  /** This process's threads (Linux). */
  threadIds(): number[];
  setPriority(pid: number, priority: number): void;
};

const realDeps: PriorityDeps = {
  platform: process.platform,
  threadIds: () => fs.readdirSync('/proc/self/task').map(Number),
  setPriority: (pid, priority) => os.setPriority(pid, priority),
};

const gone = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ESRCH';

/**
 * Lowers the priority of the whole calling process: every thread, V8's garbage-collection
 * helpers with them. Linux keeps a nice value per thread (man 2 setpriority, "Linux notes"), so
 * there each thread it has now is lowered, and one started later inherits its starter's (the
 * sync thread, libuv's pool); a thread that ended meanwhile is skipped. On macOS and Windows
 * `os.setPriority(0, …)` is the whole process. Never throws: a refusal is said once through
 * `log` and the sync runs at the usual priority. True when the priority was lowered.
 */
export function lowerProcessPriority(log: (message: string) => void, deps = realDeps): boolean {
  try {
    if (deps.platform !== 'linux') deps.setPriority(0, syncProcessNice);
    else
      for (const tid of deps.threadIds())
        try {
          deps.setPriority(tid, syncProcessNice);
        } catch (error) {
          if (!gone(error)) throw error;
        }
    return true;
  } catch (error) {
    log(`The sync runs at normal priority: lowering it failed (${(error as Error).message})`);
    return false;
  }
}
