import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { invokeChannels, eventChannels } from '../../../src/shared/ipc/channels';
import { launchApp, makeAppPath, type LaunchedApp } from '../../support/electronStandIn/launchApp';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function scratch() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-boot-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return { appData: path.join(dir, 'appData'), appPath: makeAppPath(path.join(dir, 'app')) };
}

function launch(options: Parameters<typeof launchApp>[0]): LaunchedApp {
  const app = launchApp(options);
  cleanups.push(async () => {
    app.kill();
    await app.exited;
  });
  return app;
}

describe('the built main process, under a stand-in Electron', () => {
  it('starts with a loaded, sandboxed window, a tray with Quit, and exactly the contract', async () => {
    const dirs = scratch();
    const app = launch({ ...dirs, env: { XDG_CURRENT_DESKTOP: 'KDE' } });
    const state = await app.waitFor('a shown window', (s) =>
      s.windows[0]?.loaded === 'loaded' && s.windows[0].visible ? s : undefined,
    );
    expect(state.windows[0]).toMatchObject({
      url: 'app://roadbook/index.html',
      sandboxed: true,
      contextIsolation: true,
    });
    expect(state.record.sandboxEnabled).toBe(true);
    expect(state.record.privilegedSchemes).toEqual(['app']);
    expect(state.tray?.menu.map((i) => i.label)).toContain('Quit Roadbook');
    expect(state.uncaught).toEqual([]);
    const shape = await app.request<Record<string, unknown>>({ op: 'apiShape' });
    const expected: Record<string, unknown> = { on: 'function' };
    for (const channel of invokeChannels) {
      const [ns, method] = channel.split('.') as [string, string];
      expected[ns] = [...((expected[ns] as string[]) ?? []), method].sort();
    }
    expect(shape).toEqual(expected);
    expect(eventChannels.length).toBeGreaterThan(0);
    expect(await app.call('auth.status')).toMatchObject({ ok: true, value: { connections: [] } });
  });
});
