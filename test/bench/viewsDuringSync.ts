import { openSqlite } from '../../src/core/store/openDatabase';
import type { ViewContext } from '../../src/core/views/sqlFilter';
import { listRecords } from '../../src/core/views/listRecords';
import { pipelineBoard } from '../../src/core/views/pipelineBoard';

const everyMs = 50;

function p99(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length * 0.99)] ?? 0) * 10) / 10;
}

/**
 * The window asking for a Leads page and the pipeline board, alternately, every 50 ms (one call
 * in flight) while a sync runs on this thread. A call's latency runs from when the window sent it
 * to its answer, so time spent queued behind the sync counts.
 */
export function probeViewsDuringSync(file: string, context: ViewContext) {
  // A read connection of its own (WAL), as the views will have once the sync runs elsewhere.
  const db = openSqlite(file);
  const calls = [
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
    () => pipelineBoard(db, { owner: 'me', close: { period: 'any' }, cardsPerStage: 100 }, context),
  ];
  const latencies: number[] = [];
  /** The longest single answer: a block of the thread that is the views' own work, not the sync's. */
  let longestCallMs = 0;
  let sentAt = performance.now() + everyMs;
  let timer: NodeJS.Timeout;
  const answer = () => {
    const began = performance.now();
    calls[latencies.length % calls.length]!();
    longestCallMs = Math.max(longestCallMs, performance.now() - began);
    latencies.push(performance.now() - sentAt);
    // The window awaits each answer: a late one is followed at once by the next call, which then
    // waits its turn behind whatever the thread does next.
    sentAt = Math.max(sentAt + everyMs, performance.now());
    timer = setTimeout(answer, sentAt - performance.now());
  };
  timer = setTimeout(answer, everyMs);
  return () => {
    clearTimeout(timer);
    db.close();
    return {
      ipcCallsDuringSync: latencies.length,
      ipcP99MsDuringSync: p99(latencies),
      ipcLongestCallMs: Math.round(longestCallMs),
    };
  };
}
