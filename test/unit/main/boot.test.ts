// The built main process (out/main/index.js) and preload, run under plain Node with the
// stand-in electron module, against the fake org: what a rep would see at each turn.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { invokeChannels } from '../../../src/shared/ipc/channels';
import type { AuthState } from '../../../src/shared/ipc/authState';
import type { SyncStatus } from '../../../src/shared/ipc/syncStatus';
import { startFakeOrg, type FakeOrg } from '../../fake-org';
import { answerInBrowser } from '../../support/signInScript';
import { freePort } from '../../support/freePort';
import { alive } from '../../support/electronStandIn/processFiles';
import { showWindow } from '../../support/electronStandIn/showWindow';
import type { AppState } from '../../support/electronStandIn/driver';
import {
  launchApp,
  makeAppPath,
  type LaunchedApp,
  type LaunchOptions,
} from '../../support/electronStandIn/launchApp';
import { cacheFile, expectClosedAndWhole } from '../../support/closedCache';
import { tempDir } from '../../support/tempDir';

const cleanups: (() => Promise<void> | void)[] = [];
const breaches: string[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  expect(breaches.splice(0), 'answers and events outside the IPC contract').toEqual([]);
});

let fake: FakeOrg;
let loopbackPort: number;
let root: string;
/** A data folder signed in to the fake org and synced once, copied by the tests that need one. */
let signedIn: string;

function scratch(options: { from?: string; withSqlite?: boolean } = {}) {
  const dir = fs.mkdtempSync(path.join(root, 'run-'));
  const appData = path.join(dir, 'appData');
  if (options.from) fs.cpSync(options.from, appData, { recursive: true });
  const appPath = makeAppPath(path.join(dir, 'app'), {
    ...(options.withSqlite === false ? { withSqlite: false } : {}),
  });
  return { appData, appPath, userData: path.join(appData, 'Roadbook') };
}

type Launch = Omit<LaunchOptions, 'env'> & { env?: Record<string, string> };

function launch(options: Launch): LaunchedApp {
  const app = launchApp({
    ...options,
    env: {
      XDG_CURRENT_DESKTOP: 'KDE',
      DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent',
      ROADBOOK_LOOPBACK_PORT: String(loopbackPort),
      ...options.env,
    },
  });
  cleanups.push(async () => {
    app.kill();
    await app.exited;
  });
  return app;
}

const shownWindow = (s: AppState) =>
  s.windows[0]?.loaded === 'loaded' && s.windows[0].visible ? s : undefined;
const syncStatus = (s: AppState) => s.windows[0]?.lastSyncStatus as SyncStatus | undefined;
const synced = (s: AppState) => {
  const status = syncStatus(s);
  return status?.state === 'idle' && status.records > 0 ? status : undefined;
};

async function openAuthorizeUrl(app: LaunchedApp): Promise<string> {
  const connect = await app.call('auth.connect', { loginHost: fake.url, clientId: fake.clientId });
  expect(connect.ok).toBe(true);
  return app.waitFor('the browser to open', (s) => s.record.openedExternally.at(-1));
}

async function signedInAs(app: LaunchedApp) {
  const auth = await app.call<AuthState>('auth.status');
  return auth.value?.connections.find((c) => c.active && c.state === 'connected')?.username;
}

beforeAll(async () => {
  root = tempDir('boot');
  loopbackPort = await freePort();
  fake = await startFakeOrg({
    dataset: 'tiny',
    autoApprove: false,
    callbackUrls: ['roadbook://oauth/callback', `http://localhost:${loopbackPort}/oauth/callback`],
  });
  // The development sign-in on Linux: the system browser comes back to the loopback listener.
  const dirs = scratch();
  const app = launch(dirs);
  await app.waitFor('the window', shownWindow);
  const location = await answerInBrowser(await openAuthorizeUrl(app));
  expect(location).toMatch(new RegExp(`^http://localhost:${loopbackPort}/oauth/callback\\?`));
  const page = await fetch(location);
  expect(page.status).toBe(200);
  await app.waitFor('the first sync', synced);
  await app.request({ op: 'trayClick', label: 'Quit Roadbook' });
  expect(await app.exited).toBe(0);
  // The data folder and the preferences (which held the PKCE verifier) are this user's only.
  expect(fs.statSync(dirs.userData).mode & 0o777).toBe(0o700);
  expect(fs.statSync(path.join(dirs.userData, 'preferences.json')).mode & 0o777).toBe(0o600);
  signedIn = dirs.appData;
}, 120_000);

