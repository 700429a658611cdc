/** The cache cannot be used: each has its own message and way out (core/store/cacheProblems). */
export const cacheProblemCodes = [
  'CACHE_NEWER',
  'CACHE_DAMAGED',
  'DISK_FULL',
  'READ_ONLY',
  'CACHE_ENGINE_MISSING',
] as const;
export type CacheProblemCode = (typeof cacheProblemCodes)[number];

export type IpcErrorCode =
  | 'INVALID_INPUT'
  | 'UNKNOWN_CHANNEL'
  | 'FORBIDDEN_SENDER'
  | 'NOT_ALLOWED'
  | 'INTERNAL'
  | CacheProblemCode;

type IpcFailure = { ok: false; code: IpcErrorCode; message: string };
export type IpcResult<T> = { ok: true; value: T } | IpcFailure;

/** Thrown by handlers for failures the renderer should explain to the rep. */
export class IpcError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IpcError';
  }
}
