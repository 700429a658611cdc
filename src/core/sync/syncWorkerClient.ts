import type { PullProgress } from './pullObject';
import {
  fromWorkerError,
  threadArg,
  toWorkerError,
  type FromWorker,
  type LockedSync,
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
  /** Another process holds the cache's lock. */
  waiting(): void;
  log(message: string): void;
  /** A new session when the worker's token expired. */
  refreshed(): Promise<WorkerSession>;
};

/** A sync process as this side follows it: who waits for its end, and why it died. */
type Running = {
  process: SyncProcess;
  exitWaiters: Set<(code: number, crash: Error | undefined) => void>;
  /** An error its thread did not catch: the exit that follows says so. */
  crash?: Error;
};

/** One sync process, kept between runs and started again after it died; one run at a time. */
export function createSyncWorker(entry: SyncWorkerEntry, heapMb = defaultHeapMb) {
  let current: Running | undefined;
  let stopping = false;
  /** The run going on: where the process's messages go. */
  let listener: ((message: FromWorker) => void) | undefined;

  function started(): Running {
    if (current) return current;
    const spec = { ...entry.thread, heapMb };
    const running: Running = {
      process: entry.start([`${threadArg}${JSON.stringify(spec)}`], {
        message: (message) => {
          if (message.type !== 'crashed') {
            if (current === running) listener?.(message);
            return;
          }
          running.crash = fromWorkerError(message.error);
          // It is ending: a run asked for meanwhile starts a new one.
          if (current === running) current = undefined;
        },
        exit: (code) => {
          if (current === running) current = undefined;
          for (const waiter of [...running.exitWaiters]) waiter(code, running.crash);
        },
      }),
      exitWaiters: new Set(),
    };
    current = running;
    return running;
  }

  function run(request: WorkerRunRequest, handlers: RunHandlers): Promise<LockedSync> {
    // A run queued behind the one that stopping cuts off starts no new process meanwhile.
    if (stopping) return Promise.reject(quitting());
    const running = started();
    const child = running.process;
    child.hold(true);
    return new Promise<LockedSync>((resolve, reject) => {
      const answer = (session: WorkerSession | undefined, error: unknown, id: number) =>
        child.send({
          type: 'session',
          id,
          ...(session ? { session } : { error: toWorkerError(error) }),
        });
      listener = (message) => {
        if (message.type === 'progress') handlers.onProgress(message.progress);
        else if (message.type === 'log') handlers.log(message.message);
        else if (message.type === 'waiting') handlers.waiting();
        else if (message.type === 'refresh')
          handlers.refreshed().then(
            (session) => answer(session, undefined, message.id),
            (error: unknown) => answer(undefined, error, message.id),
          );
        else if (message.type === 'done' || message.type === 'failed') {
          finish();
          if (message.type === 'done') resolve(message.summary);
          else reject(fromWorkerError(message.error));
        }
      };
      const onExit = (code: number, crash: Error | undefined) => {
        finish();
        reject(stopping ? quitting() : new SyncWorkerStoppedError(code, crash));
      };
      const finish = () => {
        listener = undefined;
        running.exitWaiters.delete(onExit);
        // An idle process keeps no other alive (a test run, a quitting app).
        child.hold(false);
      };
      running.exitWaiters.add(onExit);
      child.send({ type: 'run', request });
    });
  }

  return {
    run,
    /** After a stop has settled: the next run starts a new process. */
    reopen() {
      stopping = false;
    },
    /**
     * Ends the sync process (quitting, or closing the caches): it closes the cache first, so no
     * WAL is left behind; one that does not end within `waitMs` is killed (a transaction it had
     * open is never committed), and one that does not end even then is left to end alone.
     */
    async stop(waitMs = 2_000) {
      stopping = true;
      const running = current;
      if (!running) return;
      const timers: NodeJS.Timeout[] = [];
      await new Promise<void>((resolve) => {
        const exited = () => {
          running.exitWaiters.delete(exited);
          resolve();
        };
        running.exitWaiters.add(exited);
        running.process.send({ type: 'stop' });
        timers.push(
          setTimeout(() => running.process.kill(), waitMs),
          setTimeout(resolve, 2 * waitMs),
        );
      });
      for (const timer of timers) clearTimeout(timer);
    },
  };
}

export type SyncWorker = ReturnType<typeof createSyncWorker>;
