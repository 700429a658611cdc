import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sqliteBindingPath } from '../../../../src/main/appFiles';
import { openDatabase } from '../../../../src/core/store/openDatabase';

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

  it('says how to get the Electron build when it is missing', () => {
    const binding = sqliteBindingPath(dir, { electron: '45.6.1', platform: 'linux', arch: 'x64' });
    expect(() => openDatabase(path.join(dir, 'x.sqlite'), { nativeBinding: binding })).toThrow(
      expect.objectContaining({
        code: 'CACHE_ENGINE_MISSING',
        message: expect.stringMatching(/Reinstall Roadbook .*npm run dev/),
      }),
    );
  });
});
