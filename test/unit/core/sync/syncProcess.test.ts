import { spawn } from 'node:child_process';
import readline from 'node:readline';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createSyncWorker,
  SyncWorkerStoppedError,
  type SyncWorker,
} from '../../../../src/core/sync/syncWorkerClient';
import type { WorkerRunRequest } from '../../../../src/core/sync/workerProtocol';
import { defaultEventWindow } from '../../../../src/shared/ipc/syncSettings';
import { alive } from '../../../support/electronStandIn/processFiles';
import { sourceWorker } from '../../../support/syncWorkerEntry';

const testThread = sourceWorker(new URL('./testSyncThread.ts', import.meta.url));
const handlers = {
  onProgress: () => undefined,
  log: () => undefined,
  refreshed: () => Promise.reject(new Error('no refresh here')),
};
const asking = (userId: string): WorkerRunRequest => ({
  cacheFile: '',
  apiVersion: '62.0',
  userId,
  background: false,
  pushOnly: false,
  scopes: {},
  eventWindow: defaultEventWindow,
  session: { instanceUrl: 'https://example.my.salesforce.com' },
});
type Where = { pid: number; ppid: number };

const workers: SyncWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop()));
});
function started(heapMb?: number): SyncWorker {
  const worker = createSyncWorker(testThread, heapMb);
  workers.push(worker);
  return worker;
}

/** Runs syncProcessParent.ts and reads where its sync process runs. */
async function parentWithSync(mode: 'stay' | 'leave') {
  const parent = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/unit/core/sync/syncProcessParent.ts', mode],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise<number | null>((resolve) => parent.on('exit', resolve));
  let line = '';
  for await (const first of readline.createInterface({ input: parent.stdout })) {
    line = first;
    break;
  }
  return { parent, exited, where: JSON.parse(line) as Where };
}

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

  it('ends when the window’s process is killed', async () => {
    const { parent, exited, where } = await parentWithSync('stay');
    expect(alive(where.pid)).toBe(true);
    parent.kill('SIGKILL');
    await exited;
    await vi.waitUntil(() => !alive(where.pid), { timeout: 10_000 });
  }, 60_000);
});
