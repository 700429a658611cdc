import type Database from 'better-sqlite3';

/**
 * Makes every transaction of this connection begin IMMEDIATE. The sync worker and the thread
 * that answers the window both write the cache, each on its own connection; a deferred
 * transaction that reads before it writes fails at once with SQLITE_BUSY (or BUSY_SNAPSHOT)
 * when the other connection wrote meanwhile, where an immediate one waits its turn (busy
 * timeout) for a few milliseconds. The window's thread marks its few write transactions
 * `.immediate()` one by one instead: its searches use temporary tables in transactions too, and
 * those must not queue behind the worker's writes.
 */
export function immediateTransactions(db: Database.Database): Database.Database {
  const deferred = db.transaction.bind(db);
  db.transaction = ((fn: (...args: never[]) => unknown) => {
    const transaction = deferred(fn);
    return Object.assign((...args: never[]) => transaction.immediate(...args), transaction);
  }) as typeof db.transaction;
  return db;
}
