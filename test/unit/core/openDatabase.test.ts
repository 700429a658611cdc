import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { electronSqliteBinding, openDatabase } from '../../../src/core/store/openDatabase';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-db-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('SQLite', () => {
  it('opens under Node with the node_modules build, in WAL mode', () => {
    const db = openDatabase(path.join(dir, 'cache.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('select sqlite_version() as v').get()).toMatchObject({
      v: expect.stringMatching(/^3\./),
    });
    db.close();
  });

  it('keeps the Electron build apart from node_modules, and says how to get it', () => {
    const binding = electronSqliteBinding('/opt/roadbook', '45.4.1');
    expect(binding).toBe(
      path.join('/opt/roadbook', '.electron-native', 'better_sqlite3-electron-45.4.1.node'),
    );
    expect(() => openDatabase(path.join(dir, 'x.sqlite'), { nativeBinding: binding })).toThrow(
      expect.objectContaining({
        code: 'CACHE_ENGINE_MISSING',
        message: expect.stringMatching(/Reinstall Roadbook .*npm run dev/),
      }),
    );
  });
});
