// A sync thread for the sync process's tests, started by the real sync process in place of
// syncWorker.ts: it answers a run as its user id asks (grow past the heap cap, throw, or say
// which process it runs in).
import { parentPort } from 'node:worker_threads';
import type { FromWorker, ToWorker } from '../../../../src/core/sync/workerProtocol';

const port = parentPort!;

port.on('message', (message: ToWorker) => {
  if (message.type === 'stop') process.exit(0);
  if (message.type !== 'run') return;
  const ask = message.request.userId;
  if (ask === 'grow') {
    const hoard: number[][] = [];
    for (;;) hoard.push(new Array<number>(100_000).fill(hoard.length));
  }
  if (ask === 'throw')
    setImmediate(() => {
      throw new Error('a bug the sync did not catch');
    });
  if (ask === 'where')
    port.postMessage({
      type: 'done',
      summary: { pid: process.pid, ppid: process.ppid },
    } as unknown as FromWorker);
});
