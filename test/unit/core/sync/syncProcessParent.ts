// A window's process in miniature, for the sync process's tests: node --import tsx
// syncProcessParent.ts <stay|leave|abandon>. It starts the sync process with the test thread,
// prints where that runs as JSON, then stays (until killed) or leaves (its event loop empty);
// or it exits at once, while the sync process is still loading.
import { createSyncWorker } from '../../../../src/core/sync/syncWorkerClient';
import { sourceWorker } from '../../../support/syncWorkerEntry';
import { asking, quietHandlers } from './testSyncRequest';

const worker = createSyncWorker(sourceWorker(new URL('./testSyncThread.ts', import.meta.url)));
if (process.argv[2] === 'abandon') {
  void worker.run(asking('where'), quietHandlers);
  process.exit(0);
}
console.log(JSON.stringify(await worker.run(asking('where'), quietHandlers)));
if (process.argv[2] === 'stay') setInterval(() => undefined, 1 << 30);
