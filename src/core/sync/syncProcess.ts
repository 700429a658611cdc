// The sync process's entry. The app starts it as an Electron utilityProcess
// (src/main/utilitySyncProcess.ts); tests, the browser test bed and the bench as a forked Node
// (forkedSyncProcess.ts). It lowers its own priority, runs the sync on one thread whose heap is
// capped (syncWorker.ts; a utility process takes no V8 heap flag of its own), and relays
// messages both ways. Its memory, priority and crashes are its own, not the window's process's.
import { Worker } from 'node:worker_threads';
import { lowerProcessPriority } from './lowerProcessPriority';
import {
  threadArg,
  toWorkerError,
  type FromWorker,
  type SyncThreadSpec,
  type ToWorker,
} from './workerProtocol';

type ElectronParentPort = {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
};

type Parent = {
  send(message: FromWorker): void;
  onMessage(listener: (message: ToWorker) => void): void;
  /** Ends this process once what was sent has left it. */
  exit(code: number): void;
};

/** Electron's utility process has `process.parentPort`; a forked Node has its IPC channel. */
function connectToParent(): Parent {
  const electronPort = (process as { parentPort?: ElectronParentPort }).parentPort;
  if (electronPort)
    return {
      send: (message) => electronPort.postMessage(message),
      onMessage: (listener) =>
        electronPort.on('message', (event) => listener(event.data as ToWorker)),
      // postMessage does not say when a message has left: the thread's last words (why it
      // crashed) get a moment to go before the process ends.
      exit: (code) => setTimeout(() => process.exit(code), 200),
    };
  // A parent that went away (killed, crashed) takes this process with it, also one that went
  // while this one was still loading, before it could hear so.
  process.on('disconnect', () => process.exit(0));
  if (!process.connected) process.exit(0);
  let unsent = 0;
  let exitCode: number | undefined;
  const exitIfSent = () => {
    if (exitCode !== undefined && unsent === 0) process.exit(exitCode);
  };
  return {
    send: (message) => {
      unsent++;
      // A message the parent can no longer take (it is going) is dropped with it.
      process.send?.(message, undefined, undefined, () => {
        unsent--;
        exitIfSent();
      });
    },
    onMessage: (listener) => process.on('message', (message) => listener(message as ToWorker)),
    exit: (code) => {
      exitCode = code;
      exitIfSent();
    },
  };
}

const parent = connectToParent();
const spec = JSON.parse(
  process.argv.find((arg) => arg.startsWith(threadArg))!.slice(threadArg.length),
) as SyncThreadSpec;
// Before the thread starts: on Linux it inherits the nice value of the thread that starts it.
lowerProcessPriority((message) => parent.send({ type: 'log', message }));
const thread = new Worker(spec.filename, {
  eval: spec.eval ?? false,
  resourceLimits: { maxOldGenerationSizeMb: spec.heapMb },
});
thread.on('message', (message: FromWorker) => parent.send(message));
// Out of memory past the cap, or an error the sync did not catch: the exit follows.
thread.on('error', (error) => parent.send({ type: 'crashed', error: toWorkerError(error) }));
// The thread's end is the process's, with its code, which the run's error reports.
thread.on('exit', (code) => parent.exit(code));
parent.onMessage((message) => thread.postMessage(message));
