import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../src/core/store/openDatabase';
import { tryCacheLock } from '../../../../src/core/store/cacheLock';
import { lockedRun } from '../../../../src/core/sync/lockedRun';
import { holderProcess } from '../../../support/lockHolder';
import { tempDir } from '../../../support/tempDir';

const dir = tempDir('locked-run');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** One create in the outbox, marked in flight `agoMs` ago (null: not sent yet). */
function addCreate(db: Database.Database, inflightAgoMs: number | null) {
  db.prepare(
    `INSERT INTO outbox (object, record_id, op, fields, created_at, status, inflight_at) VALUES ('Lead', 'local-1', 'create', '{}', ?, ?, ?)`,
  ).run(
    new Date().toISOString(),
    inflightAgoMs === null ? 'pending' : 'inflight',
    inflightAgoMs === null ? null : new Date(Date.now() - inflightAgoMs).toISOString(),
  );
}

function cache(name: string) {
  const file = path.join(dir, `${name.replace(/\W+/g, '-')}.sqlite`);
  return { file, db: openDatabase(file) };
}

describe('a run holding the cache lock', () => {
  it.each([
    ['after a crash, with a create just sent', true, 0, true],
    ['after a crash, with a create sent long ago', true, 60_000, false],
    ['after a crash, with no create in flight', true, null, false],
    ['after a clean end, with a create just sent', false, 0, false],
  ])('%s → waits for it to land: %s', async (name, crashed, agoMs, waits) => {
    const { file, db } = cache(name);
    if (crashed) {
      const holder = await holderProcess(file);
      expect(holder.said).toBe('held');
      await holder.kill();
    } else tryCacheLock(file)!.release();
    addCreate(db, agoMs);
    const log: string[] = [];
    let heldMeanwhile = false;
    const result = await lockedRun(
      { db, cacheFile: file, waitMs: 0, crashSettleMs: 1000, log: (m) => void log.push(m) },
      async () => {
        heldMeanwhile = tryCacheLock(file) === undefined;
        return 'ran';
      },
    );
    db.close();
    expect(result).toEqual({ ran: true, value: 'ran' });
    expect(heldMeanwhile).toBe(true);
    expect(log.some((m) => /waiting \d+ ms for them to land/.test(m))).toBe(waits);
    const after = tryCacheLock(file)!;
    expect(after.tookOverFromCrash).toBe(false);
    after.release();
  });

  it('does not run while another holds the lock past the wait', async () => {
    const { file, db } = cache('busy');
    const other = tryCacheLock(file)!;
    let waited = false;
    const result = await lockedRun(
      {
        db,
        cacheFile: file,
        waitMs: 50,
        crashSettleMs: 0,
        onWait: () => (waited = true),
        log: () => {},
      },
      async () => 'ran',
    );
    other.release();
    db.close();
    expect(result).toEqual({ ran: false });
    expect(waited).toBe(true);
  });
});
