import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { restoreAllIndexes } from './deferredIndexes';
import { migrate } from './migrations';
import { resumeRollup } from './opportunityRollup';

/**
 * better-sqlite3 in node_modules is built for Node's ABI, which the tests and the CLI use. The
 * Electron app loads its own build, made by scripts/ensure-electron.mjs, from
 * .electron-native/ through better-sqlite3's `nativeBinding` option.
 */
export function electronSqliteBinding(appRoot: string, electronVersion: string): string {
  return path.join(appRoot, '.electron-native', `better_sqlite3-electron-${electronVersion}.node`);
}

export type OpenOptions = { nativeBinding?: string };

/** Opens (creating if needed) a cache database in WAL mode, at the current schema. */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  if (options.nativeBinding && !fs.existsSync(options.nativeBinding)) {
    throw new Error(
      `The SQLite engine for this app build is missing (${options.nativeBinding}). ` +
        'Start Roadbook with "npm run dev" or "npm start", which builds it.',
    );
  }
  const db = new Database(
    file,
    options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
  );
  // Only a new file takes it (a cache made before keeps 4 KB pages). A first load of 100k
  // records writes half as many WAL frames: 5.1 s instead of 5.9 s (median of 5 alternating runs).
  db.pragma('page_size = 8192');
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  restoreAllIndexes(db);
  migrate(db);
  resumeRollup(db, 'sf_opportunity');
  return db;
}
