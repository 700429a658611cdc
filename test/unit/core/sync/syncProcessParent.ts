// A window's process in miniature, for the sync process's tests: node --import tsx
// syncProcessParent.ts <stay|leave>. It starts the sync process with the test thread, prints
// where that runs as JSON, then stays (until killed) or leaves (its event loop empty).
import { createSyncWorker } from '../../../../src/core/sync/syncWorkerClient';
import { defaultEventWindow } from '../../../../src/shared/ipc/syncSettings';
import { sourceWorker } from '../../../support/syncWorkerEntry';

const worker = createSyncWorker(sourceWorker(new URL('./testSyncThread.ts', import.meta.url)));
const where = await worker.run(
  {
    cacheFile: '',
    apiVersion: '62.0',
    userId: 'where',
    background: false,
    pushOnly: false,
    scopes: {},
    eventWindow: defaultEventWindow,
    session: { instanceUrl: 'https://example.my.salesforce.com' },
  },
  {
    onProgress: () => undefined,
    log: () => undefined,
    refreshed: () => Promise.reject(new Error('no refresh here')),
  },
);
console.log(JSON.stringify(where));
if (process.argv[2] === 'stay') setInterval(() => undefined, 1 << 30);
