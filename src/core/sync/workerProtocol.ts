import { IpcError, type IpcErrorCode } from '../../shared/ipc/result';
import type { EventWindow, ObjectScope } from '../../shared/ipc/syncSettings';
import type { PullProgress } from './pullObject';
import type { SyncSummary } from './syncOrg';

export type WorkerSession = { accessToken?: string; instanceUrl: string };

/** A run's answer: the sync's summary, or that another process kept the cache's lock. */
export type LockedSync = { ran: true; value: SyncSummary } | { ran: false };

/** One sync, as the thread that answers the window asks the worker for it. */
export type WorkerRunRequest = {
  cacheFile: string;
  nativeBinding?: string;
  apiVersion: string;
  userId: string;
  background: boolean;
  pushOnly: boolean;
  scopes: Partial<Record<string, ObjectScope>>;
  eventWindow: EventWindow;
  session: WorkerSession;
  /** The cache's lock, which the sync process takes for the run (lockedRun.ts). */
  lock: { waitMs: number; crashSettleMs: number };
  /** Test hook: the worker ends its thread at this progress report, as a crash would. */
  dieAtProgress?: number;
};

/** What crosses the thread boundary of an error: enough for the run to say what happened. */
export type WorkerError = { name: string; message: string; code?: string; errorCode?: string };

export type ToWorker =
  | { type: 'run'; request: WorkerRunRequest }
  | { type: 'session'; id: number; session?: WorkerSession; error?: WorkerError }
  /** Quitting: close the cache and end the thread. */
  | { type: 'stop' };

export type FromWorker =
  | { type: 'progress'; progress: PullProgress }
  | { type: 'log'; message: string }
  | { type: 'refresh'; id: number }
  /** Another process holds the cache's lock: the run waits for it. */
  | { type: 'waiting' }
  | { type: 'done'; summary: LockedSync }
  | { type: 'failed'; error: WorkerError }
  /** From the sync process: its thread ended on an error it did not catch (the exit follows). */
  | { type: 'crashed'; error: WorkerError };

/** How the sync process starts its thread: the thread's code, and its heap cap. */
export type SyncThreadEntry = { filename: string; eval?: boolean };
export type SyncThreadSpec = SyncThreadEntry & { heapMb: number };

/** The sync process's argument that carries its thread's spec. */
export const threadArg = '--roadbook-sync-thread=';

export function toWorkerError(error: unknown): WorkerError {
  const e = (error ?? {}) as Partial<WorkerError>;
  return {
    name: typeof e.name === 'string' ? e.name : 'Error',
    message: typeof e.message === 'string' ? e.message : String(error),
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    ...(typeof e.errorCode === 'string' ? { errorCode: e.errorCode } : {}),
  };
}

/** An Error again on the other side, with the fields the run's error handling reads. */
export function fromWorkerError(error: WorkerError): Error {
  if (error.name === 'IpcError' && error.code)
    return new IpcError(error.code as IpcErrorCode, error.message);
  return Object.assign(new Error(error.message), error);
}
