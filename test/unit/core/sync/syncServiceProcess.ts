// The app's sync service alone in a process of its own, as the app runs it, for tests that kill
// it: node --import tsx syncServiceProcess.ts <dataDir> <key> <instanceUrl> <crashSettleMs>,
// the access token in ROADBOOK_ACCESS_TOKEN. Prints the final status as JSON.
import jsforce from 'jsforce';
import { apiVersion } from '../../../../src/core/salesforce/apiVersion';
import type { AuthService } from '../../../../src/core/auth/authService';
import { createConsoleLogger } from '../../../../src/core/log/logger';
import { createMemorySettings } from '../../../../src/core/settings/settingsStore';
import { createCacheRegistry } from '../../../../src/core/store/cacheRegistry';
import { createSyncService } from '../../../../src/core/sync/syncService';
import { sourceSyncWorker } from '../../../support/syncWorkerEntry';

const [dataDir, key, instanceUrl, crashSettleMs] = process.argv.slice(2);
const conn = new jsforce.Connection({
  instanceUrl: instanceUrl!,
  accessToken: process.env['ROADBOOK_ACCESS_TOKEN']!,
  version: apiVersion,
});
const auth = {
  activeKey: () => key,
  connection: () => conn,
  session: () => ({
    instanceUrl: instanceUrl!,
    accessToken: process.env['ROADBOOK_ACCESS_TOKEN']!,
  }),
  state: async () => ({ connections: [] }),
} as unknown as AuthService;
const sync = createSyncService({
  auth,
  caches: createCacheRegistry(dataDir!, {}),
  apiVersion,
  logger: createConsoleLogger((line) => process.stderr.write(`${line}\n`)),
  emit: () => {},
  settings: createMemorySettings(),
  crashSettleMs: Number(crashSettleMs),
  worker: sourceSyncWorker,
});
const status = await sync.syncNow();
await sync.stop();
process.stdout.write(`${JSON.stringify(status)}\n`);
