import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import readline from 'node:readline';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createSyncWorker,
  SyncWorkerStoppedError,
  type SyncWorker,
} from '../../../../src/core/sync/syncWorkerClient';
import { alive } from '../../../support/electronStandIn/processFiles';
import { tryCacheLock } from '../../../../src/core/store/cacheLock';
import { connectedCore } from '../../../support/connectedCore';
import { sourceSyncWorker, sourceWorker } from '../../../support/syncWorkerEntry';
import { procFile, processesWhere } from '../../../support/linuxProcesses';
import { tempDir } from '../../../support/tempDir';
import { asking, quietHandlers, type Where } from './testSyncRequest';

const testThread = sourceWorker(new URL('./testSyncThread.ts', import.meta.url));
const handlers = quietHandlers;

const workers: SyncWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop()));
});
function started(heapMb?: number): SyncWorker {
  const worker = createSyncWorker(testThread, heapMb);
  workers.push(worker);
  return worker;
}

/** Runs syncProcessParent.ts, its processes marked with `mark` in their environment. */
function startParent(mode: 'stay' | 'leave' | 'abandon', mark = '') {
  return spawn(
    process.execPath,
    ['--import', 'tsx', 'test/unit/core/sync/syncProcessParent.ts', mode],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ROADBOOK_TEST_MARK: mark } },
  );
}

/** The running processes whose environment carries the mark. */
const marked = (mark: string) =>
  processesWhere((pid) =>
    (procFile(pid, 'environ') ?? '').split('\0').includes(`ROADBOOK_TEST_MARK=${mark}`),
  );

/** Runs syncProcessParent.ts and reads where its sync process runs. */
async function parentWithSync(mode: 'stay' | 'leave') {
  const parent = startParent(mode);
  const exited = new Promise<number | null>((resolve) => parent.on('exit', resolve));
  let line = '';
  for await (const first of readline.createInterface({ input: parent.stdout })) {
    line = first;
    break;
  }
  return { parent, exited, where: JSON.parse(line) as Where };
}

describe('the cache’s lock', () => {
  it('is taken by the sync process itself, which writes the cache', async () => {
    const { core, key } = await connectedCore({ dataset: 'tiny', autoApprove: true });
    await core.sync.syncNow();
    const lockFile = new Database(`${core.caches.fileOf(key)}.lock`, { readonly: true });
    const holder = lockFile.prepare('SELECT pid, released FROM holder').get() as {
      pid: number;
      released: number;
    };
    lockFile.close();
    // Not this process, which answers the window: the OS frees the lock when the writer dies.
    expect(holder.pid).not.toBe(process.pid);
    expect(holder.released).toBe(1);
    expect(alive(holder.pid)).toBe(true);
  }, 60_000);

  it('held elsewhere, makes the run wait, say so, and give up', async () => {
    const dir = tempDir('locked');
    const cacheFile = path.join(dir, 'cache.sqlite');
    const other = tryCacheLock(cacheFile)!;
    try {
      let waited = 0;
      const worker = createSyncWorker(sourceSyncWorker);
      workers.push(worker);
      const answer = await worker.run(
        { ...asking('005000000000001AAA'), cacheFile, lock: { waitMs: 600, crashSettleMs: 0 } },
        { ...quietHandlers, waiting: () => waited++ },
      );
      expect(answer).toEqual({ ran: false });
      expect(waited).toBe(1);
    } finally {
      other.release();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('the sync process', () => {
  it('runs the sync in a process of its own, started by this one', async () => {
    const where = (await started().run(asking('where'), handlers)) as unknown as Where;
    expect(where.pid).not.toBe(process.pid);
    expect(where.ppid).toBe(process.pid);
  });

  it('a sync that grows past its heap cap ends alone, says so, and the next run starts afresh', async () => {
    const worker = started(32);
    const first = (await worker.run(asking('where'), handlers)) as unknown as Where;
    const grown = await worker.run(asking('grow'), handlers).catch((error: unknown) => error);
    expect(grown).toBeInstanceOf(SyncWorkerStoppedError);
    expect((grown as Error).message).toMatch(/^The sync worker stopped \(exit code 1\): .*memory/);
    await vi.waitUntil(() => !alive(first.pid), { timeout: 10_000 });
    const next = (await worker.run(asking('where'), handlers)) as unknown as Where;
    expect(next.pid).not.toBe(first.pid);
  }, 60_000);

  it('an error the sync did not catch ends its process, and the run says what it was', async () => {
    const thrown = await started()
      .run(asking('throw'), handlers)
      .catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(SyncWorkerStoppedError);
    expect((thrown as Error).message).toBe(
      'The sync worker stopped (exit code 1): a bug the sync did not catch',
    );
  });

  it('an idle sync process keeps the window’s process from nothing, and ends with it', async () => {
    const { exited, where } = await parentWithSync('leave');
    expect(await exited).toBe(0);
    await vi.waitUntil(() => !alive(where.pid), { timeout: 10_000 });
  }, 60_000);

  it.runIf(process.platform === 'linux')(
    'ends when the window’s process is gone before it has even loaded',
    async () => {
      const mark = `abandoned-${process.pid}-${Date.now()}`;
      const parent = startParent('abandon', mark);
      expect(await new Promise((resolve) => parent.on('exit', resolve))).toBe(0);
      await vi.waitUntil(() => marked(mark).length === 0, { timeout: 20_000, interval: 100 });
    },
    60_000,
  );

  it('ends when the window’s process is killed', async () => {
    const { parent, exited, where } = await parentWithSync('stay');
    expect(alive(where.pid)).toBe(true);
    parent.kill('SIGKILL');
    await exited;
    await vi.waitUntil(() => !alive(where.pid), { timeout: 10_000 });
  }, 60_000);
});
