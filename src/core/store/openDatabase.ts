import fs from 'node:fs';
import Database from 'better-sqlite3';
import { cacheProblem, cacheProblemOf } from './cacheProblems';
import { restoreAllIndexes } from './deferredIndexes';
import { checkVersion, migrate } from './migrations';
import { resumeRollup } from './opportunityRollup';

/**
 * better-sqlite3 in node_modules is built for Node's ABI, which the tests and the CLI use; the
 * Electron app passes its own build (src/main/appFiles.ts says where it lives).
 */
export type OpenOptions = { nativeBinding?: string };

/**
 * The cache holds the rep's records and unsent changes: only its owner may read it. SQLite gives
 * its -wal and -shm files the mode of the database file, so creating that one 0600 is enough.
 */
function createPrivateFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'a', 0o600));
}

/** Opens a SQLite file with the engine this build uses (Node's, or the app's Electron build). */
export function openSqlite(file: string, options: OpenOptions = {}): Database.Database {
  if (options.nativeBinding && !fs.existsSync(options.nativeBinding))
    throw cacheProblem('CACHE_ENGINE_MISSING');
  if (file !== ':memory:') createPrivateFile(file);
  return new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
}

/**
 * A WAL file left at open means the last process to use the cache did not close it: a crash, a
 * kill, or a power cut. (Another process that has it open leaves one too: a needless check then.)
 */
const leftOpen = (file: string) =>
  file !== ':memory:' && (fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 0;

/**
 * Opens (creating if needed) a cache database in WAL mode, at the current schema. A cache that
 * cannot be used throws its cache problem (cacheProblems.ts), with the handle closed.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  let db: Database.Database | undefined;
  try {
    const unclean = leftOpen(file);
    db = openSqlite(file, options);
    // Only a new file takes it (a cache made before keeps 4 KB pages). A first load of 100k
    // records writes half as many WAL frames: 5.1 s instead of 5.9 s (median of 5 alternating runs).
    db.pragma('page_size = 8192');
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // In WAL mode NORMAL lets a power cut roll back the last commits, and those may hold a rep's
    // edit or the in-flight mark that stops a create being sent twice (issue 18). FULL syncs
    // the WAL at every commit. It is set for the whole connection because the app's views,
    // edits and sync share it: a pull switched to NORMAL would take an edit made meanwhile with
    // it. Cost (median of 3, alternating, ext4): a first load of 30k leads 1.10 s either way,
    // 1,200 separate saves 0.73 → 1.06 s, their push within noise.
    db.pragma('synchronous = FULL');
    // Before anything the cache stores is run (restoreAllIndexes runs SQL kept in it).
    checkVersion(db);
    if (unclean && db.pragma('quick_check', { simple: true }) !== 'ok')
      throw cacheProblem('CACHE_DAMAGED');
    restoreAllIndexes(db);
    migrate(db);
    resumeRollup(db, 'sf_opportunity');
    return db;
  } catch (error) {
    db?.close();
    throw cacheProblemOf(error) ?? error;
  }
}
