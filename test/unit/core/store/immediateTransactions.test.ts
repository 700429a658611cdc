import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { immediateTransactions } from '../../../../src/core/store/immediateTransactions';
import { openSqlite } from '../../../../src/core/store/openDatabase';
import { tempDir } from '../../../support/tempDir';

const open: Database.Database[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

/** Two connections to one WAL file, as the sync worker's and the window thread's. */
function twoWriters() {
  const file = path.join(tempDir('immediate'), 'cache.sqlite');
  const [worker, window] = [openSqlite(file), openSqlite(file)];
  open.push(worker, window);
  worker.pragma('journal_mode = WAL');
  worker.exec('CREATE TABLE rows (n INTEGER)');
  window.pragma('busy_timeout = 0');
  // A page write that reads before it writes, while the other thread commits an edit.
  const page = (db: Database.Database) =>
    db.transaction(() => {
      db.prepare('SELECT COUNT(*) FROM rows').get();
      let edit = 'edit saved';
      try {
        window.prepare('INSERT INTO rows VALUES (1)').run();
      } catch (error) {
        edit = (error as { code: string }).code;
      }
      db.prepare('INSERT INTO rows VALUES (2)').run();
      return edit;
    });
  return { worker, page };
}

describe('immediateTransactions', () => {
  it('lets a deferred transaction fail when another connection wrote after it read', () => {
    const { worker, page } = twoWriters();
    expect(() => page(worker)()).toThrow(expect.objectContaining({ code: 'SQLITE_BUSY_SNAPSHOT' }));
  });

  it('holds the write lock from the start, so the other writer waits its turn instead', () => {
    const { worker, page } = twoWriters();
    // The window's edit would wait (busy timeout); with none it says busy, and the page commits.
    expect(page(immediateTransactions(worker))()).toBe('SQLITE_BUSY');
    expect(worker.prepare('SELECT n FROM rows').pluck().all()).toEqual([2]);
  });
});
