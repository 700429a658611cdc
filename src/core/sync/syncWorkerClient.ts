import type { PullProgress } from './pullObject';
import type { SyncSummary } from './syncOrg';
import {
  fromWorkerError,
  threadArg,
  toWorkerError,
  type FromWorker,
  type SyncThreadEntry,
  type ToWorker,
  type WorkerRunRequest,
  type WorkerSession,
} from './workerProtocol';

/** The sync process as this side holds it, whatever started it (utilityProcess, fork). */
export type SyncProcess = {
  send(message: ToWorker): void;
  /** Ends it at once (a transaction it had open is never committed). */
  kill(): void;
  /** Whether it keeps this process alive (Node): an idle sync holds nothing open. */
  hold(held: boolean): void;
};

export type SyncProcessEvents = {
  message(message: FromWorker): void;
  /** It ended, with its code (a signal reads as a code of its own). */
  exit(code: number): void;
};

/**
 * Where the sync's code is and how its process starts: in the app, an Electron utilityProcess
 * running the built `out/main/syncProcess.js`, whose thread runs `out/main/syncWorker.js`; in
 * tests, the test bed and the bench, a forked Node running the same modules from source.
 */
export type SyncWorkerEntry = {
  start(args: string[], events: SyncProcessEvents): SyncProcess;
  thread: SyncThreadEntry;
};

/** The sync process ended without answering: killed, out of memory, or a crash in native code. */
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

/** One sync process, kept between runs and started again after it died; one run at a time. */
export function createSyncWorker(entry: SyncWorkerEntry, heapMb = defaultHeapMb) {
  let worker: SyncProcess | undefined;
  let stopping = false;
  /** What ended the worker, when it was an error it did not catch. */
  let uncaught: Error | undefined;
  /** The run going on: where the worker's messages go. */
  let listener: ((message: FromWorker) => void) | undefined;
  const exitWaiters = new Set<(code: number) => void>();

  function started(): SyncProcess {
    if (worker) return worker;
    const spec = { ...entry.thread, heapMb };
    const next = entry.start([`${threadArg}${JSON.stringify(spec)}`], {
      message: (message) => {
        // An error the worker did not catch ends it; the run's exit handler answers with it.
        if (message.type === 'crashed') uncaught = fromWorkerError(message.error);
        else listener?.(message);
      },
      exit: (code) => {
        if (worker === next) worker = undefined;
        for (const waiter of [...exitWaiters]) waiter(code);
      },
    });
    worker = next;
    return next;
  }

  function run(request: WorkerRunRequest, handlers: RunHandlers): Promise<SyncSummary> {
    // A run queued behind the one that stopping cuts off starts no new worker meanwhile.
    if (stopping) return Promise.reject(quitting());
    const child = started();
    child.hold(true);
    return new Promise<SyncSummary>((resolve, reject) => {
      const answer = (session: WorkerSession | undefined, error: unknown, id: number) =>
        child.send({
          type: 'session',
          id,
          ...(session ? { session } : { error: toWorkerError(error) }),
        });
      listener = (message) => {
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
        listener = undefined;
        exitWaiters.delete(onExit);
        // An idle worker keeps no process alive (a test run, a quitting app).
        child.hold(false);
      };
      exitWaiters.add(onExit);
      child.send({ type: 'run', request });
    });
  }

  return {
    run,
    /** After a stop has settled: the next run starts a new worker. */
    reopen() {
      stopping = false;
    },
    /**
     * Ends the worker (quitting, or closing the caches): it closes the cache first, so no WAL is
     * left behind; one that does not end within `waitMs` is killed (a transaction it had open is
     * never committed).
     */
    async stop(waitMs = 2_000) {
      stopping = true;
      const child = worker;
      if (!child) return;
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        const exited = () => {
          exitWaiters.delete(exited);
          resolve();
        };
        exitWaiters.add(exited);
        child.send({ type: 'stop' });
        timer = setTimeout(() => child.kill(), waitMs);
      });
      clearTimeout(timer);
    },
  };
}

export type SyncWorker = ReturnType<typeof createSyncWorker>;
