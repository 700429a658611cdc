import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Connection } from 'jsforce';
import { apiVersion } from '../../src/core/salesforce/apiVersion';
import { openDatabase } from '../../src/core/store/openDatabase';
import { searchByObject } from '../../src/core/store/searchIndex';
import { sizePageCacheForViews } from '../../src/core/store/viewsPageCache';
import { objectSpecs } from '../../src/core/schema/objectSpecs';
import { syncOrg } from '../../src/core/sync/syncOrg';
import { listRecords } from '../../src/core/views/listRecords';
import { pipelineBoard } from '../../src/core/views/pipelineBoard';
import { boardPageCards } from '../../src/shared/ipc/views';
import type { FakeOrg } from '../fake-org';
import { signIn } from '../support/fakeOrgSignIn';
import { runBenchProcess } from './benchProcess';
import { changeOnePercent } from './changeOnePercent';
import { startFakeOrgProcess } from './fakeOrgProcess';
import { measureIngestLimit } from './ingestLimit';

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length * 0.95)]! * 100) / 100;
}

/** The approach to beat: one REST page at a time, one autocommitted insert per row. */
async function naiveSync(conn: Connection, file: string): Promise<number> {
  const db = new Database(file);
  db.exec('CREATE TABLE records (id TEXT PRIMARY KEY, object TEXT, json TEXT)');
  const insert = db.prepare('INSERT OR REPLACE INTO records (id, object, json) VALUES (?, ?, ?)');
  let rows = 0;
  for (const spec of objectSpecs) {
    // Roadbook's fields that this org has: DefaultCurrencyIsoCode is only in multi-currency orgs.
    const described = new Set((await conn.sobject(spec.name).describe()).fields.map((f) => f.name));
    const fields = spec.fields.filter((f) => described.has(f));
    let result = await conn.query<{ Id: string }>(
      `SELECT Id, SystemModstamp, ${fields.join(', ')} FROM ${spec.name} ORDER BY SystemModstamp, Id`,
      { scanAll: true },
    );
    for (;;) {
      for (const record of result.records) insert.run(record.Id, spec.name, JSON.stringify(record));
      rows += result.records.length;
      if (result.done || !result.nextRecordsUrl) break;
      result = await conn.queryMore<{ Id: string }>(result.nextRecordsUrl);
    }
  }
  db.close();
  return rows;
}

type InitialSync = {
  records: number;
  seconds: number;
  apiCalls: number;
  longestBlockMs: number;
  ipcCallsDuringSync: number;
  ipcLoadingAnswersDuringSync: number;
  ipcP99MsDuringSync: number;
  ipcLongestCallMs: number;
  ipcLongestCallMsByChannel: Record<string, number>;
  ipcMostOnCpuMsByChannel?: Record<string, number>;
  mainWaitedForCpuMs?: number;
  mainPeakHeapMb: number;
  workerPeakHeapMb: number;
  rssBeforeSyncMb: number;
  mainPeakRssMb: number;
  workerPeakRssMb: number;
  syncProcessCpuSeconds: number;
};

