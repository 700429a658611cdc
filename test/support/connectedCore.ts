import fs from 'node:fs';
import { afterEach } from 'vitest';
import { preferencesFile } from '../../src/core/settings/preferencesFile';
import type { FakeOrgOptions } from '../fake-org';
import { coreWithOrg } from './signInScript';
import { createTestCore } from './testCore';
import { tempDir } from './tempDir';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

/** Runs after the current test, whatever happened in it. */
export const afterThisTest = (stop: () => Promise<void>) => void stops.push(stop);

/** A fake org and a core, both stopped after the test. */
export async function orgAndCore(...args: Parameters<typeof coreWithOrg>) {
  const context = await coreWithOrg(...args);
  afterThisTest(() => context.core.auth.close());
  // A sync the test did not wait for ends before its folder goes (its log is in there).
  afterThisTest(() => context.core.sync.stop({ waitMs: 5_000 }));
  afterThisTest(() => context.fake.stop());
  afterThisTest(async () => fs.rmSync(context.dataDir, { recursive: true, force: true }));
  return context;
}

/** The same, already signed in; request counts start from zero. */
export async function connectedCore(...args: Parameters<typeof coreWithOrg>) {
  const context = await orgAndCore(...args);
  await context.signIn();
  // Signing in starts a first sync; let it finish so counts start from a quiet org.
  await context.core.sync.syncNow();
  context.fake.control.resetRequestCounts();
  return { ...context, key: `${context.fake.orgId}-${context.fake.userId}` };
}

/**
 * A signed-in, synced core whose sign-in and preferences are on disk, and `restart()`, a new
 * core on the same data folder, as the app after a quit.
 */
export async function restartableCore(orgOptions: FakeOrgOptions) {
  const dataDir = tempDir('restart');
  const context = await orgAndCore(orgOptions, { dataDir, settings: preferencesFile(dataDir) });
  await context.signIn();
  await context.core.sync.syncNow();
  const restart = () => {
    const { core } = createTestCore({
      dataDir,
      cipher: context.cipher,
      settings: preferencesFile(dataDir),
      defaultClientId: context.fake.clientId,
    });
    afterThisTest(() => core.sync.stop());
    return core;
  };
  return { ...context, key: `${context.fake.orgId}-${context.fake.userId}`, restart };
}
