import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  lowerProcessPriority,
  syncProcessNice,
  type PriorityDeps,
} from '../../../../src/core/sync/lowerProcessPriority';
import { connectedCore } from '../../../support/connectedCore';
import { procFile, processesWhere, statFields } from '../../../support/linuxProcesses';

const errno = (code: string) => Object.assign(new Error(`${code}: refused`), { code });

function attempt(platform: NodeJS.Platform, refuse: (pid: number) => Error | undefined) {
  const calls: Array<[number, number]> = [];
  const logged: string[] = [];
  const deps: PriorityDeps = {
    platform,
    threadIds: () => [41, 42, 43],
    setPriority: (pid, priority) => {
      calls.push([pid, priority]);
      const error = refuse(pid);
      if (error) throw error;
    },
  };
  const lowered = lowerProcessPriority((message) => logged.push(message), deps);
  return { lowered, calls, logged };
}

/** Each thread of a process and its nice value (field 19 of stat). */
const niceByThread = (pid: number) =>
  fs
    .readdirSync(`/proc/${pid}/task`)
    .map((tid) => Number(statFields(procFile(pid, `task/${tid}/stat`) ?? '')[16]));

/** The processes this one started that run the sync. */
const syncProcesses = () =>
  processesWhere((pid) => {
    const stat = procFile(pid, 'stat');
    return (
      stat !== undefined &&
      Number(statFields(stat)[1]) === process.pid &&
      (procFile(pid, 'cmdline') ?? '').includes('syncProcess')
    );
  });

describe('lowering the sync process’s priority', () => {
  it.each([
    // Linux keeps a nice value per thread: each one is lowered.
    { platform: 'linux', calls: [41, 42, 43] },
    // There the process's own priority is every thread's.
    { platform: 'darwin', calls: [0] },
    { platform: 'win32', calls: [0] },
  ] as const)('on $platform it lowers $calls', ({ platform, calls }) => {
    const result = attempt(platform, () => undefined);
    expect(result.lowered).toBe(true);
    expect(result.calls).toEqual(calls.map((pid) => [pid, syncProcessNice]));
    expect(result.logged).toEqual([]);
  });

  it('skips a thread that ended meanwhile and lowers the rest', () => {
    const result = attempt('linux', (pid) => (pid === 42 ? errno('ESRCH') : undefined));
    expect(result.lowered).toBe(true);
    expect(result.calls.map(([pid]) => pid)).toEqual([41, 42, 43]);
    expect(result.logged).toEqual([]);
  });

  it.each(['linux', 'darwin'] as const)(
    'on %s a refusal by the OS is said once and the sync goes on at normal priority',
    (platform) => {
      const result = attempt(platform, () => errno('EACCES'));
      expect(result.lowered).toBe(false);
      expect(result.logged).toEqual([
        'The sync runs at normal priority: lowering it failed (EACCES: refused)',
      ]);
    },
  );

  it.runIf(process.platform === 'linux')(
    'on Linux every thread of the sync process runs lower, and none of the window’s process',
    async () => {
      // The test run's own nice value (0, unless it was started under `nice`).
      const own = niceByThread(process.pid)[0]!;
      const { core } = await connectedCore({ dataset: 'tiny', autoApprove: true });
      expect(core.sync.status().state).toBe('idle');
      const [child, ...others] = syncProcesses();
      expect(others).toEqual([]);
      const threads = niceByThread(child!);
      // V8's helpers, libuv's, the sync thread: all of them (a run already lower stays so).
      expect(threads.length).toBeGreaterThan(3);
      expect(new Set(threads)).toEqual(new Set([Math.max(own, syncProcessNice)]));
      expect(new Set(niceByThread(process.pid))).toEqual(new Set([own]));
    },
    60_000,
  );
});
