import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  lowerThreadPriority,
  syncWorkerNice,
  type PriorityDeps,
} from '../../../../src/core/sync/lowerThreadPriority';
import { connectedCore } from '../../../support/connectedCore';

function attempt(deps: Omit<PriorityDeps, 'setPriority'>, refuse?: Error) {
  const calls: Array<[number, number]> = [];
  const logged: string[] = [];
  const lowered = lowerThreadPriority((message) => logged.push(message), {
    ...deps,
    setPriority: (pid, priority) => {
      calls.push([pid, priority]);
      if (refuse) throw refuse;
    },
  });
  return { lowered, calls, logged };
}

/** Each thread of this process and its nice value, from Linux's /proc. */
function niceByThread(): Map<number, number> {
  const dir = `/proc/${process.pid}/task`;
  return new Map(
    fs.readdirSync(dir).map((tid) => {
      // Field 19 of stat; the name before it, in parentheses, may hold spaces.
      const after = fs.readFileSync(`${dir}/${tid}/stat`, 'utf8').split(') ')[1]!;
      return [Number(tid), Number(after.split(' ')[16])];
    }),
  );
}

describe('lowering the sync worker’s priority', () => {
  it.each([
    { platform: 'linux', isMainThread: false, lowered: true },
    // There os.setPriority(0) is the whole process: the window's thread would wait too.
    { platform: 'darwin', isMainThread: false, lowered: false },
    { platform: 'win32', isMainThread: false, lowered: false },
    // Never the thread that answers the window.
    { platform: 'linux', isMainThread: true, lowered: false },
  ] as const)('on $platform (main thread: $isMainThread): $lowered', (row) => {
    const { lowered, calls, logged } = attempt(row);
    expect(lowered).toBe(row.lowered);
    expect(calls).toEqual(row.lowered ? [[0, syncWorkerNice]] : []);
    expect(logged).toEqual([]);
  });

  it('a refusal by the OS is said once and the sync goes on at normal priority', () => {
    const refused = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const { lowered, logged } = attempt({ platform: 'linux', isMainThread: false }, refused);
    expect(lowered).toBe(false);
    expect(logged).toEqual([
      'The sync runs at normal priority: lowering it failed (EACCES: permission denied)',
    ]);
  });

  it.runIf(process.platform === 'linux')(
    'on Linux the worker thread runs at the lower priority and the main thread does not',
    async () => {
      const before = niceByThread();
      const { core } = await connectedCore({ dataset: 'tiny', autoApprove: true });
      const after = niceByThread();
      // The thread that answers the window (its id is the process's).
      expect(after.get(process.pid)).toBe(0);
      const lowered = [...after].filter(
        ([tid, nice]) => nice === syncWorkerNice && !before.has(tid),
      );
      expect(lowered).toHaveLength(1);
      expect(core.sync.status().state).toBe('idle');
    },
    60_000,
  );
});
