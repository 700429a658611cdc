import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Connection } from 'jsforce';
import { apiVersion } from '../../src/core/appCore';
import { openDatabase } from '../../src/core/store/openDatabase';
import { syncOrg } from '../../src/core/sync/syncOrg';
import type { FakeOrg } from '../fake-org';
import { signIn } from '../unit/fake-org/signIn';
import { startFakeOrgProcess } from '../bench/fakeOrgProcess';

const org = await startFakeOrgProcess('large');
const conn: Connection = await signIn({ url: org.url, clientId: org.clientId } as FakeOrg);
const T0 = performance.now();
const ts = () => Math.round(performance.now() - T0);
if (process.env.TRACE) {
  const origFetch = globalThis.fetch;
  globalThis.fetch = (async (u: any, o: any) => { const t = ts(); const r = await origFetch(u, o); const txt = await r.text(); console.error(`fetch ${t}-${ts()} ${String(u).slice(-60)}`); return new Response(txt, { status: r.status, headers: r.headers }); }) as any;
  const origReq = conn.request.bind(conn);
  (conn as any).request = async (req: any, ...rest: any[]) => { const t = ts(); const r = await origReq(req, ...rest); console.error(`req ${t}-${ts()} ${(typeof req === 'string' ? req : req.method + ' ' + req.url).slice(0, 90)}`); return r; };
}
for (let i = 0; i < 2; i++) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rb-prof-')), 'c.sqlite');
  const db = openDatabase(file);
  const t = performance.now(); const cpu0 = process.cpuUsage();
  const s = await syncOrg({ db, conn, apiVersion, userId: conn.userInfo!.id, ...(process.env.PAGE ? { bulkPageSize: Number(process.env.PAGE) } : {}) });
  const secs = (performance.now() - t) / 1000;
  if (s.outcome === 'done') console.log(JSON.stringify({ cpu: process.cpuUsage(cpu0), secs, rps: s.objects.reduce((n, o) => n + o.cached, 0) / secs, calls: s.apiCalls, objects: s.objects.map(o=>[o.object,o.cached]) }));
  db.close();
  if (process.env.KEEP) fs.copyFileSync(file, process.env.KEEP);
}
console.log('rss', process.resourceUsage().maxRSS / 1024);
org.stop();
