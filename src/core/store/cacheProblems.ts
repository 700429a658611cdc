import { cacheProblemCodes, IpcError, type CacheProblemCode } from '../../shared/ipc/result';

/** What the rep reads, and the way out. No file paths: the log has them. */
const cacheProblemMessages: Record<CacheProblemCode, string> = {
  CACHE_NEWER: 'Your saved records were written by a newer Roadbook. Update Roadbook to open them.',
  CACHE_DAMAGED:
    'Roadbook’s copy of your records is damaged. Rebuild it: Roadbook keeps the changes waiting for Salesforce and downloads your records again.',
  DISK_FULL:
    'Your disk is full, so Roadbook cannot save your records or changes. Free some space, then try again.',
  READ_ONLY:
    'Roadbook cannot write to its data folder. Check that the folder is not read-only and that you can write to it, then try again.',
  CACHE_ENGINE_MISSING:
    'Roadbook’s database engine is missing from this installation. Reinstall Roadbook (when developing, start it with "npm run dev" or "npm start", which build it).',
};

export const cacheProblem = (code: CacheProblemCode) =>
  new IpcError(code, cacheProblemMessages[code]);

const bySqliteCode: Array<[RegExp, CacheProblemCode]> = [
  [/^SQLITE_(CORRUPT|NOTADB)/, 'CACHE_DAMAGED'],
  [/^SQLITE_FULL/, 'DISK_FULL'],
  [/^SQLITE_(READONLY|CANTOPEN|PERM)/, 'READ_ONLY'],
];
const bySystemCode: Record<string, CacheProblemCode> = {
  ENOSPC: 'DISK_FULL',
  EDQUOT: 'DISK_FULL',
  EACCES: 'READ_ONLY',
  EPERM: 'READ_ONLY',
  EROFS: 'READ_ONLY',
  ERR_DLOPEN_FAILED: 'CACHE_ENGINE_MISSING',
};

/** The cache problem an error from SQLite, the file system or the engine's loader means, if any. */
export function cacheProblemOf(error: unknown): IpcError | undefined {
  if (error instanceof IpcError)
    return (cacheProblemCodes as readonly string[]).includes(error.code) ? error : undefined;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  const sqlite = bySqliteCode.find(([pattern]) => pattern.test(code));
  if (sqlite) return cacheProblem(sqlite[1]);
  const system = bySystemCode[code];
  return system ? cacheProblem(system) : undefined;
}
