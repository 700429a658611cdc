import { openSqlite } from '../../src/core/store/openDatabase';
import { sizePageCacheForViews } from '../../src/core/store/viewsPageCache';
import type { ViewContext } from '../../src/core/views/sqlFilter';
import { homeSummary } from '../../src/core/views/homeSummary';
import { listRecords } from '../../src/core/views/listRecords';
import { pipelineBoard } from '../../src/core/views/pipelineBoard';
import { boardPageCards } from '../../src/shared/ipc/views';
import { heapMb } from './heapPeaks';
import { mainThreadTimes } from './threadCpu';

const everyMs = 50;

function p99(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length * 0.99)] ?? 0) * 10) / 10;
}

/**
 * The window asking for what its screens show during a first sync (a Leads page, the pipeline
 * board and Home's summary, in turn) every 50 ms (one call in flight) while a sync runs in the
 * worker. A call's latency runs from when the window sent it to its answer, so time spent queued
 * behind anything else on this thread counts.
 */
export function probeViewsDuringSync(file: string, context: ViewContext) {
  // A read connection of its own (WAL), as the views have while the sync runs in the worker.
  const db = openSqlite(file);
  sizePageCacheForViews(db);
  const calls: Array<[string, () => { loading: string[] }]> = [
    [
      'records.list',
      () =>
        listRecords(
          db,
          {
            object: 'Lead',
            filter: { owner: 'all' },
            sort: { column: 'Name', desc: false },
            offset: 0,
            limit: 100,
          },
          context,
        ),
    ],
    [
      'pipeline.board',
      () =>
        pipelineBoard(
          db,
          { owner: 'me', close: { period: 'any' }, cardsPerStage: boardPageCards },
          context,
        ),
    ],
    ['home.summary', () => homeSummary(db, context)],
  ];
  const latencies: number[] = [];
  /** The longest answer of each call: a block of the thread that is the views' own work. */
  const longestMs = new Map<string, number>();
  /** The most CPU time one answer of each call took: its own work, whatever the machine's load. */
  const mostOnCpuMs = new Map<string, number>();
  const startTimes = mainThreadTimes();
  /** Answers that left out an object still loading, rather than scan its unindexed table. */
  let loadingAnswers = 0;
  let peakHeapMb = heapMb();
  let sentAt = performance.now() + everyMs;
  let timer: NodeJS.Timeout;
  const answer = () => {
    const began = performance.now();
    const cpuBefore = mainThreadTimes();
    const [name, call] = calls[latencies.length % calls.length]!;
    const { loading } = call();
    longestMs.set(name, Math.max(longestMs.get(name) ?? 0, performance.now() - began));
    const onCpuMs = (mainThreadTimes()?.onCpuMs ?? 0) - (cpuBefore?.onCpuMs ?? 0);
    mostOnCpuMs.set(name, Math.max(mostOnCpuMs.get(name) ?? 0, onCpuMs));
    latencies.push(performance.now() - sentAt);
    if (loading.length) loadingAnswers += 1;
    peakHeapMb = Math.max(peakHeapMb, heapMb());
    // The window awaits each answer: a late one is followed at once by the next call, which then
    // waits its turn behind whatever the thread does next.
    sentAt = Math.max(sentAt + everyMs, performance.now());
    timer = setTimeout(answer, sentAt - performance.now());
  };
  timer = setTimeout(answer, everyMs);
  return () => {
    clearTimeout(timer);
    db.close();
    const endTimes = mainThreadTimes();
    const rounded = (map: Map<string, number>) =>
      Object.fromEntries([...map].map(([name, ms]) => [name, Math.round(ms)]));
    return {
      ipcCallsDuringSync: latencies.length,
      ipcLoadingAnswersDuringSync: loadingAnswers,
      ipcP99MsDuringSync: p99(latencies),
      ipcLongestCallMs: Math.round(Math.max(0, ...longestMs.values())),
      ipcLongestCallMsByChannel: rounded(longestMs),
      ...(startTimes && endTimes
        ? {
            ipcMostOnCpuMsByChannel: rounded(mostOnCpuMs),
            // How long the main thread was ready to run but the machine gave it no CPU.
            mainWaitedForCpuMs: Math.round(endTimes.waitingMs - startTimes.waitingMs),
          }
        : {}),
      mainPeakHeapMb: Math.round(peakHeapMb),
    };
  };
}
