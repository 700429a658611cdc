import type { RunHandlers } from '../../../../src/core/sync/syncWorkerClient';
import type { WorkerRunRequest } from '../../../../src/core/sync/workerProtocol';
import { defaultEventWindow } from '../../../../src/shared/ipc/syncSettings';

/** A run for testSyncThread.ts: its user id says what the thread does. */
export const asking = (userId: string): WorkerRunRequest => ({
  cacheFile: '',
  apiVersion: '62.0',
  userId,
  background: false,
  pushOnly: false,
  scopes: {},
  eventWindow: defaultEventWindow,
  session: { instanceUrl: 'https://example.my.salesforce.com' },
  lock: { waitMs: 0, crashSettleMs: 0 },
});

export const quietHandlers: RunHandlers = {
  onProgress: () => undefined,
  waiting: () => undefined,
  log: () => undefined,
  refreshed: () => Promise.reject(new Error('no refresh here')),
};

/** Where testSyncThread.ts runs, as it answers a run asking 'where'. */
export type Where = { pid: number; ppid: number };
