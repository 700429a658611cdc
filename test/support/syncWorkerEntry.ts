import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { forkedSyncProcess } from '../../src/core/sync/forkedSyncProcess';
import type { SyncWorkerEntry } from '../../src/core/sync/syncWorkerClient';
import type { SyncThreadEntry } from '../../src/core/sync/workerProtocol';

const tsxPackage = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
// The ESM build: its CommonJS twin loads it by a path that only works from CommonJS.
const tsxApi = pathToFileURL(path.join(tsxPackage, 'dist/esm/api/index.mjs')).href;

/**
 * A thread loaded from TypeScript source. A thread does not inherit the loader of the one that
 * starts it, so it registers tsx itself before importing the entry.
 */
const sourceThread = (source: URL): SyncThreadEntry => ({
  eval: true,
  filename: `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(source.href)}); })`,
});

/** The sync process from source, as the app's (out/main/syncProcess.js) but loaded through tsx. */
const sourceProcess = forkedSyncProcess(
  fileURLToPath(new URL('../../src/core/sync/syncProcess.ts', import.meta.url)),
  ['--import', pathToFileURL(path.join(tsxPackage, 'dist/loader.mjs')).href],
);

/** The sync as tests, the browser test bed and the bench run it, with this thread's code. */
export const sourceWorker = (thread: URL): SyncWorkerEntry => ({
  start: sourceProcess,
  thread: sourceThread(thread),
});

/**
 * The sync process as tests, the browser test bed and the bench run it: the same modules the app
 * builds (out/main/syncProcess.js, out/main/syncWorker.js), loaded from source.
 */
export const sourceSyncWorker = sourceWorker(
  new URL('../../src/core/sync/syncWorker.ts', import.meta.url),
);
