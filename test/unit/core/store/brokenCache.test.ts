import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheProblemOf } from '../../../../src/core/store/cacheProblems';
import { schemaVersion } from '../../../../src/core/store/migrations';
import { openDatabase } from '../../../../src/core/store/openDatabase';
import { IpcError } from '../../../../src/shared/ipc/result';
import { pagesOf, zeroPages } from '../../../support/cacheDamage';
import { tempDir } from '../../../support/tempDir';

const dir = tempDir('broken');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
const cacheFile = () => path.join(dir, `cache-${++n}.sqlite`);

/** File descriptors this process holds on a file (Linux). */
const handlesOn = (file: string) =>
  fs.readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return fs.readlinkSync(`/proc/self/fd/${fd}`).startsWith(file);
    } catch {
      return false;
    }
  }).length;

/**
 * A folder nobody may write to; returns the undo. Permissions do not stop root, so as root (CI
 * containers) the folder is made immutable instead.
 */
function makeReadOnly(folder: string): (() => void) | undefined {
  if (process.getuid?.() !== 0) {
    fs.chmodSync(folder, 0o500);
    return () => fs.chmodSync(folder, 0o700);
  }
  if (spawnSync('chattr', ['+i', folder]).status !== 0) return undefined;
  return () => void spawnSync('chattr', ['-i', folder]);
}

const problemOf = (open: () => unknown) => {
  try {
    open();
  } catch (error) {
    return error instanceof IpcError ? { code: error.code, message: error.message } : error;
  }
  return undefined;
};

describe('broken caches', () => {
  it.each([
    [{ code: 'SQLITE_CORRUPT' }, 'CACHE_DAMAGED'],
    [{ code: 'SQLITE_CORRUPT_INDEX' }, 'CACHE_DAMAGED'],
    [{ code: 'SQLITE_NOTADB' }, 'CACHE_DAMAGED'],
    [{ code: 'SQLITE_FULL' }, 'DISK_FULL'],
    [{ code: 'ENOSPC' }, 'DISK_FULL'],
    [{ code: 'SQLITE_READONLY' }, 'READ_ONLY'],
    [{ code: 'SQLITE_READONLY_DIRECTORY' }, 'READ_ONLY'],
    [{ code: 'SQLITE_CANTOPEN' }, 'READ_ONLY'],
    [{ code: 'EACCES' }, 'READ_ONLY'],
    [{ code: 'EROFS' }, 'READ_ONLY'],
    [{ code: 'ERR_DLOPEN_FAILED' }, 'CACHE_ENGINE_MISSING'],
    [{ code: 'SQLITE_BUSY' }, undefined],
    [new Error('anything else'), undefined],
    [new IpcError('NOT_ALLOWED', 'no'), undefined],
  ])('reads %j as %s', (error, code) => {
    expect(cacheProblemOf(error)?.code).toBe(code);
  });

  it('refuses a cache from a newer Roadbook before running anything stored in it', () => {
    const file = cacheFile();
    const db = openDatabase(file);
    db.prepare('INSERT INTO sync_meta VALUES (?, ?)').run(
      'deferred_indexes:sf_lead',
      JSON.stringify(['CREATE TABLE ran_from_the_cache (x)']),
    );
    db.pragma(`user_version = ${schemaVersion + 1}`);
    db.close();
    expect(problemOf(() => openDatabase(file))).toEqual({
      code: 'CACHE_NEWER',
      message: expect.stringContaining('Update Roadbook'),
    });
    expect(handlesOn(file)).toBe(0);
    const check = new Database(file, { readonly: true });
    expect(
      check.prepare(`SELECT name FROM sqlite_master WHERE name = 'ran_from_the_cache'`).get(),
    ).toBeUndefined();
    check.close();
  });

  it('says a cache with a damaged header is damaged, offers Rebuild, and keeps no handle', () => {
    const file = cacheFile();
    openDatabase(file).close();
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(100, 0x5a), 0, 100, 0);
    fs.closeSync(fd);
    expect(problemOf(() => openDatabase(file))).toEqual({
      code: 'CACHE_DAMAGED',
      message: expect.stringContaining('Rebuild'),
    });
    expect(handlesOn(file)).toBe(0);
  });

  it('checks a cache a crash left open, and finds its zeroed pages', () => {
    const file = cacheFile();
    const db = openDatabase(file);
    const insert = db.prepare(
      `INSERT INTO sf_account (id, system_modstamp, json, name) VALUES (?, '2024-01-01T00:00:00.000+0000', '{}', ?)`,
    );
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`001${String(i).padStart(15, '0')}`, `Acme ${i}`);
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    const accounts = pagesOf(db, 'sf_account', { keepRoot: true });
    db.prepare(`UPDATE sf_account SET name = 'After the checkpoint' WHERE rowid = 1`).run();
    // A copy taken while the cache is open is what a crash leaves: the file and its WAL.
    const crashed = cacheFile();
    fs.copyFileSync(file, crashed);
    fs.copyFileSync(`${file}-wal`, `${crashed}-wal`);
    db.close();
    zeroPages(crashed, accounts);
    expect(problemOf(() => openDatabase(crashed))).toMatchObject({ code: 'CACHE_DAMAGED' });
    expect(handlesOn(crashed)).toBe(0);
  });

  it.for(['a new cache', 'an existing cache'])(
    'says so when the data folder is read-only, for %s',
    (which, { skip }) => {
      const folder = fs.mkdtempSync(path.join(dir, 'read-only-'));
      const file = path.join(folder, 'c.sqlite');
      if (which === 'an existing cache') openDatabase(file).close();
      const writable = makeReadOnly(folder);
      if (!writable) return skip('this file system cannot make a folder read-only for root');
      try {
        expect(problemOf(() => openDatabase(file))).toEqual({
          code: 'READ_ONLY',
          message: expect.stringContaining('cannot write to its data folder'),
        });
        expect(handlesOn(file)).toBe(0);
      } finally {
        writable();
      }
    },
  );

  it('creates the cache file for its owner only', () => {
    const file = cacheFile();
    openDatabase(file).close();
    expect((fs.statSync(file).mode & 0o777).toString(8)).toBe('600');
  });
});
