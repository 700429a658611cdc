import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { SyncWorkerEntry } from '../../src/core/sync/syncWorkerClient';

// The ESM build: its CommonJS twin loads it by a path that only works from CommonJS.
const tsxApi = pathToFileURL(
  path.join(
    path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')),
    'dist/esm/api/index.mjs',
  ),
).href;

/**
 * A worker loaded from TypeScript source. A worker does not inherit the loader of the thread that
 * starts it, so it registers tsx itself before importing the entry.
 */
export const sourceWorker = (source: URL): SyncWorkerEntry => ({
  eval: true,
  filename: `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(source.href)}); })`,
});

/**
 * The sync worker as tests, the browser test bed and the bench run it: the same module the app
 * builds (out/main/syncWorker.js), loaded from source.
 */
export const sourceSyncWorker = sourceWorker(
  new URL('../../src/core/sync/syncWorker.ts', import.meta.url),
);
