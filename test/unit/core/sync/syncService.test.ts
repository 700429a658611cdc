import { describe, expect, it, vi } from 'vitest';
import { invokeHandler } from '../../../../src/core/ipc/invokeHandler';
import { defaultSyncSettings } from '../../../../src/shared/ipc/syncSettings';
import type { SyncStatus } from '../../../../src/shared/ipc/syncStatus';
import { connectedCore } from '../../../support/connectedCore';
import { serverRecords } from '../../../support/syncHarness';

async function connectedApp(pushDelayMs?: number) {
  const context = await connectedCore({ autoApprove: true }, pushDelayMs ? { pushDelayMs } : {});
  const seen: SyncStatus[] = [];
  context.core.events.subscribe((event, payload) => {
    if (event === 'sync.status') seen.push(payload as SyncStatus);
  });
  await context.core.sync.syncNow();
  return { ...context, seen };
}

describe('sync service', () => {
  it('syncs the active org after sign-in and reports progress, then the record count', async () => {
    const { core, fake, seen } = await connectedApp();
    const status = core.sync.status();
    const live = [
      'User',
      'OpportunityStage',
      'Account',
      'Contact',
      'Opportunity',
      'Lead',
      'OpportunityContactRole',
    ].map((o) => fake.control.all(o).length);
    // Tasks: only the rep's own.
    live.push(fake.control.all('Task').filter((t) => t['OwnerId'] === fake.userId).length);
    // Events: the rep's own, in the window around today.
    live.push(serverRecords(fake, 'Event').size);
    expect(status).toMatchObject({
      state: 'idle',
      records: live.reduce((a, b) => a + b, 0),
      progress: [],
    });
    expect(status.lastSuccess).toBeGreaterThan(0);
    expect(seen.some((s) => s.state === 'syncing' && s.progress.length > 0)).toBe(true);
  });

  it('says each object is stored as it lands; after deleting local data a reconnect starts at zero', async () => {
    const { core, seen, key, signIn } = await connectedApp();
    const storedOrder = seen
      .flatMap((s) => s.progress.filter((p) => p.stored).map((p) => p.object))
      .filter((o, i, all) => all.indexOf(o) === i);
    expect(storedOrder).toEqual(
      expect.arrayContaining(['Account', 'Contact', 'Opportunity', 'Lead', 'Task']),
    );
    // An object is stored while the sync still runs, before the last success is known.
    expect(seen.some((s) => s.state === 'syncing' && s.progress.some((p) => p.stored))).toBe(true);

    await invokeHandler(core.handlers, 'auth.disconnect', { key, deleteLocalData: true });
    await core.sync.settled();
    seen.splice(0);
    await signIn();
    await core.sync.syncNow();
    // Until the new cache has synced, no status carries the deleted cache's count or age.
    const beforeDone = seen.slice(
      0,
      seen.findIndex((s) => s.lastSuccess !== null),
    );
    expect(beforeDone.length).toBeGreaterThan(0);
    for (const status of beforeDone) expect(status.records).toBe(0);
    expect(core.sync.status()).toMatchObject({ state: 'idle', records: expect.any(Number) });
    expect(core.sync.status().records).toBeGreaterThan(0);
  });

  it('keeps the rep’s sync settings, refuses values it does not offer, and applies a new reach', async () => {
    const { core, fake, deps, key } = await connectedApp();
    const defaults = await invokeHandler(core.handlers, 'sync.settings', {});
    expect(defaults).toMatchObject({ ok: true, value: defaultSyncSettings });
    const objects = defaultSyncSettings.objects;
    for (const bad of [
      { ...defaultSyncSettings, intervalMinutes: 0 },
      { ...defaultSyncSettings, intervalMinutes: 7 },
      { ...defaultSyncSettings, objects: { ...objects, Lead: { scope: 'everyone', cap: null } } },
      { ...defaultSyncSettings, objects: { ...objects, Lead: { scope: 'all', cap: 123 } } },
      { ...defaultSyncSettings, objects: { ...objects, Task: { scope: 'all', cap: null } } },
      { ...defaultSyncSettings, objects: { Lead: objects.Lead } },
      { ...defaultSyncSettings, extra: '<script>' },
      { ...defaultSyncSettings, eventWindow: { daysBack: -1, daysAhead: 90 } },
      { ...defaultSyncSettings, eventWindow: { daysBack: 30, daysAhead: 1.5 } },
      null,
    ]) {
      const refused = await invokeHandler(core.handlers, 'sync.configure', bad);
      expect(refused).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    }
    expect(deps.settings.get('sync.settings')).toBeUndefined();

    const chosen = {
      intervalMinutes: 30,
      objects: { ...objects, Account: { scope: 'mine' as const, cap: null } },
      eventWindow: { daysBack: 7, daysAhead: 30 },
    };
    expect(await invokeHandler(core.handlers, 'sync.configure', chosen)).toEqual({
      ok: true,
      value: chosen,
    });
    await core.sync.syncNow();
    const accounts = core.caches.open(key).prepare('SELECT COUNT(*) FROM sf_account').pluck();
    const owned = fake.control.all('Account').filter((a) => a['OwnerId'] === fake.userId);
    expect(accounts.get()).toBe(owned.length);

    // Settings saved before Events synced keep their choices and get the default window.
    deps.settings.set('sync.settings', { intervalMinutes: 30, objects });
    expect(core.sync.settings()).toEqual({ ...defaultSyncSettings, intervalMinutes: 30 });
    deps.settings.set('sync.settings', { intervalMinutes: 'soon' });
    expect(core.sync.settings()).toEqual(defaultSyncSettings);
  });

  it('never runs two syncs at once: asks during a run make one more run after it', async () => {
    const { core, fake, seen } = await connectedApp();
    fake.control.resetRequestCounts();
    seen.length = 0;
    await Promise.all([core.sync.syncNow(), core.sync.syncNow(), core.sync.syncNow()]);
    expect(fake.control.requestCounts()['limits']).toBe(2);
    const starts = seen.filter((s, i) => s.state === 'syncing' && seen[i - 1]?.state !== 'syncing');
    expect(starts).toHaveLength(2);
  });

  it('runs a full sync asked for during a push-only run right after it', async () => {
    const { core, fake, seen } = await connectedApp(1);
    fake.control.addFault({ route: 'limits', kind: 'latency', ms: 300, times: 1 });
    fake.control.resetRequestCounts();
    const before = core.sync.status().lastSuccess!;
    seen.length = 0;
    core.sync.edited();
    await vi.waitUntil(() => seen.some((s) => s.state === 'syncing'), { timeout: 10_000 });
    const full = core.sync.syncNow();
    const again = core.sync.syncNow();
    const pushed = await vi.waitUntil(() => seen.find((s) => s.state === 'idle'), {
      timeout: 10_000,
    });
    expect(pushed.lastSuccess).toBe(before);
    const after = await full;
    expect(await again).toBe(after);
    expect(after.lastSuccess).toBeGreaterThan(before);
    expect(fake.control.requestCounts()['limits']).toBe(2);
    expect(fake.control.requestCounts()['queryAll']).toBeGreaterThan(0);
  });

  it('pauses and resumes at the rep’s word', async () => {
    const { core, fake } = await connectedApp();
    expect(core.sync.pause()).toMatchObject({ state: 'paused', pausedByUser: true });
    fake.control.resetRequestCounts();
    core.sync.setOnline(false);
    core.sync.setOnline(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.control.requestCounts()).toEqual({});
    // Resume answers at once; the sync it starts runs on.
    expect(core.sync.resume()).toMatchObject({ state: 'syncing', pausedByUser: false });
    await core.sync.settled();
    expect(core.sync.status()).toMatchObject({ state: 'idle', pausedByUser: false });
  });

  it('answers Sync now at once, even while Salesforce does not answer', async () => {
    const { core, fake } = await connectedApp();
    fake.control.addFault({ route: 'limits', kind: 'stall', times: 1 });
    const answer = await invokeHandler(core.handlers, 'sync.now', {});
    expect(answer).toMatchObject({ ok: true, value: { state: 'syncing' } });
    expect(await invokeHandler(core.handlers, 'sync.pause', {})).toMatchObject({
      ok: true,
      value: { pausedByUser: true },
    });
  });

  it('says Reconnect when the saved sign-in is gone', async () => {
    const { core, fake, deps, key } = await connectedApp();
    await deps.secrets.delete(`refresh-token:${key}`);
    fake.control.expireSessions();
    expect(await core.sync.syncNow()).toMatchObject({
      state: 'needs-attention',
      message: expect.stringContaining('Reconnect'),
    });
  });

  it('says when the computer has no network, and no longer once it is back', async () => {
    const { core } = await connectedApp();
    core.sync.setOnline(false);
    expect(core.sync.status()).toMatchObject({ state: 'offline', noNetwork: true });
    core.sync.setOnline(true);
    expect(core.sync.status().noNetwork).toBe(false);
    await core.sync.settled();
    expect(core.sync.status()).toMatchObject({ state: 'idle', noNetwork: false });
  });

  // jsforce retries a refused connection for about 16 s before giving up.
  it('goes offline when Salesforce cannot be reached', async () => {
    const { core, fake } = await connectedApp();
    await fake.stop();
    expect(await core.sync.syncNow()).toMatchObject({ state: 'offline' });
  }, 40_000);
});
