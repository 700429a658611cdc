// One initial sync in a process of its own, as the app's main process would run it: the bench's
// harness (Playwright, the views bench) is not in its memory. Prints one JSON line.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { apiVersion } from '../../src/core/salesforce/apiVersion';
import { openDatabase } from '../../src/core/store/openDatabase';
import { syncOrg } from '../../src/core/sync/syncOrg';
import type { FakeOrg } from '../fake-org';
import { signIn } from '../support/fakeOrgSignIn';
import { probeViewsDuringSync } from './viewsDuringSync';

const [url, clientId, file] = process.argv.slice(2);
const conn = await signIn({ url, clientId } as FakeOrg);
const userId = conn.userInfo!.id;
const db = openDatabase(file!);
const rssBeforeSyncMb = Math.round(process.memoryUsage().rss / 1e6);
// How long the thread is held at a stretch, by the sync or by answering the window's calls: in
// the app, the window's next message waits that long.
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
const stopProbe = probeViewsDuringSync(file!, { userId, now: new Date() });
const began = performance.now();
const initial = await syncOrg({ db, conn, apiVersion, userId });
const seconds = (performance.now() - began) / 1000;
const probe = stopProbe();
loop.disable();
db.close();
if (initial.outcome !== 'done') throw new Error(initial.reason);
console.log(
  JSON.stringify({
    records: initial.objects.reduce((n, o) => n + o.cached, 0),
    seconds,
    apiCalls: initial.apiCalls,
    longestBlockMs: Math.round(loop.max / 1e6),
    ...probe,
    rssBeforeSyncMb,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