afterAll(async () => {
  // An app the setup launched is still running when the setup failed: no test ran to end it.
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await fake?.stop();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('the built main process, under a stand-in Electron', () => {
  it('starts with a loaded, sandboxed window, a tray with Quit, and exactly the contract', async () => {
    const app = launch(scratch());
    const state = await app.waitFor('a shown window', shownWindow);
    expect(state.windows[0]).toMatchObject({
      url: 'app://roadbook/index.html',
      sandboxed: true,
      contextIsolation: true,
    });
    expect(state.record.sandboxEnabled).toBe(true);
    expect(state.record.privilegedSchemes).toEqual(['app']);
    expect(state.record.protocolClients[0]).toMatch(/^roadbook /);
    expect(state.tray?.menu.map((i) => i.label)).toContain('Quit Roadbook');
    expect(state.tray?.iconMissing).toBe(false);
    expect(state.uncaught).toEqual([]);

    const shape = await app.request<Record<string, unknown>>({ op: 'apiShape' });
    const expected: Record<string, unknown> = { on: 'function' };
    for (const channel of invokeChannels) {
      const [ns, method] = channel.split('.') as [string, string];
      expected[ns] = [...((expected[ns] as string[] | undefined) ?? []), method].sort();
    }
    expect(shape).toEqual(expected);

    const page = await app.request<{ status: number; csp: string; body: string }>({
      op: 'fetchApp',
      url: 'app://roadbook/index.html',
    });
    expect(page.status).toBe(200);
    expect(page.csp).toContain("default-src 'none'");
    expect(await app.call('auth.status')).toMatchObject({ ok: true, value: { connections: [] } });
  });

  it('gives the window’s title bar the rep’s light or dark, at once and from the next start', async () => {
    const dirs = scratch();
    const app = launch(dirs);
    await app.waitFor('the window', shownWindow);
    expect((await app.state()).record.themeSource).toBe('system');
    expect(await app.call('app.setAppearance', { theme: 'dark' })).toMatchObject({ ok: true });
    await app.waitFor('a dark title bar', (s) => s.record.themeSource === 'dark' || undefined);
    await app.request({ op: 'trayClick', label: 'Quit Roadbook' });
    expect(await app.exited).toBe(0);

    const again = launch(dirs);
    const state = await again.waitFor('the window', shownWindow);
    expect(state.record.themeSource).toBe('dark');
    expect(await again.call('app.setAppearance', { theme: 'system' })).toMatchObject({ ok: true });
    await again.waitFor(
      'the system’s title bar',
      (s) => s.record.themeSource === 'system' || undefined,
    );
  });

  it('signs in through the loopback listener in development and shows the records', async () => {
    const dirs = scratch({ from: signedIn });
    const savedCsv = path.join(dirs.appData, 'leads.csv');
    const app = launch({ ...dirs, env: { STANDIN_SAVE_TO: savedCsv } });
    await app.waitFor('the window', shownWindow);
    expect(await signedInAs(app)).toBeTruthy();
    const status = await app.waitFor('a sync', synced);
    // The sync ran in a process of its own, not in the one that draws the window.
    const [sync, ...more] = (await app.state()).record.utilityProcesses;
    expect(more).toEqual([]);
    expect(sync).toMatchObject({ serviceName: 'Roadbook sync', entry: 'syncProcess.js' });
    expect(sync?.pid).not.toBe(app.pid);
    const home = await app.call<{ counts: Record<string, number> }>('home.summary');
    expect(home.ok).toBe(true);
    expect(status.records).toBeGreaterThan(0);
    const tray = (await app.state()).tray;
    expect(tray?.tooltip).toMatch(/Synced/);
    expect(tray?.tooltip).toMatch(/records/);

    // Export goes through main's save dialog and lands in the file the rep picked.
    const exported = await app.call('records.export', {
      question: { object: 'Lead', filter: { owner: 'all' }, sort: { column: 'Name', desc: false } },
      columns: [
        { field: 'Name', label: 'Name' },
        { field: 'Company', label: 'Company' },
      ],
    });
    expect(exported).toMatchObject({ ok: true, value: { outcome: 'saved' } });
    const csvLines = fs.readFileSync(savedCsv, 'utf8').trim().split('\n');
    expect(csvLines[0]).toBe('"Name","Company"');
    expect(csvLines.length - 1).toBe((exported as { value: { rows: number } }).value.rows);

    // The rep's window: the renderer as main serves it, over the real preload.
    const window = await showWindow(app, (breach) => breaches.push(breach));
    cleanups.push(() => window.close());
    const { page } = window;
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.getByRole('button', { name: 'Leads', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Leads' }).waitFor();
    await page.getByRole('row').nth(1).waitFor();
    expect(await page.getByRole('row').count()).toBeGreaterThan(1);
  });

  it('takes the sign-in link from a second launch, and the window comes forward', async () => {
    const dirs = scratch();
    const env = { ROADBOOK_REDIRECT: 'scheme' };
    const app = launch({ ...dirs, env });
    await app.waitFor('the window', shownWindow);
    await app.request({ op: 'closeWindow' });
    await app.waitFor('the window hidden in the tray', (s) => !s.windows[0]?.visible);
    const link = await answerInBrowser(await openAuthorizeUrl(app));
    expect(link).toMatch(/^roadbook:\/\/oauth\/callback\?/);
    const second = launch({ ...dirs, env, args: [link] });
    expect(await second.exited).toBe(0);
    const state = await app.waitFor('the sync after sign-in', synced);
    expect(state.records).toBeGreaterThan(0);
    const shown = await app.state();
    expect(shown.windows[0]).toMatchObject({ visible: true, focused: true });
    expect(await signedInAs(app)).toBeTruthy();
  });

  it('takes the sign-in link from a cold start and from open-url', async () => {
    const dirs = scratch();
    const env = { ROADBOOK_REDIRECT: 'scheme' };
    const first = launch({ ...dirs, env });
    await first.waitFor('the window', shownWindow);
    const link = await answerInBrowser(await openAuthorizeUrl(first));
    await first.request({ op: 'trayClick', label: 'Quit Roadbook' });
    expect(await first.exited).toBe(0);
    // The OS starts Roadbook with the link; the flow waiting for it survived the restart.
    const cold = launch({ ...dirs, env, args: ['--no-sandbox', link] });
    await cold.waitFor('the sync after a cold-start sign-in', synced);
    expect(await signedInAs(cold)).toBeTruthy();

    const other = scratch();
    const mac = launch({ ...other, env });
    await mac.waitFor('the window', shownWindow);
    const macLink = await answerInBrowser(await openAuthorizeUrl(mac));
    await mac.request({ op: 'appEvent', event: 'open-url', url: macLink });
    await mac.waitFor('the sync after open-url', synced);
  });

  it('comes back on a second launch without a link and on a Dock click', async () => {
    const dirs = scratch();
    const app = launch(dirs);
    await app.waitFor('the window', shownWindow);
    await app.request({ op: 'closeWindow' });
    await app.waitFor('hidden', (s) => (s.windows[0]?.visible === false ? true : undefined));
    const again = launch(dirs);
    expect(await again.exited).toBe(0);
    await app.waitFor('shown again', (s) => s.windows[0]?.visible && s.windows[0].focused);
    await app.request({ op: 'closeWindow' });
    await app.waitFor('hidden', (s) => (s.windows[0]?.visible === false ? true : undefined));
    await app.request({ op: 'appEvent', event: 'activate' });
    await app.waitFor('shown on activate', (s) => s.windows[0]?.visible);
    expect((await app.state()).uncaught).toEqual([]);
  });

  it('quits when the window closes on a desktop without a tray, unless the rep chose the tray', async () => {
    const dirs = scratch();
    const gnome = { XDG_CURRENT_DESKTOP: 'GNOME' };
    const app = launch({ ...dirs, env: gnome });
    await app.waitFor('the window', shownWindow);
    expect(await app.call('app.desktop')).toMatchObject({
      ok: true,
      value: { closeAction: 'auto', trayAvailable: false, updates: false },
    });
    await app.request({ op: 'closeWindow' });
    expect(await app.exited).toBe(0);

    const chose = launch({ ...dirs, env: gnome });
    await chose.waitFor('the window', shownWindow);
    await chose.call('app.configureDesktop', { closeAction: 'tray' });
    await chose.request({ op: 'closeWindow' });
    await chose.waitFor('hidden', (s) => (s.windows[0]?.visible === false ? true : undefined));
  });

  it('syncs from the tray, and quits from it while idle with the cache closed', async () => {
    const dirs = scratch({ from: signedIn });
    const app = launch(dirs);
    const first = await app.waitFor('a sync', synced);
    await app.request({ op: 'trayClick', label: 'Sync now' });
    await app.waitFor('a sync from the tray', (s) => {
      const status = synced(s);
      return status && status.lastSuccess! > first.lastSuccess! ? status : undefined;
    });
    await app.request({ op: 'trayClick', label: 'Quit Roadbook' });
    expect(await app.exited).toBe(0);
    expectClosedAndWhole(dirs.userData);
  });

  it('quits from the tray during a sync: waits a bounded time, closes the cache, resumes next start', async () => {
    const dirs = scratch({ from: signedIn });
    fake.control.addFault({ route: 'queryAll', kind: 'latency', ms: 60_000 });
    fake.control.addFault({ route: 'query', kind: 'latency', ms: 60_000 });
    try {
      const app = launch(dirs);
      await app.waitFor('a sync under way', (s) => syncStatus(s)?.state === 'syncing');
      const { pid } = (await app.state()).record.utilityProcesses[0]!;
      await app.request({ op: 'trayClick', label: 'Quit Roadbook' });
      expect(await app.exited).toBe(0);
      // The sync process ended with the app (its write cut off, the cache closed and whole).
      await vi.waitUntil(() => !alive(pid!), { timeout: 10_000 });
      expectClosedAndWhole(dirs.userData);
    } finally {
      fake.control.clearFaults();
    }
    const again = launch(dirs);
    await again.waitFor('the next sync', synced);
  });

  it('syncs headless with the saved sign-in and exits', async () => {
    const dirs = scratch({ from: signedIn });
    const app = launch({ ...dirs, args: ['--sync', '--json'] });
    expect(await app.exited).toBe(0);
    const summary = JSON.parse(app.stdout().trim()) as {
      outcome: string;
      objects: { object: string; cached: number }[];
    };
    expect(summary.outcome).not.toBe('paused');
    expect(summary.objects.find((o) => o.object === 'Account')?.cached).toBeGreaterThan(0);
    expectClosedAndWhole(dirs.userData);
  });

  describe('a cache that cannot be opened: the window still comes up and says so', () => {
    const broken = async (dirs: ReturnType<typeof scratch>, title: string, code: string) => {
      const app = launch(dirs);
      const state = await app.waitFor('the window', shownWindow);
      const status = await app.waitFor('the sync status', (s) => {
        const latest = syncStatus(s);
        return latest && latest.state !== 'syncing' ? latest : undefined;
      });
      expect(status).toMatchObject({ state: 'needs-attention', cacheProblem: code });
      const tray = (await app.state()).tray;
      expect(tray?.menu.map((i) => i.label)).toContain('Quit Roadbook');
      expect(tray?.tooltip).toMatch(/Needs attention/);
      expect(state.uncaught).toEqual([]);
      const window = await showWindow(app, (breach) => breaches.push(breach));
      cleanups.push(() => window.close());
      const problem = window.page.getByRole('alert').filter({ hasText: title });
      await problem.waitFor();
      return { app, problem, page: window.page };
    };
    const quits = async (app: LaunchedApp) => {
      expect((await app.state()).uncaught).toEqual([]);
      await app.request({ op: 'trayClick', label: 'Quit Roadbook' });
      expect(await app.exited).toBe(0);
    };

    it('a damaged file: Rebuild brings the records back', async () => {
      const dirs = scratch({ from: signedIn });
      const file = cacheFile(dirs.userData);
      const bytes = fs.readFileSync(file);
      bytes.fill(0x41, 0, 100);
      fs.writeFileSync(file, bytes);
      const { app, problem, page } = await broken(
        dirs,
        'Your saved records are damaged',
        'CACHE_DAMAGED',
      );
      await problem.getByRole('button', { name: 'Rebuild the cache' }).click();
      await app.waitFor('the sync after Rebuild', synced);
      await page.getByRole('alert').filter({ hasText: 'damaged' }).waitFor({ state: 'detached' });
      await quits(app);
      expectClosedAndWhole(dirs.userData);
    });

    it('a cache from a newer Roadbook: update Roadbook', async () => {
      const dirs = scratch({ from: signedIn });
      const db = new Database(cacheFile(dirs.userData));
      db.pragma('user_version = 999');
      db.close();
      const { app, problem } = await broken(dirs, 'Roadbook needs an update', 'CACHE_NEWER');
      expect(await problem.textContent()).toMatch(/Update Roadbook/);
      await quits(app);
    });

    it('no SQLite engine for this build: reinstall', async () => {
      const dirs = scratch({ from: signedIn, withSqlite: false });
      const { app, problem } = await broken(
        dirs,
        'Roadbook is missing a part',
        'CACHE_ENGINE_MISSING',
      );
      expect(await problem.textContent()).toMatch(/Reinstall Roadbook/);
      await quits(app);
    });
  });
});
