// The sync thread's entry: pulls and pushes with a SQLite connection of its own, so the process
// that answers the window only relays status. The sync process (syncProcess.ts) runs it with a
// capped heap. electron-vite builds it beside the app's main (out/main/syncWorker.js); tests,
// the test bed and the bench load this source through tsx (test/support/syncWorkerEntry.ts).
import { parentPort } from 'node:worker_threads';
import jsforce from 'jsforce';
import { immediateTransactions } from '../store/immediateTransactions';
import { openDatabase } from '../store/openDatabase';
import { lockedRun } from './lockedRun';
import { syncOrg } from './syncOrg';
import {
  fromWorkerError,
  toWorkerError,
  type FromWorker,
  type ToWorker,
  type WorkerRunRequest,
  type WorkerSession,
} from './workerProtocol';

const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);
const refreshes = new Map<number, (answer: ToWorker & { type: 'session' }) => void>();
let nextRefresh = 0;
/** The cache of the run going on, if any. */
let open: { close(): void } | undefined;

/** The thread that holds the sign-in refreshes it; the worker never sees a refresh token. */
function refreshed(): Promise<WorkerSession> {
  const id = nextRefresh++;
  send({ type: 'refresh', id });
  return new Promise((resolve, reject) =>
    refreshes.set(id, (answer) =>
      answer.session ? resolve(answer.session) : reject(fromWorkerError(answer.error!)),
    ),
  );
}

async function run(request: WorkerRunRequest) {
  const log = (message: string) => send({ type: 'log', message });
  const conn = new jsforce.Connection({
    instanceUrl: request.session.instanceUrl,
    version: request.apiVersion,
    ...(request.session.accessToken ? { accessToken: request.session.accessToken } : {}),
    refreshFn: (c, callback) => {
      refreshed().then(
        (session) => {
          c.instanceUrl = session.instanceUrl;
          callback(null, session.accessToken);
        },
        (error: Error) => callback(error),
      );
    },
  });
  const db = immediateTransactions(
    openDatabase(
      request.cacheFile,
      request.nativeBinding ? { nativeBinding: request.nativeBinding } : {},
    ),
  );
  open = db;
  let reports = 0;
  try {
    // The lock is this process's: a window's process that dies takes no lock with it while
    // this one still writes, and this one's death frees it (cacheLock.ts).
    return await lockedRun(
      {
        db,
        cacheFile: request.cacheFile,
        ...(request.nativeBinding ? { nativeBinding: request.nativeBinding } : {}),
        waitMs: request.lock.waitMs,
        crashSettleMs: request.lock.crashSettleMs,
        onWait: () => send({ type: 'waiting' }),
        log,
      },
      () =>
        syncOrg({
          db,
          conn,
          apiVersion: request.apiVersion,
          userId: request.userId,
          background: request.background,
          pushOnly: request.pushOnly,
          scopes: request.scopes,
          eventWindow: request.eventWindow,
          onProgress: (progress) => {
            if (++reports === request.dieAtProgress) process.exit(70);
            send({ type: 'progress', progress });
          },
          // An object starting or stored reads as progress to the rep, as a page does.
          onObject: (progress) => send({ type: 'progress', progress }),
          log,
        }),
    );
  } finally {
    // Closed before the answer goes: a disconnect waiting for this run then deletes a closed file.
    db.close();
    open = undefined;
  }
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'stop') {
    // Messages come between two transactions (each is synchronous), so closing here leaves the
    // cache whole and its WAL checkpointed; the run cut off resumes from its cursors next time.
    open?.close();
    process.exit(0);
  }
  if (message.type === 'session') {
    refreshes.get(message.id)?.(message);
    refreshes.delete(message.id);
    return;
  }
  run(message.request).then(
    (summary) => send({ type: 'done', summary }),
    (error: unknown) => send({ type: 'failed', error: toWorkerError(error) }),
  );
});
