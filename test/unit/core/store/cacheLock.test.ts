import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tryCacheLock } from '../../../../src/core/store/cacheLock';
import { holderProcess } from '../../../support/lockHolder';
import { tempDir } from '../../../support/tempDir';

const dir = tempDir('lock');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('cache lock', () => {
  it('is held by one connection at a time in one process, and says when the last one let go', () => {
    const file = path.join(dir, 'one.sqlite');
    const first = tryCacheLock(file)!;
    expect(first.tookOverFromCrash).toBe(false);
    expect(tryCacheLock(file)).toBeUndefined();
    first.release();
    const second = tryCacheLock(file)!;
    expect(second.tookOverFromCrash).toBe(false);
    second.release();
    expect((fs.statSync(`${file}.lock`).mode & 0o777).toString(8)).toBe('600');
  });

  it('is busy while another process holds it, and free once the OS ends that process', async () => {
    const file = path.join(dir, 'two.sqlite');
    const holder = await holderProcess(file);
    expect(holder.said).toBe('held');
    expect(tryCacheLock(file)).toBeUndefined();

    await holder.kill();
    const after = tryCacheLock(file)!;
    expect(after.tookOverFromCrash).toBe(true);
    after.release();
  });
});
