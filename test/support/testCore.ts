import path from 'node:path';
import { createAppCore, type AppCoreDeps } from '../../src/core/app/appCore';
import { createSecretStore } from '../../src/core/auth/secretStore';
import { createConsoleLogger } from '../../src/core/log/logger';
import { createMemorySettings } from '../../src/core/settings/settingsStore';
import { logFileWriter } from '../../src/main/logFile';
import { checkedCore } from './contractAnswers';
import { createFakeCipher } from './fakeCipher';
import { sourceSyncWorker } from './syncWorkerEntry';
import { tempDir } from './tempDir';

export type TestCoreOptions = Partial<AppCoreDeps> & {
  cipher?: ReturnType<typeof createFakeCipher>;
};

/**
 * A real core with test doubles only where Electron would be: a fake safeStorage cipher, an
 * in-memory settings store, a temporary data folder, and a log file in it. Every handler's
 * answer is checked against the contract; `breaches` lists the ones that were not.
 */
export function createTestCore(options: TestCoreOptions = {}) {
  const dataDir = options.dataDir ?? tempDir('core');
  const cipher = options.cipher ?? createFakeCipher();
  const logFile = path.join(dataDir, 'logs', 'roadbook.log');
  const deps: AppCoreDeps = {
    info: { name: 'Roadbook', version: 'test', platform: 'web-test-bed' },
    openExternal: async () => {},
    // The app's own writer: a run cut off by the test's end may log after its folder is gone.
    logger: createConsoleLogger(logFileWriter(path.dirname(logFile))),
    settings: createMemorySettings(),
    // The keyring is asked again after a failure; tests make their fake keyring fail by count,
    // so the real waits would only slow them down.
    secrets: createSecretStore({
      dir: path.join(dataDir, 'secrets'),
      cipher,
      platform: 'linux',
      retryDelaysMs: [1, 1],
    }),
    dataDir,
    defaultClientId: '',
    allowLocalhost: true,
    syncWorker: sourceSyncWorker,
    ...options,
  };
  const breaches: string[] = [];
  const core = checkedCore(createAppCore(deps), breaches);
  return { core, deps, dataDir, cipher, logFile, breaches };
}