export async function measureSync(dataset: 'large' | 'huge') {
  // The caches go when the run ends: at 1M records one is ~1.2 GB.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-bench-'));
  const org = await startFakeOrgProcess(dataset);
  try {
    const conn = await signIn({ url: org.url, clientId: org.clientId } as FakeOrg);
    const userId = conn.userInfo!.id;
    const file = path.join(dir, 'cache.sqlite');
    const orgCpuBefore = org.cpuSeconds();
    const initial = await runBenchProcess<InitialSync>('test/bench/initialSyncProcess.ts', [
      org.url,
      org.clientId,
      file,
    ]);
    const orgCpuAfter = org.cpuSeconds();
    const { coldOpenHomeMs } = await runBenchProcess<{ coldOpenHomeMs: number }>(
      'test/bench/coldOpenHomeProcess.ts',
      [file, userId],
    );
    // The app's views connection: its page cache as the cache registry sizes it.
    const db = openDatabase(file);
    sizePageCacheForViews(db);
    const quietBegan = performance.now();
    const quiet = await syncOrg({ db, conn, apiVersion, userId });
    const quietMs = performance.now() - quietBegan;
    const changed = await changeOnePercent(db, org.url);
    const onePercentBegan = performance.now();
    const onePercent = await syncOrg({ db, conn, apiVersion, userId });
    const onePercentSeconds = (performance.now() - onePercentBegan) / 1000;
    if (onePercent.outcome !== 'done') throw new Error(onePercent.reason);
    const prefixes = [
      'ac',
      'nor',
      'glo',
      'ste',
      'mar',
      'ber',
      'chi',
      'sof',
      'lab',
      'ene',
      'mü',
      'san',
    ];
    const searchSamples = Array.from({ length: 200 }, (_, i) => {
      const t = performance.now();
      searchByObject(db, prefixes[i % prefixes.length]!, 8);
      return performance.now() - t;
    });
    const context = { userId, now: new Date() };
    const statuses = ['Working - Contacted', 'Open - Not Contacted', 'Closed - Converted'];
    const listSamples = Array.from({ length: 100 }, (_, i) => {
      const t = performance.now();
      listRecords(
        db,
        {
          object: 'Lead',
          filter: { status: [statuses[i % 3]!], owner: i % 2 ? 'me' : 'all' },
          sort: { column: i % 2 ? 'Name' : 'CreatedDate', desc: i % 4 < 2 },
          offset: (i * 937) % 5000,
          limit: 100,
        },
        context,
      );
      return performance.now() - t;
    });
    const pipelineSamples = Array.from({ length: 30 }, (_, i) => {
      const t = performance.now();
      pipelineBoard(
        db,
        {
          owner: i % 2 ? 'me' : 'all',
          close: { period: i % 3 ? 'any' : 'this-quarter' },
          cardsPerStage: boardPageCards,
        },
        context,
      );
      return performance.now() - t;
    });
    db.close();
    const limit = await measureIngestLimit(file, path.join(dir, 'limit.sqlite'));
    const initialRecordsPerSecond = Math.round(initial.records / initial.seconds);
    const ingestLimitRecordsPerSecond = Math.round(limit.records / limit.seconds);
    const figures = {
      records: initial.records,
      initialSeconds: Math.round(initial.seconds * 10) / 10,
      initialRecordsPerSecond,
      initialApiCalls: initial.apiCalls,
      ingestLimitRecords: limit.records,
      ingestLimitRecordsPerSecond,
      initialToLimitRatio:
        Math.round((initialRecordsPerSecond / ingestLimitRecordsPerSecond) * 100) / 100,
      ingestLimitRowsSeconds: Math.round(limit.rowsSeconds * 10) / 10,
      ingestLimitIndexesSeconds: Math.round(limit.indexesSeconds * 10) / 10,
      // Where the first load's CPU went: on a machine of few cores, the fake org (Salesforce's
      // work) and the sync share them.
      cores: os.availableParallelism(),
      initialSyncProcessCpuSeconds: initial.syncProcessCpuSeconds,
      initialFakeOrgCpuSeconds:
        orgCpuBefore === undefined || orgCpuAfter === undefined
          ? undefined
          : Math.round((orgCpuAfter - orgCpuBefore) * 10) / 10,
      mainLongestBlockMs: initial.longestBlockMs,
      ipcCallsDuringSync: initial.ipcCallsDuringSync,
      ipcLoadingAnswersDuringSync: initial.ipcLoadingAnswersDuringSync,
      ipcP99MsDuringSync: initial.ipcP99MsDuringSync,
      ipcLongestCallMs: initial.ipcLongestCallMs,
      ipcLongestCallMsByChannel: initial.ipcLongestCallMsByChannel,
      ipcMostOnCpuMsByChannel: initial.ipcMostOnCpuMsByChannel,
      mainWaitedForCpuMs: initial.mainWaitedForCpuMs,
      coldOpenHomeMs,
      incrementalNoChangeCalls: quiet.apiCalls,
      incrementalNoChangeMs: Math.round(quietMs),
      incremental1PercentChanged: changed,
      incremental1PercentCalls: onePercent.apiCalls,
      incremental1PercentSeconds: Math.round(onePercentSeconds * 100) / 100,
      ftsPrefixP95Ms: p95(searchSamples),
      leadListFilterSortP95Ms: p95(listSamples),
      pipelineBoardP95Ms: p95(pipelineSamples),
      // The process that answers the window, and the sync process (its thread's heap within it).
      mainRssBeforeSyncMb: initial.rssBeforeSyncMb,
      mainPeakRssMb: initial.mainPeakRssMb,
      workerPeakRssMb: initial.workerPeakRssMb,
      mainPeakHeapMb: initial.mainPeakHeapMb,
      workerPeakHeapMb: initial.workerPeakHeapMb,
    };
    // The naive sync below takes many minutes on a loaded machine: the figures so far are
    // printed first, so a run stopped during it still reports them.
    console.error(JSON.stringify({ sync: figures }));
    if (dataset === 'huge') return figures;
    const naiveBegan = performance.now();
    let naiveRows: number;
    try {
      naiveRows = await naiveSync(conn, path.join(dir, 'naive.sqlite'));
    } catch (error) {
      // The baseline has no retry of its own: a fake org that died under it (killed, out of
      // memory) costs this one figure, not the run's.
      return { ...figures, naiveError: (error as Error).message };
    }
    const naiveRecordsPerSecond = Math.round(naiveRows / ((performance.now() - naiveBegan) / 1000));
    return {
      ...figures,
      naiveRecordsPerSecond,
      speedupOverNaive:
        Math.round((figures.initialRecordsPerSecond / naiveRecordsPerSecond) * 10) / 10,
    };
  } finally {
    org.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
