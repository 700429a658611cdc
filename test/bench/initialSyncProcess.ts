// One initial sync as the app runs it: this process stands for the app's main process and
// answers the window's calls (the probe) on its own read connection, while the sync runs in the
// sync process. The bench's harness (Playwright, the views bench) is in neither's memory.
// Prints one JSON line.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { apiVersion } from '../../src/core/salesforce/apiVersion';
import { openDatabase } from '../../src/core/store/openDatabase';
import { createSyncWorker } from '../../src/core/sync/syncWorkerClient';
import { defaultEventWindow } from '../../src/shared/ipc/syncSettings';
import type { FakeOrg } from '../fake-org';
import { signIn } from '../support/fakeOrgSignIn';
import { sourceWorker } from '../support/syncWorkerEntry';
import { peakRssMb, peaksFromLog } from './heapPeaks';
import { probeViewsDuringSync } from './viewsDuringSync';

const [url, clientId, file] = process.argv.slice(2);
const conn = await signIn({ url, clientId } as FakeOrg);
const userId = conn.userInfo!.id;
// The app opens the cache on this thread before the worker does (migrations, the views).
const db = openDatabase(file!);
const rssBeforeSyncMb = Math.round(process.memoryUsage().rss / 1e6);
// How long the thread is held at a stretch, by the sync or by answering the window's calls: in
// the app, the window's next message waits that long.
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
const stopProbe = probeViewsDuringSync(file!, { userId, now: new Date() });
const sync = peaksFromLog();
const began = performance.now();
const worker = createSyncWorker(
  sourceWorker(new URL('./heapSampledSyncWorker.ts', import.meta.url)),
);
const locked = await worker.run(
  {
    cacheFile: file!,
    apiVersion,
    userId,
    background: false,
    pushOnly: false,
    scopes: {},
    eventWindow: defaultEventWindow,
    session: { instanceUrl: conn.instanceUrl, accessToken: conn.accessToken! },
    lock: { waitMs: 0, crashSettleMs: 0 },
  },
  {
    onProgress: () => {},
    waiting: () => {},
    log: sync.log,
    refreshed: () => Promise.reject(new Error('The bench session does not expire')),
  },
);
const seconds = (performance.now() - began) / 1000;
const probe = stopProbe();
loop.disable();
await worker.stop();
db.close();
if (!locked.ran) throw new Error('the bench cache was locked');
const initial = locked.value;
if (initial.outcome !== 'done') throw new Error(initial.reason);
console.log(
  JSON.stringify({
    records: initial.objects.reduce((n, o) => n + o.cached, 0),
    seconds,
    apiCalls: initial.apiCalls,
    longestBlockMs: Math.round(loop.max / 1e6),
    ...probe,
    workerPeakHeapMb: sync.peaks().heapMb,
    rssBeforeSyncMb,
    // This process alone: the sync process's memory is its own.
    mainPeakRssMb: Math.round(peakRssMb()),
    workerPeakRssMb: sync.peaks().rssMb,
    syncProcessCpuSeconds: sync.peaks().cpuSeconds,
  }),
);
