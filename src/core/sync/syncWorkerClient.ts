import { Worker } from 'node:worker_threads';
import type { PullProgress } from './pullObject';
import type { SyncSummary } from './syncOrg';
import {
  fromWorkerError,
  toWorkerError,
  type FromWorker,
  type ToWorker,
  type WorkerRunRequest,
  type WorkerSession,
} from './workerProtocol';

/**
 * Where the worker's code is: the built `out/main/syncWorker.js` in the app; in tests, the test
 * bed and the bench, a few lines of `eval` code that load `syncWorker.ts` through tsx.
 */
export type SyncWorkerEntry = { filename: string | URL; eval?: boolean };

/** The sync thread ended without answering: killed, out of memory, or a crash in native code. */
export class SyncWorkerStoppedError extends Error {
  constructor(
    readonly exitCode: number,
    cause?: Error,
  ) {
    super(`The sync worker stopped (exit code ${exitCode})${cause ? `: ${cause.message}` : ''}`, {
      cause,
    });
    this.name = 'SyncWorkerStoppedError';
  }
}

/** The sync service stopped (quitting): a run cut off or asked for after says nothing more. */
export class SyncQuitError extends Error {
  constructor() {
    super('The sync stopped because Roadbook is quitting');
    this.name = 'SyncQuitError';
  }
}
const quitting = () => new SyncQuitError();

/**
 * A page of 5,000 records in two lanes keeps well under this (bench: worker heap); past it the
 * worker dies alone and the run says so, instead of the process that draws the window swapping.
 */
const defaultHeapMb = 512;

export type RunHandlers = {
  onProgress(progress: PullProgress): void;
  log(message: string): void;
  /** A new session when the worker's token expired. */
  refreshed(): Promise<WorkerSession>;
};

/** One worker thread, kept between runs and started again after it died; one run at a time. */
export function createSyncWorker(entry: SyncWorkerEntry, heapMb = defaultHeapMb) {
  let worker: Worker | undefined;
  let stopping = false;
  /** What ended the worker, when it was an error it did not catch. */
  let uncaught: Error | undefined;

  function started(): Worker {
    if (worker) return worker;
    const next = new Worker(entry.filename, {
      eval: entry.eval ?? false,
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
    });
    // An error the worker did not catch ends it; the run's exit handler answers with it.
    next.on('error', (error) => (uncaught = error));
    next.on('exit', () => {
      if (worker === next) worker = undefined;
    });
    worker = next;
    return next;
  }

  function run(request: WorkerRunRequest, handlers: RunHandlers): Promise<SyncSummary> {
    // A run queued behind the one that stopping cuts off starts no new worker meanwhile.
    if (stopping) return Promise.reject(quitting());
    const thread = started();
    thread.ref();
    return new Promise<SyncSummary>((resolve, reject) => {
      const answer = (session: WorkerSession | undefined, error: unknown, id: number) =>
        thread.postMessage({
          type: 'session',
          id,
          ...(session ? { session } : { error: toWorkerError(error) }),
        } satisfies ToWorker);
      const onMessage = (message: FromWorker) => {
        if (message.type === 'progress') handlers.onProgress(message.progress);
        else if (message.type === 'log') handlers.log(message.message);
        else if (message.type === 'refresh')
          handlers.refreshed().then(
            (session) => answer(session, undefined, message.id),
            (error: unknown) => answer(undefined, error, message.id),
          );
        else {
          finish();
          if (message.type === 'done') resolve(message.summary);
          else reject(fromWorkerError(message.error));
        }
      };
      const onExit = (code: number) => {
        finish();
        reject(stopping ? quitting() : new SyncWorkerStoppedError(code, uncaught));
        uncaught = undefined;
      };
      const finish = () => {
        thread.off('message', onMessage);
        thread.off('exit', onExit);
        // An idle worker keeps no process alive (the CLI, a test run, a quitting app).
        thread.unref();
      };
      thread.on('message', onMessage);
      thread.on('exit', onExit);
      thread.postMessage({ type: 'run', request } satisfies ToWorker);
    });
  }

  return {
    run,
    /** After a stop has settled: the next run starts a new worker. */
    reopen() {
      stopping = false;
    },
    /**
     * Ends the thread (quitting, or closing the caches): it closes the cache first, so no WAL is left behind; one that
     * does not end within `waitMs` is terminated (a transaction it had open is never committed).
     */
    async stop(waitMs = 2_000) {
      stopping = true;
      const thread = worker;
      if (!thread) return;
      const exited = new Promise((resolve) => thread.once('exit', resolve));
      thread.postMessage({ type: 'stop' } satisfies ToWorker);
      const timer = setTimeout(() => void thread.terminate(), waitMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

export type SyncWorker = ReturnType<typeof createSyncWorker>;
